import i18next, { type TFunction } from 'i18next';
import { catalogs } from '../../../shared/i18n';
import type { Language } from '../../../shared/model/primitives';
import { hyphenateText, loadHyphenator } from '../../../shared/text/hyphenate';
import { localeOf } from '../../i18n/format';

/** Words, numbers and dates of the plan, always in the workshop's language, whatever the interface speaks. */
export interface PdfTexts {
  t: TFunction;
  language: Language;
  /** The PDF's /Lang (jsPDF knows "nl", not "nl-NL"); numbers and dates follow the app's `localeOf`. */
  locale: 'nl' | 'en-GB';
  /** `2026-11-22` → "22 november 2026". */
  longDate(calendarDate: string): string;
  /** A moment, as the day it is on this computer: "22 november 2026". */
  day(moment: Date): string;
  /** 5.25 → "5,3" / "5.3"; whole numbers without decimals. */
  number(value: number): string;
  /** Always one decimal, for means: 6 → "6,0". */
  decimal(value: number): string;
  /** Soft hyphens at the syllables of the words, by the TeX patterns of the language: where a long word may break. */
  hyphenate(text: string): string;
}

const pdfLanguageTags: Record<Language, PdfTexts['locale']> = { nl: 'nl', en: 'en-GB' };

export async function createPdfTexts(language: Language): Promise<PdfTexts> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'nl',
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const locale = localeOf(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const decimalFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const hyphenateWord = await loadHyphenator(language);
  return {
    t: instance.getFixedT(language),
    language,
    locale: pdfLanguageTags[language],
    longDate: (calendarDate) => {
      const [year, month, day] = calendarDate.split('-').map(Number);
      if (!year || !month || !day) return calendarDate;
      return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
    },
    day: (moment) => dayFormat.format(moment),
    number: (value) => numberFormat.format(value),
    decimal: (value) => decimalFormat.format(value),
    hyphenate: (text) => hyphenateText(text, hyphenateWord),
  };
}

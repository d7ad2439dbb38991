import { useMemo } from 'react';
import type { Language } from '../../../shared/model/primitives';
import type { Template } from '../../../shared/model/template';
import { localeOf } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

const MINUS = '\u2212';

export interface ProgressFormat {
  /** A mean stand with one decimal ("2,7"); a dash when there is none. */
  mean(value: number | null): string;
  /** A whole stand ("4"); a dash when not scored. */
  stand(value: number | null): string;
  /** A difference with its sign ("+0,3", "−0,7", "0,0"); `decimals` 1 for means, 0 for stands. */
  signed(value: number | null, decimals: 0 | 1): string;
  /** then → now of one means row, its difference taken from the rounded figures shown. */
  meanChange(before: number | null, now: number | null): string;
  /** "2 → 4 (+2)", "– → 3", or "–" when neither session scored it. */
  standChange(before: number | null, now: number | null): string;
  /** A session's date on a chart axis, in two lines: "12 mrt" and "2026". */
  axisDate(date: string): [string, string];
}

/**
 * Figures of the Voortgang view in the interface language. The minus is a real minus sign, as
 * print has it, and a difference of means is the difference of the rounded means: the table adds up.
 */
export function useProgressFormat(): ProgressFormat {
  const [language] = useLanguage();
  return useMemo(() => {
    const locale = localeOf(language);
    const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const signedFormats = {
      0: new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
      1: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    };
    const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const roundMean = (value: number) => Math.round(value * 10) / 10;
    const stand = (value: number | null) => (value === null ? '–' : whole.format(value));
    const signed = (value: number | null, decimals: 0 | 1) =>
      value === null ? '–' : signedFormats[decimals].format(value).replace('-', MINUS);
    return {
      mean: (value) => (value === null ? '–' : oneDecimal.format(value)),
      stand,
      signed,
      meanChange: (before, now) => (before === null || now === null ? '–' : signed(roundMean(now) - roundMean(before), 1)),
      standChange: (before, now) => {
        if (before === null && now === null) return '–';
        const arrow = `${stand(before)} → ${stand(now)}`;
        return before !== null && now !== null ? `${arrow} (${signed(now - before, 0)})` : arrow;
      },
      axisDate: (date) => {
        const [year, month, day] = date.split('-').map(Number);
        if (!year || !month || !day) return [date, ''];
        return [dayMonth.format(new Date(Date.UTC(year, month - 1, day))), String(year)];
      },
    };
  }, [language]);
}

/** "2. Maatwerk": a theme as the view's tables and charts name it, by its number on the plate. */
export function themeLabel(template: Template, themeId: string, language: Language): string {
  const index = template.themes.findIndex((theme) => theme.id === themeId);
  return `${index + 1}. ${template.themes[index]?.title[language] ?? themeId}`;
}

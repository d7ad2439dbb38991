import type { Language } from '../../shared/model/primitives';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The one locale each interface language formats numbers and dates in (Dutch as in the Netherlands, British English). */
export function localeOf(language: Language): string {
  return locales[language];
}

/** Made once per language: making one costs far more than formatting with it (bench `open`: every card and action formats dates). */
const calendarFormats = new Map<Language, Intl.DateTimeFormat>();

/** `2026-11-22` → "22 november 2026" / "22 November 2026"; the date is a calendar day, no time zone. */
export function formatCalendarDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  let format = calendarFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    calendarFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** `2026-11-22` → "22 nov 2026" / "22 Nov 2026": a calendar day where room is short. */
export function formatShortDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "zojuist", "5 minuten geleden", "gisteren", "3 dagen geleden"; an exact date past a week. */
export function formatLastEdited(timestamp: string, language: Language, justNow: string, now: Date = new Date()): string {
  const then = new Date(timestamp);
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const relative = new Intl.RelativeTimeFormat(locales[language], { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return justNow;
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric' }).format(then);
}

/** Today as `YYYY-MM-DD` in the user's own time zone. */
export function todayAsCalendarDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment with its time, in the user's time zone: "22 nov 2026, 15:03" / "22 Nov 2026, 15:03". */
export function formatDateTime(timestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(timestamp));
}

/** "12 kB", "1,4 MB", "1 GB": a size in bytes as people read it. */
export function formatBytes(bytes: number, language: Language): string {
  const locale = locales[language];
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1024) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(megabytes / 1024);
  }
  if (megabytes < 1) {
    const kilobytes = Math.max(1, Math.round(bytes / 1024));
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte' }).format(kilobytes);
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(
    megabytes,
  );
}

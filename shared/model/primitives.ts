import { z } from 'zod';
import '../zodConfig';
import { ID_MAX, languages, LOCALIZED_TEXT_MAX, type Language } from './vocabulary';

/** Record ids are opaque strings; the app makes UUIDs, other tools may use anything non-empty. */
export const idSchema = z.string().min(1).max(ID_MAX);

/** A moment in UTC, ISO 8601 (`2026-11-22T14:03:00.000Z`). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar date without time (`YYYY-MM-DD`) that exists in the calendar. */
export const calendarDateSchema = z.iso.date();

export const languageSchema = z.enum(languages);
export { languages, type Language };

/** Text a user reads, in every language the app speaks. */
export const localizedTextSchema = z.looseObject({
  nl: z.string().max(LOCALIZED_TEXT_MAX),
  en: z.string().max(LOCALIZED_TEXT_MAX),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

import { z } from 'zod';
import '../zodConfig';
import type { WorkshopData } from '../model/workshopData';

/** The `.actieplaat` workshop file (docs/file-format.md): one whole workshop as UTF-8 JSON. */
export const WORKSHOP_FILE_FORMAT = 'actieplaat.workshop';
export const WORKSHOP_FILE_VERSION = 1;
export const WORKSHOP_FILE_EXTENSION = 'actieplaat';
export const WORKSHOP_FILE_MIME = 'application/vnd.actieplaat+json';

export const workshopFileSchema = z.looseObject({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.literal(WORKSHOP_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  app: z.looseObject({ name: z.string(), version: z.string() }),
});

export type WorkshopFile = z.infer<typeof workshopFileSchema> & WorkshopData;

/** The file for a workshop: the envelope, then the workshop's records in the documented order. */
export function toWorkshopFile(data: WorkshopData, app: { name: string; version: string }, exportedAt: string): WorkshopFile {
  return {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    exportedAt,
    app,
    workshop: data.workshop,
    template: data.template,
    teams: data.teams,
    participants: data.participants,
    assessments: data.assessments,
    notes: data.notes,
    actions: data.actions,
    votes: data.votes,
    ...(data.earlierSessions?.length ? { earlierSessions: data.earlierSessions } : {}),
  };
}

/** Pretty JSON, so that a person can read and diff the file. */
export function serializeWorkshopFile(file: WorkshopFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "Actieplaat Zorg en techniek 2026-11-22.actieplaat": a name a file system takes on every platform. */
export function workshopFileName(prefix: string, title: string, date: string, extension = WORKSHOP_FILE_EXTENSION): string {
  const printable = Array.from(`${prefix} ${title}`.normalize('NFC'), (character) => (character.charCodeAt(0) < 32 ? ' ' : character)).join(
    '',
  );
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${safe} ${date}.${extension}`;
}

import type { z } from 'zod';
import { workshopDataSchema, type WorkshopData } from '../model/workshopData';
import { workshopLimits, type ReferenceProblem, type WorkshopCollection } from '../model/vocabulary';
import { formatMigrations, migrateFile, type FormatMigration } from './migrations';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, workshopFileSchema, type WorkshopFile } from './workshopFile';

/** Larger than any real workshop file (the benchmark's is about 1 MB); a bigger one is refused unread. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Where in the file a problem is: a record of a collection (1-based, as a person counts) or the envelope. */
export type FileRecord = { collection: WorkshopCollection; position: number } | { collection: 'workshop' | 'template' | 'file' };

export type FieldProblem =
  'missing' | 'empty' | 'too-long' | 'too-short' | 'too-many' | 'too-few' | 'wrong-type' | 'invalid-date' | 'invalid';

export interface FileIssue {
  record: FileRecord;
  /** The field's name as the file spells it (`title`, `owner.name`); absent when the record as a whole is wrong. */
  field?: string;
  problem: FieldProblem | ReferenceProblem;
  /** The limit that was crossed, for too-long / too-many. */
  limit?: number;
}

/** Why a file cannot be imported; the renderer turns each into a sentence in the app's language. */
export type ImportProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-text' }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-workshop-file' }
  | { code: 'newer-version'; fileVersion: number; appVersion: number }
  | { code: 'unknown-version'; fileVersion: string }
  | { code: 'too-many'; collection: WorkshopCollection; count: number; limit: number }
  | { code: 'invalid'; issues: FileIssue[]; total: number };

export type ReadResult =
  { ok: true; data: WorkshopData; file: WorkshopFile; migratedFrom?: number } | { ok: false; problem: ImportProblem };

/** Keys that could reach an object's prototype in code that copies records about; they mean nothing in a file. */
const hostileKeys = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ISSUES = 8;

/**
 * Reads a workshop file completely before anything is written: decodes UTF-8, parses JSON, checks the
 * envelope and version, migrates older versions step by step, and validates every record and reference.
 * Never throws: whatever the bytes, the answer is the data or the reason it was refused.
 */
export function readWorkshopFile(bytes: Uint8Array, migrations: readonly FormatMigration[] = formatMigrations): ReadResult {
  try {
    return read(bytes, migrations);
  } catch {
    // Stack overflow on absurd nesting and the like: still a refusal, never a crash.
    return { ok: false, problem: { code: 'not-json' } };
  }
}

function read(bytes: Uint8Array, migrations: readonly FormatMigration[]): ReadResult {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return refuse({ code: 'too-large', bytes: bytes.byteLength, limit: MAX_IMPORT_BYTES });
  let text: string;
  // Streaming keeps a character cut off at the very end apart from bytes that are no UTF-8 at all.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    text = decoder.decode(bytes, { stream: true });
  } catch {
    return refuse({ code: 'not-text' });
  }
  let cutInCharacter = false;
  try {
    decoder.decode();
  } catch {
    cutInCharacter = true;
  }
  if (text.trim() === '') return refuse({ code: cutInCharacter ? 'not-text' : 'empty' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (hostileKeys.has(key) ? undefined : value));
  } catch (error) {
    // Nesting too deep to walk is valid JSON, but no workshop file.
    if (error instanceof RangeError) return refuse({ code: 'not-workshop-file' });
    return refuse({ code: endsTooSoon(text, error) ? 'truncated' : 'not-json' });
  }
  if (cutInCharacter) return refuse({ code: 'not-text' });
  if (!isPlainObject(parsed) || parsed.format !== WORKSHOP_FILE_FORMAT) return refuse({ code: 'not-workshop-file' });

  const version = parsed.formatVersion;
  if (typeof version !== 'number') {
    const problem = version === undefined ? 'missing' : 'wrong-type';
    return refuse({ code: 'invalid', issues: [{ record: { collection: 'file' }, field: 'formatVersion', problem }], total: 1 });
  }
  if (!Number.isSafeInteger(version) || version < 1) return refuse({ code: 'unknown-version', fileVersion: String(version) });
  const migrated = migrateFile(parsed, version, WORKSHOP_FILE_VERSION, migrations);
  if (!migrated.ok) {
    return refuse(
      migrated.reason === 'newer'
        ? { code: 'newer-version', fileVersion: migrated.fileVersion, appVersion: migrated.appVersion }
        : { code: 'unknown-version', fileVersion: String(version) },
    );
  }
  const file = migrated.file;

  // Count before validating: a file with a million notes is refused at once, not after a long wait.
  for (const [collection, limit] of Object.entries(workshopLimits) as [WorkshopCollection, number][]) {
    const records = file[collection];
    if (Array.isArray(records) && records.length > limit) return refuse({ code: 'too-many', collection, count: records.length, limit });
  }

  const envelope = workshopFileSchema.safeParse(file);
  const records = workshopDataSchema.safeParse(file);
  const issues = [...(envelope.success ? [] : envelope.error.issues), ...(records.success ? [] : records.error.issues)];
  if (!envelope.success || !records.success) {
    return refuse({
      code: 'invalid',
      issues: issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(issue, file)),
      total: issues.length,
    });
  }
  return {
    ok: true,
    data: records.data,
    file: { ...envelope.data, ...records.data } as WorkshopFile,
    ...(migrated.steps.length > 0 ? { migratedFrom: version } : {}),
  };
}

function refuse(problem: ImportProblem): ReadResult {
  return { ok: false, problem };
}

/**
 * Whether JSON.parse stopped because the text ends: "Unexpected end of JSON input", or an error at the
 * last position ("Unterminated string", "Expected ',' or '}' after property value" at the end).
 */
function endsTooSoon(text: string, error: unknown): boolean {
  if (!(error instanceof SyntaxError)) return false;
  if (/end of (JSON )?input/i.test(error.message)) return true;
  const position = /at position (\d+)/.exec(error.message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const collections = new Set<string>(Object.keys(workshopLimits));

/** A validator's finding in the terms of the file: which record, which field, what is wrong with it. */
export function describeIssue(issue: z.core.$ZodIssue, file: Record<string, unknown>): FileIssue {
  const [head, index, ...rest] = issue.path.map(String);
  let record: FileRecord;
  let fieldPath: string[];
  if (head !== undefined && collections.has(head) && index !== undefined && /^\d+$/.test(index)) {
    record = { collection: head as WorkshopCollection, position: Number(index) + 1 };
    fieldPath = rest;
  } else if (head === 'workshop' || head === 'template') {
    record = { collection: head };
    fieldPath = issue.path.slice(1).map(String);
  } else {
    record = { collection: 'file' };
    fieldPath = issue.path.map(String);
  }
  // Positions inside a field's list (`elementIds.0`, `themes.2.elements.1.title`) say little to a person.
  const field = fieldPath.filter((part) => !/^\d+$/.test(part)).join('.') || undefined;
  return { record, ...(field ? { field } : {}), ...problemOf(issue, file) };
}

function problemOf(issue: z.core.$ZodIssue, file: Record<string, unknown>): Pick<FileIssue, 'problem' | 'limit'> {
  switch (issue.code) {
    case 'invalid_type':
      return { problem: valueAt(file, issue.path) === undefined ? 'missing' : 'wrong-type' };
    case 'too_big':
      return { problem: issue.origin === 'array' ? 'too-many' : 'too-long', limit: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'array') return { problem: 'too-few', limit: Number(issue.minimum) };
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? { problem: 'empty' }
        : { problem: 'too-short', limit: Number(issue.minimum) };
    case 'invalid_value':
      // A closed vocabulary (`status`, `language`) reports an absent field as a wrong value.
      return { problem: valueAt(file, issue.path) === undefined ? 'missing' : 'invalid' };
    case 'invalid_format':
      return { problem: issue.format === 'date' || issue.format === 'datetime' ? 'invalid-date' : 'invalid' };
    case 'custom': {
      const problem = (issue.params as { problem?: ReferenceProblem } | undefined)?.problem;
      return { problem: problem ?? 'invalid' };
    }
    default:
      return { problem: 'invalid' };
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

import type { WorkshopData } from '../model/workshopData';
import { workshopLimits, type WorkshopCollection } from '../model/vocabulary';
import { formatMigrations, migrateFile, type FormatMigration } from './migrations';
import { validateWorkshopFile, type FileIssue } from './validateWorkshopFile';
import { WORKSHOP_FILE_FORMAT, WORKSHOP_FILE_VERSION, type WorkshopFile } from './workshopFile';
import { MAX_IMPORT_BYTES } from './importLimits';

export { MAX_IMPORT_BYTES };

/**
 * How deeply arrays and objects may nest. A workshop file nests 7 levels; other tools' unknown fields
 * may add some. Far deeper values cannot be copied or written again (the engine's stack ends at a few thousand).
 */
export const MAX_NESTING_DEPTH = 500;
/**
 * How many values (objects, arrays, strings, numbers, …) and how many of them objects or arrays a file
 * may hold. A workshop at every record limit holds about 1.2 million values and 100,000 objects; far more
 * in a small file means something like millions of `{}`, which would take the window many seconds and
 * hundreds of megabytes to parse. Counted before parsing, in one pass over the text.
 */
export const MAX_VALUES = 2_000_000;
export const MAX_CONTAINERS = 400_000;

/** Why a file cannot be imported; the renderer turns each into a sentence in the app's language. */
export type ImportProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-text' }
  | { code: 'truncated' }
  | { code: 'not-json' }
  | { code: 'not-workshop-file' }
  | { code: 'too-deep'; limit: number }
  | { code: 'too-many-values'; limit: number }
  | { code: 'newer-version'; fileVersion: number; appVersion: number }
  | { code: 'unknown-version'; fileVersion: string }
  | { code: 'too-many'; collection: WorkshopCollection; count: number; limit: number }
  | { code: 'invalid'; issues: FileIssue[]; total: number };

export type ReadResult =
  { ok: true; data: WorkshopData; file: WorkshopFile; migratedFrom?: number } | { ok: false; problem: ImportProblem };

/** Keys that could reach an object's prototype in code that copies records about; they mean nothing in a file. */
const hostileKeys = new Set(['__proto__', 'constructor', 'prototype']);

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

  const tooDeep: ImportProblem = { code: 'too-deep', limit: MAX_NESTING_DEPTH };
  const measured = measureJson(text);
  if (measured.values > MAX_VALUES || measured.containers > MAX_CONTAINERS) return refuse({ code: 'too-many-values', limit: MAX_VALUES });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (hostileKeys.has(key) ? undefined : value));
  } catch (error) {
    // Nesting too deep for the engine to walk: valid JSON, said as such.
    if (error instanceof RangeError) return refuse(tooDeep);
    return refuse({ code: endsTooSoon(text, error) ? 'truncated' : 'not-json' });
  }
  if (cutInCharacter) return refuse({ code: 'not-text' });
  const tooDeeplyNested = measured.depth > MAX_NESTING_DEPTH;
  if (!isPlainObject(parsed) || parsed.format !== WORKSHOP_FILE_FORMAT)
    return refuse(tooDeeplyNested ? tooDeep : { code: 'not-workshop-file' });

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

  if (tooDeeplyNested) return refuse(tooDeep);
  const validation = validateWorkshopFile(file);
  if (!validation.ok) return refuse({ code: 'invalid', issues: validation.issues, total: validation.total });
  return {
    ok: true,
    data: validation.data,
    file: validation.file,
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

/**
 * What JSON text holds, counted in one pass without parsing (strings skipped): how many values (each
 * `,` separates two, each `{` or `[` opens one; the first value of a list is not counted, which is close
 * enough to refuse millions), how many of them objects or lists, and how deeply those nest.
 */
function measureJson(text: string): { values: number; containers: number; depth: number } {
  let values = 1;
  let containers = 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x2c) values += 1;
    else if (code === 0x5b || code === 0x7b) {
      containers += 1;
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return { values: values + containers, containers, depth: deepest };
}

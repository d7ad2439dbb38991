import { describe, expect, it, vi } from 'vitest';
import { benchmarkWorkshop } from '../../tests/fixtures/benchmarkWorkshop';
import { workshopLimits } from '../model/vocabulary';
import { migrateFile, type FormatMigration } from './migrations';
import { MAX_CONTAINERS, MAX_IMPORT_BYTES, MAX_NESTING_DEPTH, MAX_VALUES, readWorkshopFile, type ImportProblem } from './readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from './workshopFile';

const app = { name: 'actieplaat', version: '0.1.0' };
const exportedAt = '2026-11-22T14:03:00.000Z';
const fixture = benchmarkWorkshop();
const encode = (text: string) => new TextEncoder().encode(text);
const fileText = () => serializeWorkshopFile(toWorkshopFile(fixture, app, exportedAt));
const fileObject = () =>
  JSON.parse(fileText()) as Record<string, unknown> & { notes: Record<string, unknown>[]; actions: Record<string, unknown>[] };

function problemOf(bytes: Uint8Array): ImportProblem {
  const result = readWorkshopFile(bytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('reading a workshop file', () => {
  it('gives back exactly the records that were exported', () => {
    const result = readWorkshopFile(encode(fileText()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data).toEqual(fixture);
  });

  it('reads a file with a byte order mark, as Windows editors save it', () => {
    expect(readWorkshopFile(encode(`\uFEFF${fileText()}`)).ok).toBe(true);
  });

  it('keeps fields it does not know on known records (forward compatibility)', () => {
    const file = fileObject();
    file.notes[0]!.reactions = ['👍'];
    const result = readWorkshopFile(encode(JSON.stringify(file)));
    expect(result.ok && (result.data.notes[0] as Record<string, unknown>).reactions).toEqual(['👍']);
  });

  it('drops __proto__ and constructor keys instead of letting them near an object prototype', () => {
    const text = fileText().replace(
      '"format": "actieplaat.workshop",',
      '"format": "actieplaat.workshop", "__proto__": { "polluted": true },',
    );
    const result = readWorkshopFile(encode(text));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype);
  });

  it('refuses a file of a newer format, naming both versions', () => {
    const file = fileObject();
    file.formatVersion = 3;
    expect(problemOf(encode(JSON.stringify(file)))).toEqual({ code: 'newer-version', fileVersion: 3, appVersion: 1 });
  });

  it('tells a truncated file from one that is not JSON at all, and both from a foreign JSON file', () => {
    const text = fileText();
    expect(problemOf(encode(text.slice(0, text.length / 2)))).toEqual({ code: 'truncated' });
    expect(problemOf(encode('%PDF-1.7 this is a PDF'))).toEqual({ code: 'not-json' });
    expect(problemOf(encode('{"name": "package", "version": "1.0.0"}'))).toEqual({ code: 'not-workshop-file' });
    expect(problemOf(encode('   '))).toEqual({ code: 'empty' });
  });

  it('calls a file truncated wherever it stops: after a value, inside a number, inside a character', () => {
    const small = '{"format": "actieplaat.workshop", "formatVersion": 1, "teams": [{"name": "Łukasz", "size": 1.5}]}';
    for (const cut of ['"formatVersion": 1', '"size": 1', '"size": 1.', '"name": "Ł']) {
      const end = small.indexOf(cut) + cut.length;
      expect(problemOf(encode(small.slice(0, end))), cut).toEqual({ code: 'truncated' });
    }
    const bytes = encode(small);
    const insideCharacter = bytes.indexOf(0xc5) + 1;
    expect(problemOf(bytes.slice(0, insideCharacter))).toEqual({ code: 'truncated' });
    expect(problemOf(Uint8Array.of(0xc5))).toEqual({ code: 'not-text' });
  });

  it('says a file is nested too deeply, whether the engine gives up on it or not', () => {
    const tooDeep = { code: 'too-deep', limit: MAX_NESTING_DEPTH };
    expect(problemOf(encode('['.repeat(100_000) + ']'.repeat(100_000)))).toEqual(tooDeep);
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    // The file's own object is one level: an unknown field's value may nest the rest.
    const withExtra = (depth: number) =>
      encode(fileText().replace('"formatVersion": 1,', `"formatVersion": 1, "extra": ${nested(depth)},`));
    expect(problemOf(withExtra(MAX_NESTING_DEPTH))).toEqual(tooDeep);
    expect(readWorkshopFile(withExtra(MAX_NESTING_DEPTH - 1)).ok).toBe(true);
    // Brackets inside text are text.
    const file = fileObject();
    file.notes[0]!.text = `"[{\\${'['.repeat(1000)}`;
    expect(readWorkshopFile(encode(JSON.stringify(file))).ok).toBe(true);
  });

  it('names a missing or mistyped formatVersion as a problem of the file, not as a version "undefined"', () => {
    const file = fileObject();
    delete file.formatVersion;
    expect(problemOf(encode(JSON.stringify(file)))).toEqual({
      code: 'invalid',
      issues: [{ record: { collection: 'file' }, field: 'formatVersion', problem: 'missing' }],
      total: 1,
    });
    file.formatVersion = { major: 1 };
    expect(problemOf(encode(JSON.stringify(file)))).toMatchObject({ code: 'invalid', issues: [{ problem: 'wrong-type' }] });
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = encode(fileText());
    bytes[200] = 0xff;
    expect(problemOf(bytes)).toEqual({ code: 'not-text' });
  });

  it('refuses a file above the size limit without decoding it', () => {
    const huge = { byteLength: MAX_IMPORT_BYTES + 1 } as Uint8Array;
    expect(problemOf(huge)).toEqual({ code: 'too-large', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES });
  });

  it('refuses more notes than a workshop can hold before validating them', () => {
    const file = fileObject();
    file.notes = Array.from({ length: workshopLimits.notes + 1 }, () => file.notes[0]!);
    expect(problemOf(encode(JSON.stringify(file)))).toEqual({
      code: 'too-many',
      collection: 'notes',
      count: workshopLimits.notes + 1,
      limit: workshopLimits.notes,
    });
  });

  it('refuses millions of tiny values in a small file by counting them, without parsing the file', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const tiny = encode(`{"format":"actieplaat.workshop","formatVersion":1,"notes":[${Array(5_600_000).fill('{}').join(',')}]}`);
      expect(tiny.byteLength).toBeLessThan(MAX_IMPORT_BYTES / 3);
      const started = performance.now();
      expect(problemOf(tiny)).toEqual({ code: 'too-many-values', limit: MAX_VALUES });
      console.log(`16 MiB of {} refused in ${(performance.now() - started).toFixed(0)} ms`);
      expect(
        problemOf(
          encode(
            `[${Array(MAX_VALUES + 1)
              .fill('0')
              .join(',')}]`,
          ),
        ),
      ).toEqual({ code: 'too-many-values', limit: MAX_VALUES });
      expect(
        problemOf(
          encode(
            `[${Array(MAX_CONTAINERS + 1)
              .fill('[]')
              .join(',')}]`,
          ),
        ),
      ).toEqual({ code: 'too-many-values', limit: MAX_VALUES });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts commas and brackets inside texts as text, and lets a file with every collection at its limit through the count', () => {
    const file = fileObject();
    file.notes[0]!['text'] = '{[,'.repeat(600);
    expect(readWorkshopFile(encode(JSON.stringify(file))).ok).toBe(true);
    const full = fileObject() as Record<string, unknown>;
    for (const [collection, limit] of Object.entries(workshopLimits)) {
      const records = full[collection] as unknown[];
      if (records.length > 0) full[collection] = Array.from({ length: limit }, () => records[0]);
    }
    // Refused for its copied ids, not for its number of values.
    expect(problemOf(encode(JSON.stringify(full))).code).toBe('invalid');
  });

  it('names the record, the field and what is wrong, counting records from 1', () => {
    const file = fileObject();
    delete file.actions[2]!.title;
    file.actions[4]!.dueDate = '2026-02-30';
    file.notes[1]!.text = 'x'.repeat(10_000_000);
    const problem = problemOf(encode(JSON.stringify(file)));
    expect(problem.code).toBe('invalid');
    if (problem.code !== 'invalid') return;
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        { record: { collection: 'actions', position: 3 }, field: 'title', problem: 'missing' },
        { record: { collection: 'actions', position: 5 }, field: 'dueDate', problem: 'invalid-date' },
        { record: { collection: 'notes', position: 2 }, field: 'text', problem: 'too-long', limit: 2000 },
      ]),
    );
  });

  it('names references to teams and elements the file does not have', () => {
    const file = fileObject();
    file.notes[0]!.teamId = 'ghost';
    file.actions[1]!.elementIds = ['matching.onbekend'];
    const problem = problemOf(encode(JSON.stringify(file)));
    expect(problem).toEqual({
      code: 'invalid',
      issues: [
        { record: { collection: 'notes', position: 1 }, field: 'teamId', problem: 'unknown-team' },
        { record: { collection: 'actions', position: 2 }, field: 'elementIds', problem: 'unknown-element' },
      ],
      total: 2,
    });
  });

  it('names colliding ids', () => {
    const file = fileObject();
    file.notes[7]!.id = file.notes[3]!.id;
    const problem = problemOf(encode(JSON.stringify(file)));
    expect(problem).toEqual({
      code: 'invalid',
      issues: [{ record: { collection: 'notes', position: 8 }, field: 'id', problem: 'duplicate-id' }],
      total: 1,
    });
  });
});

describe('format migrations', () => {
  // Version 1 is the first published format, so the app has no steps yet; these prove the mechanism
  // with steps made for the test, as the first real step (1 → 2) will use it.
  const renameColour: FormatMigration = {
    from: 1,
    describe: 'notes: `kleur` becomes `colour`',
    migrate: (file) => ({
      ...file,
      notes: (file.notes as Record<string, unknown>[]).map(({ kleur, ...note }) => ({ ...note, colour: kleur })),
    }),
  };

  it('runs the steps in order from the file version to the app version', () => {
    const seen: number[] = [];
    const step = (from: number): FormatMigration => ({
      from,
      describe: `step ${from}`,
      migrate: (file) => {
        seen.push(from);
        return { ...file, trail: [...((file.trail as number[] | undefined) ?? []), from] };
      },
    });
    const outcome = migrateFile({ formatVersion: 1 }, 1, 4, [step(3), step(1), step(2)]);
    expect(seen).toEqual([1, 2, 3]);
    expect(outcome).toEqual({ ok: true, file: { formatVersion: 4, trail: [1, 2, 3] }, steps: [1, 2, 3] });
  });

  it('refuses a version it has no path from', () => {
    expect(migrateFile({}, 1, 3, [renameColour])).toEqual({ ok: false, reason: 'unknown', fileVersion: 1 });
  });

  it('leaves the file it was given unchanged', () => {
    const file = { formatVersion: 1, notes: [{ kleur: 'geel' }] };
    const before = structuredClone(file);
    migrateFile(file, 1, 2, [renameColour]);
    expect(file).toEqual(before);
  });
});

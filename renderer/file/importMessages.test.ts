import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../shared/file/readWorkshopFile';
import type { FieldProblem, FileIssue, FileRecord } from '../../shared/file/validateWorkshopFile';
import { catalogs } from '../../shared/i18n';
import { referenceProblems, workshopLimits, type ReferenceProblem, type WorkshopCollection } from '../../shared/model/vocabulary';
import { createI18n } from '../i18n/setup';
import { describeImportProblem, describeIssue, type ImportMessage } from './importMessages';

const languages = ['nl', 'en'] as const;
const t: Record<(typeof languages)[number], TFunction> = {} as never;
const formatBytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

beforeAll(async () => {
  for (const language of languages) t[language] = (await createI18n(language)).t;
});

/** One or more problems of every code; a code without samples does not compile. */
const problems: { [C in ImportProblem['code']]: Extract<ImportProblem, { code: C }>[] } = {
  empty: [{ code: 'empty' }],
  'too-large': [{ code: 'too-large', bytes: 70 * 1024 * 1024, limit: 64 * 1024 * 1024 }],
  'not-text': [{ code: 'not-text' }],
  truncated: [{ code: 'truncated' }],
  'not-json': [{ code: 'not-json' }],
  'not-workshop-file': [{ code: 'not-workshop-file' }],
  'too-deep': [{ code: 'too-deep', limit: 500 }],
  'too-many-values': [{ code: 'too-many-values', limit: 2_000_000 }],
  'newer-version': [{ code: 'newer-version', fileVersion: 3, appVersion: 1 }],
  'unknown-version': [{ code: 'unknown-version', fileVersion: '0' }],
  'too-many': (Object.keys(workshopLimits) as WorkshopCollection[]).map((collection) => ({
    code: 'too-many' as const,
    collection,
    count: 100_000,
    limit: workshopLimits[collection],
  })),
  invalid: [
    { code: 'invalid', issues: [{ record: { collection: 'actions', position: 3 }, field: 'title', problem: 'missing' }], total: 1 },
    {
      code: 'invalid',
      issues: [
        { record: { collection: 'notes', position: 1 }, field: 'text', problem: 'too-long', limit: 2000 },
        { record: { collection: 'file' }, field: 'formatVersion', problem: 'wrong-type' },
      ],
      total: 12,
    },
    {
      code: 'invalid',
      issues: [{ record: { collection: 'earlierSessions', position: 2 }, field: 'maturity', problem: 'invalid' }],
      total: 1,
    },
  ],
};

/** Every kind of problem an issue can name; a kind missing here does not compile. */
const fieldProblems: Record<FieldProblem, true> = {
  missing: true,
  empty: true,
  'too-long': true,
  'too-short': true,
  'too-many': true,
  'too-few': true,
  'wrong-type': true,
  'invalid-date': true,
  invalid: true,
};
const issueProblems = [...(Object.keys(fieldProblems) as FieldProblem[]), ...referenceProblems] as (FieldProblem | ReferenceProblem)[];
const records: FileRecord[] = [
  ...(Object.keys(workshopLimits) as WorkshopCollection[]).map((collection) => ({ collection, position: 7 })),
  { collection: 'workshop' },
  { collection: 'template' },
  { collection: 'file' },
];

/** What a facilitator must never see: raw keys, empty placeholders, programmer's words. */
function expectReadable(line: string) {
  expect(line.trim(), 'empty line').not.toBe('');
  for (const raw of ['importFile', '{{', '}}', 'undefined', 'null', '[object Object]', 'NaN', 'function']) expect(line).not.toContain(raw);
  expect(line).toMatch(/^\p{Lu}/u);
  expect(line).toMatch(/[.:]$/);
}

function messages(problem: ImportProblem): Record<(typeof languages)[number], ImportMessage> {
  return { nl: describeImportProblem(problem, t.nl, formatBytes), en: describeImportProblem(problem, t.en, formatBytes) };
}

describe('messages about a refused file', () => {
  it.each(
    Object.values(problems)
      .flat()
      .map((problem) => [problem.code, problem] as const),
  )('%s reads as a sentence in Dutch and in English', (_code, problem) => {
    const { nl, en } = messages(problem);
    for (const message of [nl, en]) {
      expectReadable(message.summary);
      message.details.filter((line) => !line.startsWith('…')).forEach(expectReadable);
    }
    expect(nl.summary).not.toBe(en.summary);
  });

  it('fills in what the facilitator needs to know: versions, sizes, counts and limits', () => {
    expect(messages({ code: 'newer-version', fileVersion: 3, appVersion: 1 }).nl.summary).toMatch(/\(3\).*\(1\)/);
    expect(messages({ code: 'newer-version', fileVersion: 3, appVersion: 1 }).en.summary).toMatch(/\(3\).*\(1\)/);
    expect(messages({ code: 'too-large', bytes: 70 * 1024 * 1024, limit: 64 * 1024 * 1024 }).en.summary).toContain('70.0 MB');
    const tooMany = messages({ code: 'too-many', collection: 'notes', count: 100_000, limit: 20_000 });
    expect(tooMany.nl.summary).toBe('Het bestand heeft 100.000 notities; een workshop kan er hoogstens 20.000 hebben.');
    expect(tooMany.en.summary).toBe('The file has 100,000 notes; a workshop can hold at most 20,000.');
  });

  it('writes every number with the language’s thousands separator: limits, positions, counts', () => {
    const issue: FileIssue = { record: { collection: 'notes', position: 12_345 }, field: 'text', problem: 'too-long', limit: 2000 };
    const { nl, en } = messages({ code: 'invalid', issues: [issue], total: 1235 });
    expect(nl.details).toEqual(['Notitie 12.345: de tekst is te lang (hoogstens 2.000 tekens).', '… en nog 1.234 problemen.']);
    expect(en.details).toEqual(['Note 12,345: the text is too long (at most 2,000 characters).', '… and 1,234 more problems.']);
  });

  it('says a file is nested too deeply, instead of calling it no workshop file', () => {
    const { nl, en } = messages({ code: 'too-deep', limit: 500 });
    expect(nl.summary).toMatch(/^Het bestand is te diep genest: er zitten meer dan 500 lagen/);
    expect(en.summary).toMatch(/^The file is nested too deeply: more than 500 levels/);
    expect(nl.summary).not.toBe(messages({ code: 'not-workshop-file' }).nl.summary);
  });

  it('lists the problems of an invalid file, and counts the ones left out in the right plural', () => {
    const one = messages({ ...problems.invalid[0]!, total: 2 });
    expect(one.nl.details).toEqual(['Actie 3: de titel ontbreekt.', '… en nog 1 probleem.']);
    expect(one.en.details).toEqual(['Action 3: the title is missing.', '… and 1 more problem.']);
    expect(messages(problems.invalid[2]!).nl.details).toEqual(['Eerdere sessie 2: de stand van zaken heeft een ongeldige waarde.']);
    const many = messages(problems.invalid[1]!);
    expect(many.nl.details).toHaveLength(3);
    expect(many.nl.details.at(-1)).toBe('… en nog 10 problemen.');
    expect(many.en.details[1]).toBe('File: the version has the wrong kind of value.');
  });

  it('lists at most 20 problems, every part of the file among them, grouped in the order of the file', () => {
    const notes: FileIssue[] = Array.from({ length: 20 }, (_, i) => ({
      record: { collection: 'notes', position: i + 1 },
      field: 'text',
      problem: 'empty',
    }));
    const issues: FileIssue[] = [
      { record: { collection: 'workshop' }, field: 'date', problem: 'invalid-date' },
      ...notes,
      { record: { collection: 'actions', position: 3 }, field: 'title', problem: 'missing' },
      { record: { collection: 'actions', position: 9 }, field: 'teamId', problem: 'unknown-team' },
    ];
    const { nl } = messages({ code: 'invalid', issues, total: 530 });
    expect(nl.details).toHaveLength(21);
    expect(nl.details.slice(0, 2)).toEqual(['Workshopgegevens: de datum is geen geldige datum.', 'Notitie 1: de tekst is leeg.']);
    expect(nl.details.slice(-4)).toEqual([
      'Notitie 17: de tekst is leeg.',
      'Actie 3: de titel ontbreekt.',
      'Actie 9: verwijst naar een team dat niet in het bestand staat.',
      '… en nog 510 problemen.',
    ]);
  });
});

describe('one problem of an invalid file', () => {
  const cases = records.flatMap((record) =>
    issueProblems.flatMap((problem) => [
      { record, problem, field: 'title', limit: 500 },
      { record, problem, field: 'owner.name' },
      { record, problem },
    ]),
  ) as FileIssue[];

  it(`${cases.length} combinations of record, field and problem read as sentences in both languages`, () => {
    for (const issue of cases) {
      const nl = describeIssue(issue, t.nl);
      const en = describeIssue(issue, t.en);
      for (const line of [nl, en]) {
        expectReadable(line);
        if ('position' in issue.record) expect(line).toContain(String(issue.record.position));
      }
      expect(nl).not.toBe(en);
      if (issue.field !== undefined && issue.limit !== undefined && /^too-/.test(issue.problem)) {
        expect(nl).toContain('500');
        expect(en).toContain('500');
      }
    }
  });

  it('names every record as a person counts it', () => {
    expect(describeIssue({ record: { collection: 'notes', position: 12 }, field: 'text', problem: 'empty' }, t.nl)).toBe(
      'Notitie 12: de tekst is leeg.',
    );
    expect(describeIssue({ record: { collection: 'votes', position: 2 }, field: 'elementId', problem: 'unknown-element' }, t.en)).toBe(
      'Dot 2: refers to an element that is not in the template.',
    );
    expect(describeIssue({ record: { collection: 'workshop' }, field: 'date', problem: 'invalid-date' }, t.nl)).toBe(
      'Workshopgegevens: de datum is geen geldige datum.',
    );
    expect(describeIssue({ record: { collection: 'assessments', position: 4 }, problem: 'duplicate-assessment' }, t.nl)).toBe(
      'Score 4: tweede score voor hetzelfde team en element.',
    );
  });

  it('gives field names with dots their own text, not a path into the catalog', () => {
    const owner = { record: { collection: 'actions', position: 1 }, field: 'owner.name', problem: 'empty' } as const;
    expect(describeIssue(owner, t.nl)).toBe('Actie 1: de naam van de eigenaar is leeg.');
    expect(describeIssue(owner, t.en)).toBe('Action 1: the owner’s name is empty.');
    for (const language of languages) {
      for (const [field, text] of Object.entries(catalogs[language].importFile.field)) {
        const line = describeIssue({ record: { collection: 'file' }, field, problem: 'missing' }, t[language]);
        expect(line, field).toContain(text);
        expect(line, field).not.toContain('“');
      }
    }
  });

  it('every envelope field and collection of the file has a name of its own', () => {
    const envelope = ['format', 'formatVersion', 'exportedAt', 'app', 'app.name', 'app.version', 'workshop', 'template'];
    for (const field of [...envelope, ...Object.keys(workshopLimits)]) {
      for (const language of languages) expect(catalogs[language].importFile.field, `${language}: ${field}`).toHaveProperty([field]);
    }
  });

  it('quotes a field name it has no text for, shortened, whatever it is called', () => {
    const quoted = (field: string, language: (typeof languages)[number]) =>
      describeIssue({ record: { collection: 'template' }, field, problem: 'wrong-type' }, t[language]);
    expect(quoted('themes.elements.title.nl', 'nl')).toBe('Sjabloon: “themes.elements.title.nl” heeft een verkeerd soort waarde.');
    expect(quoted('themes.elements.title.nl', 'en')).toBe('Template: “themes.elements.title.nl” has the wrong kind of value.');
    for (const field of ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'field.with.dots.that.are.no.key', 'x'.repeat(500)]) {
      for (const language of languages) {
        const line = quoted(field, language);
        expectReadable(line);
        expect(line).toContain(`“${field.slice(0, 60)}”`);
        expect(line.length).toBeLessThan(200);
      }
    }
  });
});

import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamPalette } from '../../shared/canvas/teamColours';
import { defaultDecision, planMerge, type TeamDecision } from '../../shared/file/mergeTeams';
import { MAX_IMPORT_BYTES, readWorkshopFile, type ImportProblem } from '../../shared/file/readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import { noteColours } from '../../shared/model/note';
import { templateElements } from '../../shared/model/order';
import { actionStatuses, workshopLimits } from '../../shared/model/vocabulary';
import { workshopDataSchema, type WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { ChangeWriter } from '../../renderer/data/changes';
import type { ActieplaatDatabase } from '../../renderer/data/db';
import { WorkshopEdits } from '../../renderer/data/edits';
import { WorkshopRepository } from '../../renderer/data/workshopRepository';
import { describeImportProblem, type ImportMessage } from '../../renderer/file/importMessages';
import { createI18n } from '../../renderer/i18n/setup';
import { sequentialIds, steppingClock, testRecordFactory } from '../support/recordFactory';
import { openNewDatabase } from '../support/testDatabase';

/**
 * The hostile-input fuzz test of the import (docs/file-format.md, "Tolerant loading" and "What is refused"): generated variants of a
 * small valid workshop file, each fed to the import as the app feeds it. For every one: no crash, decided
 * within 2 s, no partial write after a refusal, a message in both languages a facilitator can read, and a
 * valid stored workshop after an acceptance.
 *
 * FUZZ_SEED and FUZZ_VARIANTS change the run; FUZZ_ONLY=<index> replays one variant of a failing run.
 */
const SEED = envNumber('FUZZ_SEED') ?? 20261122;
const VARIANTS = envNumber('FUZZ_VARIANTS') ?? 1200;
const ONLY = envNumber('FUZZ_ONLY');
/**
 * A hang guard, not a speed test: typical variants take milliseconds, the biggest (100,000 records)
 * a few seconds on a busy machine; only a variant that never decides comes near this.
 */
const DECISION_LIMIT_MS = 30_000;
const MB = 1024 * 1024;

function envNumber(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : Number(value);
}

// ---------------------------------------------------------------------------------------------------
// Randomness: mulberry32, one stream per variant so that FUZZ_ONLY replays a variant exactly.

interface Random {
  (): number;
  int(min: number, max: number): number;
  pick<T>(values: readonly T[]): T;
  chance(p: number): boolean;
}

function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (values) => values[Math.floor(next() * values.length)]!;
  next.chance = (p) => next() < p;
  return next;
}

function variantRandom(index: number): Random {
  return seededRandom(Math.imul(SEED ^ 0x9e3779b9, 31) + Math.imul(index + 1, 0x85ebca6b));
}

// ---------------------------------------------------------------------------------------------------
// The workshops: E and F are in the library, B is a file of another workshop, M a file of E from another laptop.

const participantNames = ['Łukasz Wróbel', 'Мария', 'Ζωή Παπαδοπούλου', 'Zoë Ñúñez', 'Şahin Yılmaz', 'Anouk de Vries', 'Олег Петренко'];
const noteTexts = [
  'Stage bij de buren: één dag per maand',
  'Gedeelde pool van “vliegende” verpleegkundigen',
  'Wie betaalt de reiskosten?',
  'Mentor uit de techniek 🛠️ voor de zorg',
  'Roosters afstemmen — vóór 1 maart',
  'Kinderopvang & ploegendienst',
  'Apostrof’s, "quotes" en \\backslashes\\',
  'Twee regels\nin één notitie',
  'Ζωή: οργάνωση βαρδιών',
  'Мария: общий график',
];
const OWN_ELEMENT = 'eigen.kinderopvang';

function makeWorkshop(prefix: string, random: Random): WorkshopData {
  const now = steppingClock('2026-11-22T09:00:00.000Z');
  const factory = testRecordFactory({ newId: sequentialIds(prefix), now });
  const data = createWorkshopData(
    {
      title: `Zorg & techniek ${prefix.toUpperCase()} — 22 november`,
      date: '2026-11-22',
      language: 'nl',
      location: 'Eindhoven',
      organisations: [
        { name: 'Catharina Ziekenhuis', kind: 'cruciaal' },
        { name: 'ASML', kind: 'regulier' },
      ],
    },
    'Tafel 1',
    factory,
  );
  data.workshop.id = `${prefix}-workshop`;
  data.template.themes.at(-1)!.elements.push({
    id: OWN_ELEMENT,
    title: { nl: 'Kinderopvang bij ploegendienst', en: 'Childcare for shift work' },
    questions: { nl: 'Wie regelt de opvang?', en: 'Who arranges childcare?' },
    source: 'eigen',
  });
  const elements = templateElements(data.template).map((element) => element.id);
  data.teams = [
    { id: `${prefix}-team-1`, name: 'Tafel 1 — Zorg', colour: teamPalette[0] },
    { id: `${prefix}-team-2`, name: 'Tafel 2 — Techniek' },
    { id: `${prefix}-team-3`, name: 'Команда 3', colour: teamPalette[2] },
  ];
  const teamOf = (i: number) => data.teams[i % data.teams.length]!.id;
  data.participants = participantNames.map((name, i) => ({
    id: `${prefix}-participant-${i + 1}`,
    name,
    ...(i % 2 === 0 ? { organisation: 'Catharina Ziekenhuis' } : {}),
    ...(i % 3 === 0 ? { role: 'Teamleider' } : {}),
    ...(i < participantNames.length - 1 ? { teamId: teamOf(i) } : {}),
  }));
  data.assessments = data.teams.flatMap((team, t) =>
    [0, 4, 9, elements.length - 1].map((e) => ({
      teamId: team.id,
      elementId: elements[(e + t) % elements.length]!,
      maturity: random.pick([1, 2, 3, 4, 5, null] as const),
      importance: random.pick([1, 2, 3, null] as const),
      notApplicable: false,
      agreements: random.chance(0.5) ? 'Afgesproken: elk kwartaal samen roosteren.' : '',
      updatedAt: now(),
    })),
  );
  data.notes = Array.from({ length: 30 }, (_, i) => {
    const teamId = teamOf(i);
    const author = data.participants.find((participant) => participant.teamId === teamId && random.chance(0.5));
    const created = now();
    return {
      id: `${prefix}-note-${i + 1}`,
      teamId,
      elementId: i === 0 ? OWN_ELEMENT : random.pick(elements),
      text: `${random.pick(noteTexts)} (${i + 1})`,
      colour: random.pick(noteColours),
      ...(author ? { authorId: author.id } : {}),
      createdAt: created,
      updatedAt: created,
    };
  });
  data.actions = Array.from({ length: 10 }, (_, i) => {
    const created = now();
    return {
      id: `${prefix}-action-${i + 1}`,
      title: `Actie ${i + 1}: ${random.pick(noteTexts)}`,
      ...(i < 9 ? { teamId: teamOf(i) } : {}),
      elementIds: i === 0 ? [OWN_ELEMENT] : [random.pick(elements), random.pick(elements)].filter((id, j, all) => all.indexOf(id) === j),
      owner: random.chance(0.7) ? { name: random.pick(participantNames), ...(random.chance(0.5) ? { organisation: 'ASML' } : {}) } : null,
      dueDate: random.chance(0.7) ? `2027-0${random.int(1, 9)}-15` : null,
      ...(random.chance(0.5) ? { firstStep: 'Eerste overleg plannen' } : {}),
      status: random.pick(actionStatuses),
      createdAt: created,
      updatedAt: created,
    };
  });
  data.votes = Array.from({ length: 6 }, (_, i) => ({
    round: 1,
    elementId: random.pick(elements),
    ...(i % 2 === 0 ? { teamId: teamOf(i) } : { participantId: data.participants[i]!.id }),
    dots: random.int(1, 3),
  }));
  return workshopDataSchema.parse(data);
}

/** E as exported on another laptop: table 1 the same, table 2 changed there, a new table 4 and an action without a team. */
function fromAnotherLaptop(e: WorkshopData): WorkshopData {
  const m = structuredClone(e);
  const second = m.teams[1]!.id;
  m.notes.filter((note) => note.teamId === second).forEach((note, i) => (note.text = `Elders bijgewerkt ${i + 1}`));
  m.teams.push({ id: 'm-team-4', name: 'Tafel 4 — Onderwijs', colour: teamPalette[3] });
  m.participants.push({ id: 'm-participant-1', name: 'Inês Gonçalves', teamId: 'm-team-4' });
  m.notes.push(
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `m-note-${i + 1}`,
      teamId: 'm-team-4',
      elementId: i === 0 ? OWN_ELEMENT : templateElements(m.template)[i]!.id,
      text: `Van tafel 4: ${noteTexts[i]}`,
      colour: 'groen',
      authorId: 'm-participant-1',
      createdAt: '2026-11-22T11:00:00.000Z',
      updatedAt: '2026-11-22T11:00:00.000Z',
    })),
  );
  m.actions.push(
    {
      id: 'm-action-1',
      title: 'Gastlessen techniek op het Summa College',
      teamId: 'm-team-4',
      elementIds: [OWN_ELEMENT],
      owner: { name: 'Inês Gonçalves' },
      dueDate: '2027-03-01',
      status: 'open',
      createdAt: '2026-11-22T11:00:00.000Z',
      updatedAt: '2026-11-22T11:00:00.000Z',
    },
    {
      id: 'm-action-2',
      title: 'Actie zonder team: verslag rondsturen',
      elementIds: [],
      owner: null,
      dueDate: null,
      status: 'open',
      createdAt: '2026-11-22T11:00:00.000Z',
      updatedAt: '2026-11-22T11:00:00.000Z',
    },
  );
  return workshopDataSchema.parse(m);
}

function fileText(data: WorkshopData): string {
  return serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version: '0.1.0' }, '2026-11-22T16:00:00.000Z'));
}

const encoder = new TextEncoder();
const encode = (text: string) => encoder.encode(text);

// ---------------------------------------------------------------------------------------------------
// JSON surgery.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];
type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeOf = (value: Json): JsonType => (value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonType));

function entries(value: Json, path: Path = [], out: [Path, Json][] = []): [Path, Json][] {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((item, i) => entries(item, [...path, i], out));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) entries(item, [...path, key], out);
  return out;
}

function get(root: Json, path: Path): Json | undefined {
  let value: Json | undefined = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isObject(value) && typeof key === 'string') value = Object.hasOwn(value, key) ? value[key] : undefined;
    else return undefined;
  }
  return value;
}

function set(root: Json, path: Path, value: Json): void {
  const parent = get(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent)) parent[key as number] = value;
  else if (isObject(parent)) parent[key as string] = value;
}

function remove(root: Json, path: Path): void {
  const parent = get(root, path.slice(0, -1));
  if (isObject(parent)) delete parent[path.at(-1) as string];
}

/** The records of a collection, as far as an earlier mutation left it a list of records. */
function recordsOf(root: Json, collection: string): JsonObject[] {
  const records = get(root, [collection]);
  return Array.isArray(records) ? records.filter(isObject) : [];
}

/** Every string value equal to `from` becomes `to`: an id renamed together with every reference to it. */
function renameId(root: Json, from: string, to: string): void {
  for (const [path, value] of entries(root)) if (value === from && path.length > 0) set(root, path, to);
}

/** What kind of record an object at this path is, for knowing which of its fields are required. */
function contextOf(path: Path): string | undefined {
  const shape = path.map((part) => (typeof part === 'number' ? '#' : part)).join('/');
  if (/^template\/themes\/#(\/elements\/#)?\/(title|question|questions)$/.test(shape)) return 'localized';
  const contexts: Record<string, string> = {
    '': 'envelope',
    app: 'app',
    workshop: 'workshop',
    'workshop/organisations/#': 'organisation',
    template: 'template',
    'template/themes/#': 'theme',
    'template/themes/#/elements/#': 'element',
    'teams/#': 'teams',
    'participants/#': 'participants',
    'assessments/#': 'assessments',
    'notes/#': 'notes',
    'actions/#': 'actions',
    'actions/#/owner': 'owner',
    'votes/#': 'votes',
  };
  return contexts[shape];
}

const requiredFields: Record<string, readonly string[]> = {
  envelope: [
    'format',
    'formatVersion',
    'exportedAt',
    'app',
    'workshop',
    'template',
    'teams',
    'participants',
    'assessments',
    'notes',
    'actions',
    'votes',
  ],
  app: ['name', 'version'],
  workshop: ['id', 'title', 'date', 'language', 'organisations', 'createdAt', 'updatedAt'],
  organisation: ['name', 'kind'],
  template: ['id', 'name', 'themes'],
  theme: ['id', 'title', 'question', 'elements'],
  element: ['id', 'title', 'questions', 'source'],
  localized: ['nl', 'en'],
  teams: ['id', 'name'],
  participants: ['id', 'name'],
  assessments: ['teamId', 'elementId', 'maturity', 'importance', 'notApplicable', 'agreements', 'updatedAt'],
  notes: ['id', 'teamId', 'elementId', 'text', 'colour', 'createdAt', 'updatedAt'],
  actions: ['id', 'title', 'elementIds', 'owner', 'dueDate', 'status', 'createdAt', 'updatedAt'],
  owner: ['name'],
  votes: ['round', 'elementId', 'dots'],
};
/** Fields whose value may be null: setting them to null is no error. */
const nullable = new Set(['owner', 'dueDate', 'maturity', 'importance']);

const sampleValues: Record<JsonType, Json[]> = {
  null: [null],
  boolean: [true, false],
  number: [0, -1, 7.5, 1e21, 42],
  string: ['', '42', 'true', 'null', '[object Object]', 'x'.repeat(300)],
  array: [[], [null], ['a', 1]],
  object: [{}, { x: 1 }, { nl: 'a', en: 'b' }],
};

/** Byte sequences that are never valid UTF-8: stray bytes, overlong forms, surrogates, cut sequences. */
const invalidUtf8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xc3, 0x28],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0x28],
];

// ---------------------------------------------------------------------------------------------------
// Variants.

type Route = 'as-is' | 'merge';

interface Variant {
  family: string;
  label: string;
  route: Route;
  /** Which file the variant was made from: B (another workshop) or M (the library's E, from another laptop). */
  base: 'B' | 'M' | 'none';
  bytes: Uint8Array;
  expect: 'refuse' | 'accept' | 'any';
  /** When refused, the codes that are right for it. */
  codes?: readonly ImportProblem['code'][];
  /** When refused as invalid, a problem that must be among the issues. */
  issue?: string;
}

/** A JSON-level change: mutates the document, says what it did and what the import should make of it. */
interface Mutation {
  label: string;
  expect: 'refuse' | 'accept';
  issue?: string;
  codes?: readonly ImportProblem['code'][];
  /** Raw JSON text that replaces a placeholder string after serialising (hostile keys). */
  raw?: Record<string, string>;
  /** The whole file replaced by this value. */
  whole?: Json;
}

let fixtures: {
  e: WorkshopData;
  f: WorkshopData;
  b: WorkshopData;
  bText: string;
  bDoc: Json;
  mText: string;
  mDoc: Json;
};

const cache = new Map<string, Uint8Array>();
function cached(key: string, make: () => Uint8Array): Uint8Array {
  let bytes = cache.get(key);
  if (!bytes) cache.set(key, (bytes = make()));
  return bytes;
}

function withNotes(count: number, compact: boolean): Uint8Array {
  const doc = structuredClone(fixtures.bDoc) as JsonObject;
  const notes = doc.notes as JsonObject[];
  doc.notes = Array.from({ length: count }, (_, i) => ({ ...notes[i % notes.length]!, id: `b-bulk-note-${i + 1}` }));
  return encode(compact ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`);
}

function withRecords(collection: 'votes' | 'teams' | 'participants', count: number): Uint8Array {
  const doc = structuredClone(fixtures.bDoc) as JsonObject;
  const records = doc[collection] as JsonObject[];
  doc[collection] = Array.from({ length: count }, (_, i) => ({
    ...records[i % records.length]!,
    ...(collection === 'votes' ? {} : { id: `b-bulk-${collection}-${i + 1}` }),
  }));
  return encode(JSON.stringify(doc));
}

const hugeString = (bytes: number) => 'Łukasz 😀 Мария '.repeat(Math.ceil(bytes / 24));

/** The variants every run tries, whatever the seed: the named cases of the issue. */
function fixedVariants(): (() => Omit<Variant, 'route' | 'base'> & { route?: Route; base?: Variant['base'] })[] {
  const text = (value: string) => () => encode(value);
  const nonJson = (label: string, bytes: () => Uint8Array, codes: ImportProblem['code'][]) => () => ({
    family: 'non-json',
    label,
    bytes: bytes(),
    expect: 'refuse' as const,
    codes,
  });
  const base = () => structuredClone(fixtures.bDoc) as JsonObject;
  const envelope =
    (label: string, change: (doc: JsonObject) => void, codes: ImportProblem['code'][], family = 'version') =>
    () => {
      const doc = base();
      change(doc);
      return { family, label, bytes: encode(JSON.stringify(doc, null, 2)), expect: 'refuse' as const, codes };
    };
  const rawFile = (label: string, family: string, make: () => string, codes: ImportProblem['code'][]) => () => ({
    family,
    label,
    bytes: encode(make()),
    expect: 'refuse' as const,
    codes,
  });
  const deep = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
  const inNotes = (raw: string) => fixtures.bText.replace(/"notes": \[/, () => `"notes": [${raw},`);
  const inNoteText = (raw: string) => fixtures.bText.replace(/"text": "(?:[^"\\]|\\.)*"/, () => `"text": ${raw}`);
  // Each its own stream, so that FUZZ_ONLY replays the same bytes.
  const randomBytes = (length: number) => {
    const random = seededRandom(SEED ^ length);
    return Uint8Array.from({ length }, () => random.int(0, 255));
  };
  const printable = (length: number) => {
    const random = seededRandom(SEED ^ (length * 7));
    return Array.from({ length }, () => String.fromCharCode(random.int(32, 126))).join('');
  };
  const bytesOf = (...parts: (string | ArrayLike<number>)[]) =>
    Uint8Array.from(parts.flatMap((part) => [...(typeof part === 'string' ? encode(part) : Array.from(part))]));
  const notesOver = (count: number, label: string, compact: boolean) => () => ({
    family: 'many-notes',
    label,
    bytes: cached(`notes-${count}-${compact}`, () => withNotes(count, compact)),
    expect: 'refuse' as const,
    codes: ['too-many'] as const,
  });

  return [
    nonJson('empty file', text(''), ['empty']),
    nonJson('only whitespace', text(' \n\t\r\n  '), ['empty']),
    nonJson('only a BOM', () => bytesOf([0xef, 0xbb, 0xbf]), ['empty']),
    nonJson('JSON null', text('null'), ['not-workshop-file']),
    nonJson('JSON true', text('true'), ['not-workshop-file']),
    nonJson('JSON number', text('42'), ['not-workshop-file']),
    nonJson('JSON string', text('"actieplaat.workshop"'), ['not-workshop-file']),
    nonJson('JSON array', text('[]'), ['not-workshop-file']),
    nonJson('JSON array of the file', () => encode(`[${fixtures.bText}]`), ['not-workshop-file']),
    nonJson('JSON empty object', text('{}'), ['not-workshop-file']),
    nonJson('another app’s JSON', text('{"name":"my-app","version":"1.0.0","dependencies":{}}'), ['not-workshop-file']),
    nonJson('PDF (ASCII header)', text('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'), ['not-json']),
    nonJson('PDF (binary marker)', () => bytesOf('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n'), ['not-text']),
    nonJson('zip header', () => bytesOf([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0x08, 0x00, 0x9c, 0x8d], randomBytes(200)), [
      'not-text',
      'not-json',
    ]),
    nonJson('PNG header', () => bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], randomBytes(100)), ['not-text']),
    nonJson('random bytes', () => randomBytes(2000), ['not-text']),
    nonJson('random printable ASCII', () => encode(printable(2000)), ['not-json', 'truncated']),
    nonJson('a NUL byte', () => bytesOf([0]), ['not-json']),
    nonJson('CSV', text('titel;eigenaar;datum\nStage bij de buren;Łukasz Wróbel;2027-03-01\n'), ['not-json']),
    nonJson('HTML', text('<!doctype html><html><body>Actieplaat</body></html>'), ['not-json']),
    nonJson('JavaScript object literal', text("{format: 'actieplaat.workshop', formatVersion: 1}"), ['not-json']),
    nonJson('JSON with a trailing comma', () => encode(fixtures.bText.replace(/\n}\n$/, ',\n}\n')), ['not-json']),
    nonJson('two JSON documents', () => encode(fixtures.bText + fixtures.bText), ['not-json']),
    nonJson('file as UTF-16 LE with BOM', () => new Uint8Array(utf16(fixtures.bText, true)), ['not-text']),
    nonJson('file as UTF-16 LE without BOM', () => new Uint8Array(utf16(fixtures.bText, false)), ['not-text', 'not-json']),
    nonJson('file as Windows-1252', () => latin1(fixtures.bText), ['not-text']),
    nonJson('JSON in a text wrapper', () => encode(`Workshopbestand:\n${fixtures.bText}`), ['not-json']),
    envelope('formatVersion 2', (doc) => (doc.formatVersion = 2), ['newer-version']),
    envelope('formatVersion 99', (doc) => (doc.formatVersion = 99), ['newer-version']),
    envelope('formatVersion 2^53', (doc) => (doc.formatVersion = 2 ** 53), ['newer-version', 'unknown-version']),
    envelope('formatVersion 0', (doc) => (doc.formatVersion = 0), ['unknown-version']),
    envelope('formatVersion -1', (doc) => (doc.formatVersion = -1), ['unknown-version']),
    envelope('formatVersion 1.5', (doc) => (doc.formatVersion = 1.5), ['unknown-version']),
    envelope('formatVersion "1"', (doc) => (doc.formatVersion = '1'), ['invalid', 'unknown-version']),
    envelope('formatVersion "2"', (doc) => (doc.formatVersion = '2'), ['invalid', 'unknown-version']),
    envelope('formatVersion null', (doc) => (doc.formatVersion = null), ['invalid', 'unknown-version']),
    envelope('formatVersion true', (doc) => (doc.formatVersion = true), ['invalid', 'unknown-version']),
    envelope('formatVersion []', (doc) => (doc.formatVersion = []), ['invalid', 'unknown-version']),
    envelope('formatVersion {}', (doc) => (doc.formatVersion = { major: 1 }), ['invalid', 'unknown-version']),
    envelope('formatVersion a long string', (doc) => (doc.formatVersion = 'v'.repeat(10_000)), ['invalid', 'unknown-version']),
    envelope('formatVersion missing', (doc) => delete doc.formatVersion, ['invalid', 'unknown-version']),
    rawFile('formatVersion 1e400', 'version', () => fixtures.bText.replace('"formatVersion": 1', '"formatVersion": 1e400'), [
      'newer-version',
      'unknown-version',
    ]),
    envelope('format of another app', (doc) => (doc.format = 'actieplaat.workshop.v2'), ['not-workshop-file'], 'format'),
    envelope('format in capitals', (doc) => (doc.format = 'Actieplaat.Workshop'), ['not-workshop-file'], 'format'),
    envelope('format missing', (doc) => delete doc.format, ['not-workshop-file'], 'format'),
    envelope('format a number', (doc) => (doc.format = 1), ['not-workshop-file'], 'format'),
    envelope(
      'only format and version',
      (doc) => Object.keys(doc).forEach((key) => key.startsWith('format') || delete doc[key]),
      ['invalid'],
      'format',
    ),
    notesOver(100_000, '100,000 notes', true),
    notesOver(workshopLimits.notes + 1, `${workshopLimits.notes + 1} notes (one over the limit)`, true),
    () => ({
      family: 'many-records',
      label: '100,000 votes',
      bytes: cached('votes', () => withRecords('votes', 100_000)),
      expect: 'refuse',
      codes: ['too-many'],
    }),
    () => ({ family: 'many-records', label: '101 teams', bytes: withRecords('teams', 101), expect: 'refuse', codes: ['too-many'] }),
    () => ({
      family: 'many-records',
      label: '2,001 participants',
      bytes: withRecords('participants', workshopLimits.participants + 1),
      expect: 'refuse',
      codes: ['too-many'],
    }),
    () => ({
      family: 'big-allowed',
      label: '2,000 notes (big, allowed)',
      bytes: cached('notes-2000', () => withNotes(2000, false)),
      expect: 'accept',
    }),
    () => ({
      family: 'too-large',
      label: `${Math.round(MAX_IMPORT_BYTES / MB) + 1} MB file`,
      bytes: encode(fixtures.bText + ' '.repeat(MAX_IMPORT_BYTES)),
      expect: 'refuse',
      codes: ['too-large'],
    }),
    // Millions of tiny values in a file far below the size cap: refused by counting, before parsing.
    rawFile('16 MiB of {} as the notes', 'many-values', () => inNotes(Array(5_600_000).fill('{}').join(',')), ['too-many-values']),
    rawFile(
      '2,000,001 zeros in an unknown field',
      'many-values',
      () => inNoteText(`"x", "extra": [${Array(2_000_001).fill('0').join(',')}]`),
      ['too-many-values'],
    ),
    rawFile(
      '400,001 empty lists in an unknown field',
      'many-values',
      () => inNoteText(`"x", "extra": [${Array(400_001).fill('[]').join(',')}]`),
      ['too-many-values'],
    ),
    rawFile('100,000 nested arrays', 'deep-nesting', () => deep(100_000, '[', ']'), ['too-deep']),
    rawFile('100,000 nested objects', 'deep-nesting', () => `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, ['too-deep']),
    rawFile('100,000 unclosed arrays', 'deep-nesting', () => '['.repeat(100_000), ['truncated']),
    rawFile('100,000 nested arrays as a note text', 'deep-nesting', () => inNoteText(deep(100_000, '[', ']')), ['too-deep']),
    rawFile(
      '100,000 nested objects as a note text',
      'deep-nesting',
      () => inNoteText(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
      ['too-deep'],
    ),
    rawFile('1,000 nested arrays in an unknown field', 'deep-nesting', () => inNoteText(`"x", "extra": ${deep(1000, '[', ']')}`), [
      'too-deep',
    ]),
    () => ({
      family: 'deep-nesting',
      label: '200 nested arrays in an unknown field',
      bytes: encode(fixtures.bText.replace('"formatVersion": 1,', `"formatVersion": 1,\n  "extra": ${deep(200, '[', ']')},`)),
      expect: 'accept',
    }),
    () => ({
      family: 'valid',
      label: 'UTF-8 BOM before the file',
      bytes: bytesOf([0xef, 0xbb, 0xbf], fixtures.bText),
      expect: 'accept',
    }),
    () => ({
      family: 'huge-string',
      label: '10 MB of whitespace between tokens',
      bytes: encode(fixtures.bText.replace('"teams": [', `"teams":${' \n\t'.repeat(3.5 * MB)}[`)),
      expect: 'accept',
    }),
    () => ({
      family: 'huge-string',
      label: '10 MB string as formatVersion',
      bytes: encode(fixtures.bText.replace('"formatVersion": 1', `"formatVersion": "${hugeString(10 * MB)}"`)),
      expect: 'refuse',
      codes: ['invalid', 'unknown-version'],
    }),
    ...(
      [
        ['a vote numbered like the library’s votes ("seq": 1)', 1],
        ['a vote with "seq": true', true],
        ['a vote with "seq": "7"', '7'],
      ] as const
    ).map(([label, seq]) => () => {
      const doc = base();
      (doc.votes as JsonObject[])[0]!.seq = seq;
      return { family: 'reserved-fields', label, bytes: encode(JSON.stringify(doc)), expect: 'accept' as const };
    }),
    () => {
      const doc = base();
      for (const record of [...(doc.notes as JsonObject[]), ...(doc.teams as JsonObject[]), doc.workshop as JsonObject]) {
        Object.assign(record, { hasOwnProperty: 1, valueOf: 'x', toString: null, toJSON: 'y', then: 'z', workshopId: 'e-workshop' });
      }
      return {
        family: 'reserved-fields',
        label: 'fields named like Object methods, then, toJSON, workshopId',
        bytes: encode(JSON.stringify(doc)),
        expect: 'accept',
      };
    },
    () => ({
      family: 'db-collision',
      route: 'merge',
      base: 'none',
      label: 'the file of the library’s other workshop F, merged into E',
      bytes: encode(fileText(fixtures.f)),
      expect: 'accept',
    }),
    () => ({
      family: 'db-collision',
      route: 'merge',
      base: 'none',
      label: 'E’s own file merged into E',
      bytes: encode(fileText(fixtures.e)),
      expect: 'accept',
    }),
    () => ({
      family: 'db-collision',
      label: 'the library’s workshop id (as-is: exists)',
      bytes: (() => {
        const doc = base();
        renameId(doc, fixtures.b.workshop.id, fixtures.e.workshop.id);
        return encode(JSON.stringify(doc));
      })(),
      expect: 'accept',
    }),
  ];
}

function utf16(text: string, bom: boolean): number[] {
  const out = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out.push(code & 0xff, code >> 8);
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0);
    return code < 256 ? code : 0x3f;
  });
}

// The JSON-level mutations, each on a parsed copy of the base file.

function wrongType(doc: Json, random: Random): Mutation {
  const [path, value] = random.pick(entries(doc));
  const original = typeOf(value);
  const key = path.at(-1);
  const types = (Object.keys(sampleValues) as JsonType[]).filter(
    (type) => type !== original && !(type === 'null' && typeof key === 'string' && nullable.has(key)),
  );
  const type = random.pick(types);
  const replacement = structuredClone(random.pick(sampleValues[type]));
  if (path.length === 0) return { label: `whole file → ${type}`, expect: 'refuse', codes: ['not-workshop-file'], whole: replacement };
  set(doc, path, replacement);
  // Tolerant loading: null in an optional field is the field left out.
  const context = contextOf(path.slice(0, -1));
  const optional = typeof key === 'string' && context !== undefined && !requiredFields[context]!.includes(key);
  return { label: `${path.join('.')}: ${original} → ${type}`, expect: type === 'null' && optional ? 'accept' : 'refuse' };
}

function deleteField(doc: Json, random: Random, required: boolean): Mutation | undefined {
  const candidates = entries(doc).filter(([path]) => {
    const key = path.at(-1);
    const context = contextOf(path.slice(0, -1));
    return typeof key === 'string' && context !== undefined && requiredFields[context]!.includes(key) === required;
  });
  if (candidates.length === 0) return undefined;
  const [path] = random.pick(candidates);
  remove(doc, path);
  return { label: `without ${path.join('.')}`, expect: required ? 'refuse' : 'accept' };
}

const referenceFields: [collection: string, field: string, problem: string][] = [
  ['participants', 'teamId', 'unknown-team'],
  ['assessments', 'teamId', 'unknown-team'],
  ['assessments', 'elementId', 'unknown-element'],
  ['notes', 'teamId', 'unknown-team'],
  ['notes', 'elementId', 'unknown-element'],
  ['notes', 'authorId', 'unknown-participant'],
  ['actions', 'teamId', 'unknown-team'],
  ['actions', 'elementIds', 'unknown-element'],
  ['votes', 'elementId', 'unknown-element'],
  ['votes', 'teamId', 'unknown-team'],
  ['votes', 'participantId', 'unknown-participant'],
];

function unknownReference(doc: Json, random: Random): Mutation | undefined {
  const candidates = referenceFields.flatMap(([collection, field, problem]) =>
    recordsOf(doc, collection).flatMap((record, i) =>
      field === 'elementIds'
        ? (Array.isArray(record.elementIds) ? record.elementIds : []).map((_, j) => ({ path: [collection, i, field, j] as Path, problem }))
        : record[field] === undefined
          ? []
          : [{ path: [collection, i, field] as Path, problem }],
    ),
  );
  if (candidates.length === 0) return undefined;
  const { path, problem } = random.pick(candidates);
  const dangling = random.pick([
    'nergens',
    `${problem}-999`,
    // An id the library has, in a workshop neither file is of: still unknown in this file.
    problem === 'unknown-team'
      ? fixtures.f.teams[0]!.id
      : problem === 'unknown-participant'
        ? fixtures.f.participants[0]!.id
        : 'meerwaarde',
    '__proto__',
    'constructor',
    'toString',
  ]);
  set(doc, path, dangling);
  return { label: `${path.join('.')} → "${dangling}"`, expect: 'refuse', issue: problem };
}

function collidingIds(doc: Json, random: Random): Mutation | undefined {
  const collection = random.pick(['notes', 'actions', 'teams', 'participants', 'elements'] as const);
  if (collection === 'elements') {
    const elements = entries(doc).filter(([path, value]) => contextOf(path) === 'element' && isObject(value));
    if (elements.length < 2) return undefined;
    const [[first], [second]] = [random.pick(elements), random.pick(elements)];
    const id = get(doc, [...first, 'id']);
    if (first.join() === second.join() || id === undefined) return undefined;
    set(doc, [...second, 'id'], id);
    return {
      label: `template element ${second.join('.')} takes the id of ${first.join('.')}`,
      expect: 'refuse',
      issue: 'duplicate-element',
    };
  }
  const records = recordsOf(doc, collection);
  if (records.length < 2) return undefined;
  const i = random.int(0, records.length - 1);
  let j = random.int(0, records.length - 2);
  if (j >= i) j += 1;
  records[j]!.id = records[i]!.id!;
  return { label: `${collection}.${j} takes the id of ${collection}.${i}`, expect: 'refuse', issue: 'duplicate-id' };
}

function duplicateAssessment(doc: Json, random: Random): Mutation | undefined {
  const assessments = get(doc, ['assessments']);
  if (!Array.isArray(assessments) || !assessments.some(isObject)) return undefined;
  const copy: JsonObject = {
    ...random.pick(assessments.filter(isObject)),
    maturity: random.pick([1, 5, null]),
    agreements: 'Tweede versie',
  };
  assessments.splice(random.int(0, assessments.length), 0, copy);
  return {
    label: `a second assessment for ${String(copy.teamId)} / ${String(copy.elementId)}`,
    expect: 'refuse',
    issue: 'duplicate-assessment',
  };
}

const hostileNames = ['__proto__', 'constructor', 'prototype'] as const;
const hostileValues = [
  '{"polluted":"yes"}',
  '{"isAdmin":true,"toString":"not a function"}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"polluted":"deep"},"constructor":{"prototype":{"polluted":"deeper"}}}',
  '"polluted"',
  '[{"__proto__":{"polluted":"in an array"}}]',
  'null',
];

function hostileKeys(doc: Json, random: Random, counter: { n: number }): Mutation {
  const objects = entries(doc).filter(([, value]) => isObject(value));
  const raw: Record<string, string> = {};
  const placed: string[] = [];
  for (let k = random.int(1, 3); k > 0; k -= 1) {
    const [path, value] = random.pick(objects);
    const name = random.pick(hostileNames);
    const marker = `@@hostile-${counter.n++}@@`;
    (value as JsonObject)[marker] = marker;
    raw[`"${marker}": "${marker}"`] = `"${name}": ${random.pick(hostileValues)}`;
    raw[`"${marker}":"${marker}"`] = raw[`"${marker}": "${marker}"`]!;
    placed.push(`${name} at ${path.join('.') || 'the top'}`);
  }
  return { label: placed.join(', '), expect: 'accept', raw };
}

/** A required field taken out of a record and offered through `__proto__` instead: must not sneak back in. */
function hostileShadow(doc: Json, random: Random, counter: { n: number }): Mutation | undefined {
  const collection = random.pick(['notes', 'actions', 'teams', 'participants'] as const);
  const records = recordsOf(doc, collection);
  if (records.length === 0) return undefined;
  const record = random.pick(records);
  const field = random.pick(requiredFields[collection]!);
  const value = record[field];
  if (value === undefined) return undefined;
  delete record[field];
  const marker = `@@hostile-${counter.n++}@@`;
  record[marker] = marker;
  const raw = `"__proto__": ${JSON.stringify({ [field]: value })}`;
  return {
    label: `${collection} ${String(record.id)}: ${field} only through __proto__`,
    expect: 'refuse',
    issue: 'missing',
    raw: { [`"${marker}": "${marker}"`]: raw, [`"${marker}":"${marker}"`]: raw },
  };
}

function hugeStringIn(doc: Json, random: Random): Mutation {
  const targets: [Path, string | undefined][] = [
    [['notes', random.int(0, 29), 'text'], 'too-long'],
    [['workshop', 'title'], 'too-long'],
    [['actions', random.int(0, 9), 'title'], 'too-long'],
    [['teams', random.int(0, 2), 'name'], 'too-long'],
    [['participants', random.int(0, 6), 'name'], 'too-long'],
    [['notes', random.int(0, 29), 'id'], 'too-long'],
    [['assessments', random.int(0, 11), 'agreements'], 'too-long'],
    [['workshop', 'extraNotes'], undefined],
  ];
  const [path, issue] = random.pick(targets);
  set(doc, path, hugeString(10 * MB));
  return issue
    ? { label: `10 MB in ${path.join('.')}`, expect: 'refuse', issue }
    : { label: `10 MB in ${path.join('.')}`, expect: 'accept' };
}

const extraValues: Json[] = ['later veld', 42, true, null, [1, 'twee', { drie: 3 }], { genest: { dieper: ['ja'] } }, 'Ünïcödé ✓'];
const extraNames = ['x-tool', 'kleurNaam', 'extra', 'opmerking', 'ñame', '🙂', 'seq', 'workshopId', 'id', 'valueOf', 'hasOwnProperty', ''];

/** Unknown fields are no error: they are kept where they belong to a known record. */
function extraFields(doc: Json, random: Random): Mutation {
  const objects = entries(doc).filter(([, value]) => isObject(value));
  const placed: string[] = [];
  for (let k = random.int(1, 4); k > 0; k -= 1) {
    const [path, value] = random.pick(objects);
    const record = value as JsonObject;
    const name = random.pick(extraNames);
    if (Object.hasOwn(record, name)) continue;
    // Known names of other records (`id`, `workshopId`) are only unknown where the record has none of its own.
    if (name === 'workshopId' && contextOf(path) === undefined) continue;
    record[name] = structuredClone(random.pick(extraValues));
    placed.push(`${name || '(empty name)'} in ${path.join('.') || 'the envelope'}`);
  }
  return { label: `unknown fields: ${placed.join(', ') || 'none'}`, expect: 'accept' };
}

function emptyCollections(doc: Json, random: Random): Mutation {
  const collection = random.pick(['votes', 'actions', 'assessments'] as const);
  set(doc, [collection], []);
  return { label: `no ${collection}`, expect: 'accept' };
}

/** The file's ids are ids the library already uses in another workshop: valid, and nothing of that workshop may change. */
function libraryIds(doc: Json, random: Random, other: WorkshopData): Mutation {
  const kind = random.pick(['teams', 'participants', 'notes', 'actions'] as const);
  const ours = recordsOf(doc, kind).map((record) => record.id as string);
  const theirs = other[kind].map((record) => record.id);
  const count = random.int(1, Math.min(ours.length, theirs.length));
  for (let i = 0; i < count; i += 1) renameId(doc, ours[i]!, theirs[i]!);
  return { label: `${count} ${kind} ids of ${other.workshop.id}`, expect: 'accept' };
}

/** The same file written differently: line endings, escapes, key order, indentation. All of it is valid JSON of the same file. */
function formatting(doc: Json, random: Random): { label: string; text: string } {
  const reordered = (value: Json): Json =>
    Array.isArray(value)
      ? value.map(reordered)
      : isObject(value)
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([key, item]) => [key, reordered(item)]),
          )
        : value;
  switch (random.int(0, 3)) {
    case 0:
      return { label: 'CRLF line endings', text: JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n') };
    case 1:
      return {
        label: 'every non-ASCII character as a \\u escape',
        text: JSON.stringify(doc).replace(/[^\x20-\x7e]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`),
      };
    case 2:
      return { label: 'keys in reverse order', text: JSON.stringify(reordered(doc)) };
    default:
      return { label: 'indented with tabs', text: JSON.stringify(doc, null, '\t') };
  }
}

type MutationMaker = (doc: Json, random: Random, counter: { n: number }) => Mutation | undefined;

const jsonMutations: Record<string, MutationMaker> = {
  'wrong-type': wrongType,
  'delete-required': (doc, random) => deleteField(doc, random, true),
  'delete-optional': (doc, random) => deleteField(doc, random, false),
  'unknown-reference': unknownReference,
  'colliding-ids': collidingIds,
  'duplicate-assessment': duplicateAssessment,
  'hostile-keys': hostileKeys,
  'hostile-shadow': hostileShadow,
  'extra-fields': extraFields,
  'empty-collections': emptyCollections,
};

function serialise(doc: Json, random: Random, raw: Record<string, string>): string {
  const pretty = random.chance(0.6);
  let text = pretty ? `${JSON.stringify(doc, null, 2)}\n` : JSON.stringify(doc);
  for (const [placeholder, replacement] of Object.entries(raw)) text = text.split(placeholder).join(replacement);
  return text;
}

function byteTruncate(bytes: Uint8Array, random: Random): { bytes: Uint8Array; label: string } {
  // Up to the last two bytes: cutting only the final newline leaves a complete file.
  const at = random.int(1, bytes.length - 2);
  return { bytes: bytes.slice(0, at), label: `cut at byte ${at} of ${bytes.length}` };
}

function byteFlip(bytes: Uint8Array, random: Random): { bytes: Uint8Array; label: string } {
  const out = bytes.slice();
  const flips = random.int(1, 5);
  for (let k = 0; k < flips; k += 1) {
    const at = random.int(0, out.length - 1);
    out[at] = out[at]! ^ random.int(1, 255);
  }
  return { bytes: out, label: `${flips} bytes flipped` };
}

function badUtf8(bytes: Uint8Array, random: Random): { bytes: Uint8Array; label: string } {
  const sequence = random.pick(invalidUtf8);
  const at = random.int(0, bytes.length);
  const out = new Uint8Array(bytes.length + sequence.length);
  out.set(bytes.subarray(0, at));
  out.set(sequence, at);
  out.set(bytes.subarray(at), at + sequence.length);
  return { bytes: out, label: `${sequence.map((b) => b.toString(16).padStart(2, '0')).join(' ')} at byte ${at}` };
}

const families: [family: string, weight: number][] = [
  ['truncate', 12],
  ['byte-flip', 8],
  ['invalid-utf8', 7],
  ['wrong-type', 14],
  ['delete-required', 8],
  ['delete-optional', 3],
  ['unknown-reference', 9],
  ['colliding-ids', 7],
  ['duplicate-assessment', 3],
  ['hostile-keys', 7],
  ['hostile-shadow', 3],
  ['huge-string', 3],
  ['extra-fields', 4],
  ['empty-collections', 1],
  ['formatting', 3],
  ['db-collision', 4],
  ['combination', 12],
];
const totalWeight = families.reduce((sum, [, weight]) => sum + weight, 0);

function randomVariant(index: number): Variant {
  const random = variantRandom(index);
  let roll = random() * totalWeight;
  const family = families.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'combination';
  // A quarter merge into the library's workshop E, as a facilitator does with a team's file.
  const route: Route = random.chance(0.25) ? 'merge' : 'as-is';
  const base: 'B' | 'M' = route === 'merge' && random.chance(0.7) ? 'M' : 'B';
  const doc = structuredClone(base === 'M' ? fixtures.mDoc : fixtures.bDoc);
  const baseBytes = () => encode(base === 'M' ? fixtures.mText : fixtures.bText);
  const counter = { n: 0 };
  const variant = (fields: Pick<Variant, 'label' | 'bytes' | 'expect'> & Partial<Variant>): Variant => ({ family, route, base, ...fields });

  switch (family) {
    case 'truncate': {
      const { bytes, label } = byteTruncate(baseBytes(), random);
      return variant({ label, bytes, expect: 'refuse', codes: ['truncated'] });
    }
    case 'byte-flip': {
      const { bytes, label } = byteFlip(baseBytes(), random);
      return variant({ label, bytes, expect: 'any' });
    }
    case 'invalid-utf8': {
      const { bytes, label } = badUtf8(baseBytes(), random);
      return variant({ label, bytes, expect: 'refuse', codes: ['not-text'] });
    }
    case 'huge-string': {
      const mutation = hugeStringIn(doc, random);
      return variant({ label: mutation.label, bytes: encode(serialise(doc, random, {})), expect: mutation.expect, issue: mutation.issue });
    }
    case 'formatting': {
      const { label, text } = formatting(doc, random);
      return variant({ label, bytes: encode(text), expect: 'accept' });
    }
    case 'db-collision': {
      const mutation = libraryIds(doc, random, route === 'merge' ? fixtures.f : fixtures.e);
      return variant({ label: mutation.label, bytes: encode(serialise(doc, random, {})), expect: 'accept' });
    }
    case 'combination': {
      const names = Object.keys(jsonMutations);
      const labels: string[] = [];
      const raw: Record<string, string> = {};
      for (let k = random.int(2, 4); k > 0; k -= 1) {
        const name = random.pick(names);
        const mutation = jsonMutations[name]!(doc, random, counter);
        if (!mutation) continue;
        labels.push(`${name} (${mutation.label})`);
        Object.assign(raw, mutation.raw);
      }
      let bytes: Uint8Array = encode(serialise(doc, random, raw));
      if (random.chance(0.3)) {
        const tail = random.pick([byteTruncate, byteFlip, badUtf8])(bytes, random);
        bytes = tail.bytes;
        labels.push(tail.label);
      }
      // Mutations can undo each other (a wrong type in an optional field, then the field deleted): only the invariants hold.
      return variant({ label: labels.join(' + '), bytes, expect: 'any' });
    }
    default: {
      const mutation = jsonMutations[family]!(doc, random, counter);
      if (!mutation) return randomVariant(index + 1_000_000);
      if (mutation.whole !== undefined) {
        return variant({ label: mutation.label, bytes: encode(JSON.stringify(mutation.whole)), expect: 'refuse', codes: mutation.codes });
      }
      const bytes = encode(serialise(doc, random, mutation.raw ?? {}));
      return variant({ label: mutation.label, bytes, expect: mutation.expect, codes: mutation.codes, issue: mutation.issue });
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The library: one database holding E and F (and a setting), restored from its dump after every acceptance.

let database: ActieplaatDatabase;
let repository: WorkshopRepository;
let tNl: TFunction;
let tEn: TFunction;
let baselineRows: Map<string, unknown[]>;
let baseline: string;
const factory = testRecordFactory({ newId: sequentialIds('library'), now: steppingClock('2026-11-23T09:00:00.000Z') });

function ownerOf(table: string, row: Record<string, unknown>): unknown {
  if (table === 'workshops') return row.id;
  if (table === 'settings') return undefined;
  return row.workshopId;
}

async function rows(): Promise<Map<string, unknown[]>> {
  const tables = [...database.tables].sort((a, b) => a.name.localeCompare(b.name));
  return new Map(await Promise.all(tables.map(async (table) => [table.name, await table.toArray()] as [string, unknown[]])));
}

/** Every table, every row, in key order: two equal dumps are the same database content. */
async function dump(excludingWorkshop?: string): Promise<string> {
  const parts: string[] = [];
  for (const [table, records] of await rows()) {
    const kept = records.filter(
      (row) => excludingWorkshop === undefined || ownerOf(table, row as Record<string, unknown>) !== excludingWorkshop,
    );
    parts.push(`${table} ${JSON.stringify(kept)}`);
  }
  return parts.join('\n');
}

async function restore(): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const table of database.tables) {
      await table.clear();
      await table.bulkPut(baselineRows.get(table.name)! as never[]);
    }
  });
}

function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / MB;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes)} MB`;
}

/** What is wrong with a message a facilitator would read, if anything. */
function unreadable(message: ImportMessage, problem: ImportProblem): string[] {
  const faults: string[] = [];
  if (message.summary.trim() === '') faults.push('empty summary');
  if (problem.code === 'invalid' && message.details.length === 0) faults.push('an invalid file without details');
  for (const line of [message.summary, ...message.details]) {
    for (const bad of ['importFile.', '{{', '}}', 'undefined', '[object Object]', 'NaN'])
      if (line.includes(bad)) faults.push(`"${bad}" in "${line.slice(0, 200)}"`);
    if (!/^[\p{Lu}…]/u.test(line)) faults.push(`does not start with a capital: "${line.slice(0, 200)}"`);
    if (line.length > 400) faults.push(`a line of ${line.length} characters`);
  }
  return faults;
}

interface Outcome {
  decision: string;
  problem?: ImportProblem;
  messages?: { nl: ImportMessage; en: ImportMessage };
  importedId?: string;
  data?: WorkshopData;
}

/** The import as the app runs it: read every byte first, then write in one transaction, or merge as one change. */
async function decide(variant: Variant): Promise<Outcome> {
  const result = readWorkshopFile(variant.bytes);
  if (!result.ok) {
    return {
      decision: `refused: ${result.problem.code}`,
      problem: result.problem,
      messages: {
        nl: describeImportProblem(result.problem, tNl, (size) => formatBytes(size, 'nl')),
        en: describeImportProblem(result.problem, tEn, (size) => formatBytes(size, 'en')),
      },
    };
  }
  if (variant.route === 'as-is') {
    const outcome = await repository.import(result.data, { kind: 'as-is' });
    return outcome.status === 'exists'
      ? { decision: 'exists' }
      : { decision: 'imported', importedId: outcome.workshop.id, data: result.data };
  }
  const target = fixtures.e.workshop.id;
  const current = (await repository.load(target))!;
  const plan = planMerge(current, result.data);
  const random = seededRandom(variant.bytes.length);
  const decisions: Record<string, TeamDecision> = {};
  for (const candidate of plan.candidates) {
    const choice =
      candidate.status === 'new' ? (random.chance(0.9) ? 'add' : 'skip') : random.pick<TeamDecision>(['replace', 'keep-both', 'skip']);
    decisions[candidate.team.id] = random.chance(0.2) ? (defaultDecision(candidate) ?? choice) : choice;
  }
  const edits = new WorkshopEdits(database, factory, target);
  const writer = new ChangeWriter(database, factory.now);
  await writer.perform(target, () => edits.mergeTeams(result.data, decisions));
  return { decision: 'merged', importedId: target };
}

describe('the import under hostile input', () => {
  beforeAll(async () => {
    const random = seededRandom(SEED);
    const e = makeWorkshop('e', random);
    const f = makeWorkshop('f', random);
    const b = makeWorkshop('b', random);
    const m = fromAnotherLaptop(e);
    const bText = fileText(b);
    const mText = fileText(m);
    fixtures = { e, f, b, bText, bDoc: JSON.parse(bText) as Json, mText, mDoc: JSON.parse(mText) as Json };

    database = await openNewDatabase('test-fuzz');
    repository = new WorkshopRepository(database, factory);
    await repository.write(e);
    await repository.write(f);
    await database.settings.put({ key: 'language', value: 'nl' });
    baselineRows = await rows();
    baseline = await dump();
    tNl = (await createI18n('nl')).t;
    tEn = (await createI18n('en')).t;
  });
  afterAll(async () => {
    await database?.delete();
  });

  it('never crashes, hangs, writes half or speaks unreadably, whatever the file', { timeout: 300_000 }, async () => {
    const started = performance.now();
    const fixed = fixedVariants();
    const count = Math.max(VARIANTS, fixed.length);
    const indices = ONLY === undefined ? Array.from({ length: count }, (_, i) => i) : [ONLY];
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
    const failures: string[] = [];
    const byCode = new Map<string, number>();
    const byFamily = new Map<string, { refused: number; accepted: number }>();
    let refused = 0;
    let accepted = 0;
    let crashes = 0;
    let slowest = { ms: 0, label: '' };

    for (const index of indices) {
      const made = index < fixed.length ? fixed[index]!() : randomVariant(index);
      const variant: Variant = { route: 'as-is', base: 'none', ...made };
      const name = `#${index} ${variant.family} [${variant.route}]: ${variant.label}`;
      const fail = (why: string) => failures.push(`${name} — ${why}`);

      const before = performance.now();
      let outcome: Outcome;
      try {
        outcome = await decide(variant);
      } catch (error) {
        crashes += 1;
        fail(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
        if ((await dump()) !== baseline) fail('the database changed');
        await restore();
        continue;
      }
      const ms = performance.now() - before;
      if (ms > slowest.ms) slowest = { ms, label: name };
      if (ms > DECISION_LIMIT_MS) fail(`took ${Math.round(ms)} ms`);

      const tally = byFamily.get(variant.family) ?? { refused: 0, accepted: 0 };
      byFamily.set(variant.family, tally);
      if (Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys || ({} as Record<string, unknown>).polluted !== undefined) {
        fail('Object.prototype was polluted');
      }

      if (outcome.problem && outcome.messages) {
        refused += 1;
        tally.refused += 1;
        const problem = outcome.problem;
        byCode.set(problem.code, (byCode.get(problem.code) ?? 0) + 1);
        if ((await dump()) !== baseline) fail(`refused (${problem.code}) but the database changed`);
        if (variant.expect === 'accept') fail(`refused a valid file: ${JSON.stringify(problem).slice(0, 400)}`);
        if (variant.codes && !variant.codes.includes(problem.code))
          fail(`refused as ${problem.code}, expected ${variant.codes.join(' or ')}`);
        if (variant.issue && !(problem.code === 'invalid' && problem.issues.some((issue) => issue.problem === variant.issue))) {
          fail(`expected an issue "${variant.issue}", got ${JSON.stringify(problem).slice(0, 400)}`);
        }
        const { nl, en } = outcome.messages;
        for (const [language, message] of [
          ['nl', nl],
          ['en', en],
        ] as const) {
          for (const fault of unreadable(message, problem)) fail(`${language} message: ${fault}`);
        }
        if (nl.summary === en.summary) fail(`the same summary in both languages: "${nl.summary}"`);
        nl.details.forEach((line, i) => line === en.details[i] && fail(`the same detail in both languages: "${line}"`));
        continue;
      }

      accepted += 1;
      tally.accepted += 1;
      byCode.set(outcome.decision, (byCode.get(outcome.decision) ?? 0) + 1);
      if (variant.expect === 'refuse')
        fail(`accepted (${outcome.decision}), expected a refusal${variant.codes ? ` (${variant.codes.join('/')})` : ''}`);
      if (outcome.decision === 'exists') {
        if ((await dump()) !== baseline) fail('“exists” but the database changed');
        continue;
      }
      const stored = await repository.load(outcome.importedId!);
      const valid = stored && workshopDataSchema.safeParse(stored);
      if (!valid?.success) fail(`the stored workshop does not validate: ${valid ? valid.error.message.slice(0, 400) : 'not found'}`);
      if (stored && outcome.decision === 'imported') {
        for (const collection of Object.keys(workshopLimits) as (keyof typeof workshopLimits)[]) {
          const [wrote, read] = [outcome.data![collection].length, stored[collection].length];
          if (wrote !== read) fail(`imported ${wrote} ${collection}, the library has ${read}`);
        }
      }
      if ((await dump(outcome.importedId)) !== (await baselineWithout(outcome.importedId!))) {
        fail(`${outcome.decision}, and another workshop of the library changed`);
      }
      const text = await dump();
      if (/"(__proto__|constructor|prototype)"|polluted/.test(text)) fail('a hostile key was stored');
      await restore();
    }

    expect(await dump(), 'the library is back as it was').toBe(baseline);
    const total = refused + accepted + crashes;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const format = (n: number) => n.toLocaleString('en-US');
    console.log(
      `import fuzz: ${format(total)} variants (seed ${SEED}): ${format(refused)} refused, ${format(accepted)} accepted, ` +
        `${crashes} crashes, slowest ${Math.round(slowest.ms)} ms (${slowest.label.slice(0, 80)}), ${seconds} s in all`,
    );
    console.log(
      [...byCode.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `  ${code.padEnd(28)} ${String(n).padStart(5)}`)
        .join('\n'),
    );
    console.log(
      `  by family: ${[...byFamily.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([family, { refused: r, accepted: a }]) => `${family} ${r}/${a}`)
        .join(', ')} (refused/accepted)`,
    );
    if (failures.length > 40) console.log(failures.join('\n'));
    expect(failures.slice(0, 40), `${failures.length} failures`).toEqual([]);
    if (ONLY === undefined) expect(total).toBeGreaterThanOrEqual(Math.min(1000, VARIANTS));
  });
});

async function baselineWithout(workshopId: string): Promise<string> {
  const parts: string[] = [];
  for (const [table, records] of baselineRows) {
    parts.push(`${table} ${JSON.stringify(records.filter((row) => ownerOf(table, row as Record<string, unknown>) !== workshopId))}`);
  }
  return parts.join('\n');
}

// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stressNames, stressWorkshop } from '../../../shared/export/actionPlanStress.fixture';
import type { WorkshopData } from '../../../shared/model/workshopData';
import { createWorkshopData } from '../../../shared/workshop/newWorkshop';
import { benchmarkWorkshop } from '../../../tests/fixtures/benchmarkWorkshop';
import { buildActionPlanPdf, type ActionPlanPdfOptions, type PdfFonts } from './actionPlanPdf';

const root = resolve(import.meta.dirname, '../../..');
const output = join(root, 'test-results', 'pdf');
/** Midday UTC: the same calendar day in every time zone a test machine might be in. */
const exportedAt = new Date('2026-11-22T12:00:00Z');

function fontFile(path: string): ArrayBuffer {
  const bytes = readFileSync(join(root, 'node_modules/@expo-google-fonts/noto-sans', path));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
const fonts: PdfFonts = { regular: fontFile('400Regular/NotoSans_400Regular.ttf'), bold: fontFile('700Bold/NotoSans_700Bold.ttf') };

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** Whitespace as one space: wrapping breaks lines anywhere a space was. */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

interface Built {
  file: string;
  size: number;
  /** `pdftotext -raw`: text in the order it was drawn, so every table cell stays in one piece. */
  text: string;
  pages: number;
  info: Record<string, string>;
  raw: string;
}

async function build(name: string, data: WorkshopData, options: Omit<ActionPlanPdfOptions, 'exportedAt' | 'fonts'>): Promise<Built> {
  const bytes = await buildActionPlanPdf(data, { ...options, exportedAt, fonts });
  mkdirSync(output, { recursive: true });
  const file = join(output, `${name}.pdf`);
  writeFileSync(file, bytes);
  const info = Object.fromEntries(
    run('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
  return {
    file,
    size: bytes.byteLength,
    text: flat(run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])),
    pages: Number(info['Pages']),
    info,
    raw: Buffer.from(bytes).toString('latin1'),
  };
}

/** pdffonts' table: name and whether it is embedded, one row per font. */
function fontsOf(file: string): { name: string; embedded: boolean }[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box, per page, from `pdftotext -bbox`; points, origin top left. */
function wordsOf(file: string): { width: number; height: number; words: Word[] }[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({ xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: match[5]! }),
      );
      return { width: Number(width), height: Number(height), words };
    });
}

const MM = 72 / 25.4;

/** Words outside the margins, and pairs of words drawn over each other, as readable strings. */
function layoutProblems(file: string): string[] {
  const problems: string[] = [];
  wordsOf(file).forEach(({ width, height, words }, index) => {
    const page = index + 1;
    for (const word of words) {
      if (word.xMin < 17 * MM || word.xMax > width - 17 * MM || word.yMin < 10 * MM || word.yMax > height - 6 * MM) {
        problems.push(`page ${page}: "${word.text}" outside the margins`);
      }
    }
    const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < sorted.length; i += 1) {
      const a = sorted[i]!;
      for (let j = i + 1; j < sorted.length && sorted[j]!.yMin < a.yMax; j += 1) {
        const b = sorted[j]!;
        const overlapX = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
        if (overlapX > 0 && overlapY > 0 && overlapX * overlapY > 0.25 * smaller)
          problems.push(`page ${page}: "${a.text}" over "${b.text}"`);
      }
    }
  });
  return problems;
}

const dutchDate = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const printedDate = (format: Intl.DateTimeFormat, date: string) => format.format(new Date(`${date}T00:00:00Z`));

describe('the PDF action plan of the benchmark workshop (8 teams, 2,000 notes, 200 actions)', () => {
  const data = benchmarkWorkshop();
  const team = data.teams[2]!;
  let full: Built;
  let oneTeam: Built;
  let withoutNotes: Built;

  beforeAll(async () => {
    full = await build('benchmark', data, { includeNotes: true });
    oneTeam = await build('benchmark-one-team', data, { includeNotes: true, teamId: team.id });
    withoutNotes = await build('benchmark-without-notes', data, { includeNotes: false });
  }, 120_000);

  it('is a valid PDF for qpdf', () => {
    for (const built of [full, oneTeam, withoutNotes]) expect(() => run('qpdf', ['--check', built.file])).not.toThrow();
  });

  it('embeds its fonts, Noto Sans regular and bold as subsets, and no other font', () => {
    for (const built of [full, oneTeam, withoutNotes]) {
      const list = fontsOf(built.file);
      expect(list.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
      expect(list.every((font) => font.embedded)).toBe(true);
    }
  });

  it('prints every action: what, who and when, as written', () => {
    expect(data.actions).toHaveLength(200);
    for (const action of data.actions) {
      expect(full.text).toContain(flat(action.title));
      if (action.owner) expect(full.text).toContain(flat(action.owner.name));
      if (action.dueDate) expect(full.text).toContain(printedDate(dutchDate, action.dueDate));
    }
  });

  it('marks every action without owner or date in words', () => {
    const count = (words: string) => full.text.split(words).length - 1;
    expect(count('Eigenaar ontbreekt')).toBe(data.actions.filter((action) => action.owner === null).length);
    expect(count('Datum ontbreekt')).toBe(data.actions.filter((action) => action.dueDate === null).length);
    const incomplete = data.actions.filter((action) => action.owner === null || action.dueDate === null).length;
    expect(full.text).toContain(`${incomplete} acties zijn onvolledig`);
  });

  it('names every participant, in Latin, Greek and Cyrillic script', () => {
    for (const participant of data.participants) expect(full.text).toContain(flat(participant.name));
  });

  it('numbers and dates every page, in Dutch', () => {
    expect(full.pages).toBeGreaterThan(20);
    for (let page = 1; page <= full.pages; page += 1) expect(full.text).toContain(`pagina ${page} van ${full.pages}`);
    expect(full.text.split('Geëxporteerd op 22 november 2026').length - 1).toBe(full.pages);
    expect(full.text.split(data.workshop.title).length - 1).toBeGreaterThanOrEqual(full.pages);
  });

  it('describes itself: title, author, subject, creator and language', () => {
    expect(full.info['Title']).toBe(`Actieplan ${data.workshop.title}`);
    expect(full.info['Author']).toBe('Actieplaat');
    expect(full.info['Creator']).toBe('Actieplaat');
    expect(full.info['Subject']).toContain('22 november 2026');
    expect(full.raw).toContain('/Lang (nl)');
  });

  it('keeps every word inside the margins and off every other word', () => {
    expect(layoutProblems(full.file)).toEqual([]);
    expect(layoutProblems(oneTeam.file)).toEqual([]);
  });

  it('stays small: at most 1.5 MB with all notes', () => {
    expect(full.size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  });

  it("for one team, holds that team's actions and nothing of the other teams", () => {
    const own = data.actions.filter((action) => action.teamId === team.id);
    expect(oneTeam.text).toContain(`Dit actieplan gaat alleen over ${team.name}.`);
    expect(oneTeam.text).toContain(`${own.length} acties, op datum`);
    for (const action of own) expect(oneTeam.text).toContain(flat(action.title));
    for (const other of data.teams.filter((candidate) => candidate.id !== team.id)) expect(oneTeam.text).not.toContain(other.name);
    expect(oneTeam.text).not.toContain('Hele workshop');
    const section = oneTeam.text.slice(oneTeam.text.lastIndexOf('Actieplan '));
    expect(section.split(team.name).length - 1).toBeGreaterThanOrEqual(own.length);
  });

  it('leaves the notes out when asked', () => {
    const note = data.notes.find((candidate) => candidate.text.startsWith('VOG regelen'))!;
    expect(full.text).toContain('Notities (');
    expect(full.text).toContain(flat(note.text));
    expect(withoutNotes.text).not.toMatch(/Notities? \(/);
    expect(withoutNotes.text).not.toContain('VOG regelen voor');
    expect(withoutNotes.size).toBeLessThan(full.size);
  });
});

describe('the PDF action plan under stress (longest texts, five scripts, own elements, in English)', () => {
  const data = stressWorkshop();
  let plan: Built;

  beforeAll(async () => {
    plan = await build('stress', data, { includeNotes: true });
  }, 60_000);

  it('is a valid PDF with only the embedded Noto Sans', () => {
    expect(() => run('qpdf', ['--check', plan.file])).not.toThrow();
    const list = fontsOf(plan.file);
    expect(list).toHaveLength(2);
    expect(list.every((font) => font.embedded && /^[A-Z]{6}\+NotoSans-(Regular|Bold)$/.test(font.name))).toBe(true);
  });

  it('carries the five names intact, as owners and as participants', () => {
    for (const name of stressNames) expect(plan.text.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
  });

  it('prints every 500-character action title whole, with its owner and date', () => {
    for (const action of data.actions) {
      expect(plan.text).toContain(flat(action.title));
      if (action.owner) expect(plan.text).toContain(flat(action.owner.name));
      if (action.dueDate) expect(plan.text).toContain(printedDate(englishDate, action.dueDate));
    }
    expect(plan.text.split('Owner missing').length - 1).toBe(2);
    expect(plan.text.split('Date missing').length - 1).toBe(2);
  });

  it('prints the 2,000-character afspraken and goal whole', () => {
    const agreements = data.assessments.find((assessment) => assessment.agreements.length === 2000)!.agreements;
    expect(plan.text).toContain(flat(agreements));
    expect(plan.text).toContain(flat(data.workshop.goal!));
  });

  it('shows a character the font lacks as a replacement mark instead of dropping it', () => {
    expect(plan.text).toContain('Thumbs up \uFFFD from the whole table');
  });

  it('speaks English: texts, dates, page numbers and the document language', () => {
    expect(plan.text).toContain('Action plan');
    expect(plan.text).toContain(`page 1 of ${plan.pages}`);
    expect(plan.text).toContain('Exported on 22 November 2026');
    expect(plan.info['Author']).toBe('Мария');
    expect(plan.raw).toContain('/Lang (en-GB)');
  });

  it('keeps every word inside the margins and off every other word', () => {
    expect(layoutProblems(plan.file)).toEqual([]);
  });
});

describe('the PDF action plan of a workshop that has only just begun', () => {
  it('says there is nothing yet instead of leaving holes', async () => {
    const data = createWorkshopData({ title: 'Eerste verkenning', date: '2026-12-03', language: 'nl', organisations: [] }, 'Tafel 1', {
      newId: () => crypto.randomUUID(),
      now: () => '2026-11-22T10:00:00.000Z',
    });
    const plan = await build('empty', data, { includeNotes: true });
    expect(() => run('qpdf', ['--check', plan.file])).not.toThrow();
    for (const text of [
      '3 december 2026',
      'Nog geen partnerorganisaties vastgelegd.',
      'Nog geen element gescoord met aandacht boven 0.',
      'Nog geen acties vastgelegd.',
      'Geen deelnemers vastgelegd.',
    ]) {
      expect(plan.text).toContain(text);
    }
    expect(layoutProblems(plan.file)).toEqual([]);
  });
});

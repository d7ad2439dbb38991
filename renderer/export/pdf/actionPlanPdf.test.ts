// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { stressNames, stressWorkshop } from '../../../shared/export/actionPlanStress.fixture';
import { benchmarkWorkshop } from '../../../tests/fixtures/benchmarkWorkshop';
import { blankWorkshop } from '../../../tests/support/blankWorkshop';
import { build, flat, fontsOf, layoutProblems, run, type Built } from '../../../tests/fixtures/pdfReader';

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
    const data = blankWorkshop({ title: 'Eerste verkenning', date: '2026-12-03' });
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

import { describe, expect, it } from 'vitest';
import { buildActionPlanDocument } from './actionPlan';
import { followUpChain } from './followUp.fixture';

const today = '2026-11-22';
const { first, second, third } = followUpChain();

describe("the action plan's progress section", () => {
  it('is absent for a workshop that follows none', () => {
    const plan = buildActionPlanDocument(first, { includeNotes: true, language: 'nl', today });
    expect(plan).not.toHaveProperty('progress');
  });

  it('compares with the session the follow-up directly follows, per theme then and now', () => {
    const progress = buildActionPlanDocument(second, { includeNotes: true, language: 'nl', today }).progress!;
    expect(progress.previous).toEqual({ title: 'Startsessie Brainport', date: '2026-03-12' });
    expect(progress.sessions).toEqual([progress.previous]);
    // Meerwaarde (2 + 3 + 1 + 2) / 4 → (4 + 3 + 2 + 1) / 4; Maatwerk (1 + 3) / 2 → (1 + 2) / 2;
    // Mogelijkheden 2 → (4 + 3) / 2; Matching unscored → 2.
    expect(progress.themes.map((theme) => [theme.ordinal, theme.themeTitle, theme.before, theme.now, theme.change])).toEqual([
      [1, 'Meerwaarde', 2, 2.5, 0.5],
      [2, 'Maatwerk', 2, 1.5, -0.5],
      [3, 'Mogelijkheden', 2, 3.5, 1.5],
      [4, 'Matching', null, 2, null],
    ]);
  });

  it('names the movers with their team and element, the largest first, in team and plate order on a tie', () => {
    const progress = buildActionPlanDocument(second, { includeNotes: true, language: 'en', today }).progress!;
    const row = (moved: (typeof progress.up)[number]) =>
      `${moved.team.name} ${moved.element.number} ${moved.element.title}: ${moved.before} → ${moved.now} (${moved.change})`;
    expect(progress.up.map(row)).toEqual([
      'Noord 1.1 More meaningful work: 2 → 4 (2)',
      'Noord 3.1 Secondment and loan: 2 → 4 (2)',
      'Zuid 1.1 More meaningful work: 1 → 2 (1)',
    ]);
    expect(progress.down.map(row)).toEqual([
      'Zuid 1.2 Less loss of service quality: 2 → 1 (-1)',
      'Zuid 2.1 Availability and commitment: 3 → 2 (-1)',
    ]);
  });

  it('counts what became of the actions and names the ones done since and dropped, with their team and status then', () => {
    const progress = buildActionPlanDocument(second, { includeNotes: true, language: 'nl', today }).progress!;
    expect(progress.actionCounts).toEqual({ done: 3, doneSince: 2, inProgress: 1, open: 2, overdue: 1, added: 2, dropped: 1 });
    expect(progress.doneSince).toEqual([
      { title: 'Pilot hybride docenten opzetten', teamName: 'Noord', statusThen: 'open' },
      { title: 'Contract voor detachering opstellen', teamName: 'Zuid', statusThen: 'bezig' },
    ]);
    expect(progress.dropped).toEqual([{ title: 'Intranetpagina over de samenwerking maken', statusThen: 'open' }]);
  });

  it('keeps the means of every session of a longer chain, the first first', () => {
    const progress = buildActionPlanDocument(third, { includeNotes: true, language: 'nl', today }).progress!;
    expect(progress.sessions.map((session) => session.title)).toEqual(['Startsessie Brainport', 'Tweede sessie Brainport']);
    expect(progress.previous.title).toBe('Tweede sessie Brainport');
    expect(progress.themes.map((theme) => theme.means)).toEqual([
      [2, 2.5, 3.5],
      [2, 1.5, 2],
      [2, 3.5, 3.5],
      [null, 2, 1],
    ]);
  });

  it("in one team's plan, covers only that team's scores and actions", () => {
    const noord = second.teams[0]!;
    const progress = buildActionPlanDocument(second, { includeNotes: true, language: 'nl', today, teamId: noord.id }).progress!;
    expect(progress.themes.map((theme) => [theme.before, theme.now])).toEqual([
      [2.5, 3.5],
      [1, 1],
      [2, 4],
      [null, null],
    ]);
    expect([...progress.up, ...progress.down].every((moved) => moved.team.id === noord.id)).toBe(true);
    expect(progress.up).toHaveLength(2);
    expect(progress.down).toEqual([]);
    expect(progress.actionCounts).toEqual({ done: 2, doneSince: 1, inProgress: 0, open: 1, overdue: 0, added: 1, dropped: 0 });
    expect(progress.doneSince.map((action) => action.title)).toEqual(['Pilot hybride docenten opzetten']);
  });
});

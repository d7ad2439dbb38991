import { describe, expect, it } from 'vitest';
import { actionRecord, assessmentRecord } from '../../tests/support/records';
import { defaultTemplate } from '../canvas/defaultTemplate';
import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { EarlierSession } from '../model/session';
import { progressOf } from './progress';

const teams = [
  { id: 'zuid', name: 'Zuid' },
  { id: 'noord', name: 'Noord' },
];
const themeOf = (elementId: string) =>
  defaultTemplate.themes.find((theme) => theme.elements.some((element) => element.id === elementId))!.id;
const [first, second] = defaultTemplate.themes[0]!.elements.map((element) => element.id) as [string, string];
const otherTheme = defaultTemplate.themes[1]!.elements[0]!.id;

const score = (teamId: string, elementId: string, maturity: Assessment['maturity'], notApplicable = false): Assessment =>
  assessmentRecord(teamId, elementId, { maturity, importance: 2, notApplicable, updatedAt: '2026-12-01T10:00:00.000Z' });
const sessionScore = ({ updatedAt: _updatedAt, ...rest }: Assessment) => rest;
const action = (id: string, status: Action['status'], dueDate: string | null = null): Action =>
  actionRecord(id, { elementIds: [], dueDate, status, createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z' });
const session = (title: string, assessments: Assessment[], actions: Action[]): EarlierSession => ({
  workshop: { id: title, title, date: '2026-06-01' },
  takenAt: '2026-12-01T09:00:00.000Z',
  teams,
  assessments: assessments.map(sessionScore),
  actions: actions.map(({ id, title: actionTitle, elementIds, owner, dueDate, status }) => ({
    id,
    title: actionTitle,
    elementIds,
    owner,
    dueDate,
    status,
  })),
});

describe('progressOf', () => {
  it('is undefined for a workshop that follows none', () => {
    expect(progressOf({ template: defaultTemplate, teams, assessments: [], actions: [] }, '2026-12-01')).toBeUndefined();
  });

  it('gives each team’s stand then and now per element, the movers, and per theme the means of every session', () => {
    const earliest = session('Voorjaar', [score('zuid', first, 1), score('noord', first, 1)], []);
    const previous = session(
      'Zomer',
      [
        score('zuid', first, 2),
        score('noord', first, 4),
        score('zuid', second, 3),
        score('noord', second, 2, true),
        score('zuid', otherTheme, 5),
      ],
      [],
    );
    const now = [
      score('zuid', first, 4),
      score('noord', first, 3),
      score('zuid', second, 3),
      score('noord', second, 5),
      score('zuid', otherTheme, 2),
    ];
    const progress = progressOf(
      { template: defaultTemplate, teams, assessments: now, actions: [], earlierSessions: [earliest, previous] },
      '2026-12-01',
    )!;

    const change = (teamId: string, elementId: string) =>
      progress.elements.find((element) => element.teamId === teamId && element.elementId === elementId);
    expect(change('zuid', first)).toMatchObject({ before: 2, now: 4, change: 2, themeId: themeOf(first) });
    expect(change('noord', first)).toMatchObject({ before: 4, now: 3, change: -1 });
    expect(change('zuid', second)).toMatchObject({ before: 3, now: 3, change: 0 });
    // n.v.t. then: no stand to compare with.
    expect(change('noord', second)).toMatchObject({ before: null, now: 5, change: null });
    expect(progress.elements).toHaveLength(teams.length * 20);

    expect(progress.up.map((element) => [element.teamId, element.elementId, element.change])).toEqual([['zuid', first, 2]]);
    expect(progress.down.map((element) => [element.teamId, element.elementId, element.change])).toEqual([
      ['zuid', otherTheme, -3],
      ['noord', first, -1],
    ]);

    // First theme: Voorjaar (1+1)/2 = 1; Zomer (2+4+3)/3 = 3; now (4+3+3+5)/4 = 3.75.
    const theme = progress.themes[0]!;
    expect(theme.means).toEqual([1, 3, 3.75]);
    expect(theme).toMatchObject({ before: 3, now: 3.75, change: 0.75 });
    expect(progress.themes[1]).toMatchObject({ means: [null, 5, 2], change: -3 });
    expect(progress.themes[2]).toMatchObject({ means: [null, null, null], change: null });
  });

  it('says which actions are done, in progress, overdue, new since and dropped, and each one’s status then', () => {
    const previous = session('Zomer', [], [action('a1', 'open'), action('a2', 'bezig'), action('a3', 'klaar'), action('a4', 'open')]);
    const now = [action('a1', 'klaar'), action('a2', 'bezig', '2026-11-01'), action('a3', 'klaar'), action('a5', 'open', '2027-01-01')];
    const { actions } = progressOf(
      { template: defaultTemplate, teams, assessments: [], actions: now, earlierSessions: [previous] },
      '2026-12-01',
    )!;
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(actions.done)).toEqual(['a1', 'a3']);
    expect(ids(actions.doneSince)).toEqual(['a1']);
    expect(ids(actions.inProgress)).toEqual(['a2']);
    expect(ids(actions.open)).toEqual(['a5']);
    expect(ids(actions.overdue)).toEqual(['a2']);
    expect(ids(actions.added)).toEqual(['a5']);
    expect(ids(actions.dropped)).toEqual(['a4']);
    expect([...actions.earlierStatus]).toEqual([
      ['a1', 'open'],
      ['a2', 'bezig'],
      ['a3', 'klaar'],
      ['a4', 'open'],
    ]);
  });
});

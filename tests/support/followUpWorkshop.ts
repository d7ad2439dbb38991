import type { Maturity } from '../../shared/model/assessment';
import type { Page } from '@playwright/test';
import type { Action } from '../../shared/model/action';
import type { WorkshopData } from '../../shared/model/workshopData';
import { followUpData } from '../../shared/workshop/followUp';
import { createWorkshopData, type RecordFactory } from '../../shared/workshop/newWorkshop';
import { fixedClock, sequentialIds, testRecordFactory } from './recordFactory';
import { actionRecord, assessmentRecord } from './records';
import { seedDatabase, storedRows } from './seedWorkshop';

/** A team's stand per element in one session: element id → stand, or `nvt`. */
export type SessionScores = Record<string, Maturity | 'nvt'>;

/** What one session holds, for `followUpChain`: both tables' scores and what happens to the actions during it. */
export interface SessionScript {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
  zorg: SessionScores;
  techniek: SessionScores;
  /** New actions agreed in this session. */
  add?: ReadonlyArray<Partial<Action> & { title: string }>;
  /** Carried-over actions whose status changes in this session, by title. */
  status?: Record<string, Action['status']>;
  /** Carried-over actions deleted in this session, by title. */
  remove?: readonly string[];
}

/**
 * A workshop followed up as the app does it (`followUpData`), once per session after the first, with the
 * scores and action changes each session made: the last session is the follow-up that is open, the
 * others its earlier sessions. Two tables, "Tafel Zorg" and "Tafel Techniek", in that order.
 */
export function followUpChain(sessions: readonly SessionScript[]): WorkshopData {
  const factory = testRecordFactory({ newId: sequentialIds('progress-e2e'), now: fixedClock('2026-03-12T10:00:00.000Z') });
  const [first, ...rest] = sessions;
  let data = createWorkshopData(
    { title: first!.title, date: first!.date, language: 'nl', organisations: [{ name: 'Zorgnetwerk Noord', kind: 'cruciaal' }] },
    'Tafel Zorg',
    factory,
  );
  data.teams.push({ id: factory.newId(), name: 'Tafel Techniek', colour: '#6941c6' });
  play(data, first!, factory);
  for (const session of rest) {
    data = followUpData(data, { title: session.title, date: session.date }, factory);
    play(data, session, factory);
  }
  return data;
}

function play(data: WorkshopData, session: SessionScript, factory: RecordFactory): void {
  const [zorg, techniek] = data.teams;
  for (const [team, scores] of [
    [zorg!, session.zorg],
    [techniek!, session.techniek],
  ] as const)
    for (const [elementId, stand] of Object.entries(scores))
      data.assessments.push(
        assessmentRecord(team.id, elementId, {
          maturity: stand === 'nvt' ? null : stand,
          importance: 2,
          notApplicable: stand === 'nvt',
          updatedAt: factory.now(),
        }),
      );
  data.actions = data.actions.filter((action) => !session.remove?.includes(action.title));
  for (const action of data.actions) action.status = session.status?.[action.title] ?? action.status;
  for (const action of session.add ?? [])
    data.actions.push(
      actionRecord(factory.newId(), {
        teamId: zorg!.id,
        owner: { name: 'Şahin Yılmaz', organisation: 'Catharina Ziekenhuis' },
        createdAt: factory.now(),
        updatedAt: factory.now(),
        ...action,
      }),
    );
}

/** Puts a follow-up into the app's database, its earlier sessions with it (one row each, as the repository keeps them). */
export async function seedFollowUp(page: Page, data: WorkshopData): Promise<void> {
  const workshopId = data.workshop.id;
  const sessions = (data.earlierSessions ?? []).map((session, position) => ({ ...session, workshopId, position }));
  await page.goto('/');
  await page.locator('#main').waitFor();
  await page.evaluate(seedDatabase, { ...storedRows(data), sessions });
}

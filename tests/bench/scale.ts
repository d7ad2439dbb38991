/**
 * The scale workshop (10,000 notes, 1,000 actions) in a profile of its own: it opens, its busiest
 * element's panel and the action list show, the list scrolls to its end and its last action is edited.
 * The action list's steps run on the 8-team workshop too, as their baseline.
 */
import type { Browser, Page } from '@playwright/test';
import type { Action } from '../../shared/model/action';
import { nl } from '../../shared/i18n/nl';
import { actionStatuses } from '../../shared/model/vocabulary';
import type { WorkshopData } from '../../shared/model/workshopData';
import { seedDatabase, storedRows } from '../support/seedWorkshop';
import { jsHeapUsed } from './heap';
import {
  type BenchWindow,
  type Focus,
  type ProbeConfig,
  measureCommits,
  measureShown,
  openAndMeasure,
  probedPage,
  waitShown,
} from './probes';

/** Status picks on the last action per run. */
const EDITS_PER_RUN = 5;

export interface ListRun {
  /** Click on "Acties" → the first rows, painted, ms (the list's code is loaded on first use: included). */
  list: number;
  /** Scroll to the page's end → the last row drawn and painted, ms. */
  scrollEnd: number;
  /** The last action's status picked → committed in IndexedDB, ms, one per pick. */
  edits: number[];
}

export interface ScaleRun extends ListRun {
  /** Navigation start → plate interactive, ms. */
  open: number;
  /** Click on the busiest element → its panel shows notes, painted, ms. */
  panel: number;
  /** JS heap after all of that, bytes. */
  heap: number;
}

/** From the plate: open the action list, scroll to its end and pick another status for the last action, a few times. */
export async function measureActionList(app: Page, data: WorkshopData): Promise<ListRun> {
  const list = await measureShown(app, '.action-table tbody tr[aria-rowindex]', () =>
    app.getByRole('link', { name: 'Acties', exact: true }).click(),
  );
  const lastRow = `.action-table tr[aria-rowindex="${data.actions.length + 1}"]`;
  await app.evaluate((selector) => {
    (window as unknown as BenchWindow).__bench.armShown(selector, true);
    window.scrollTo(0, document.documentElement.scrollHeight);
  }, lastRow);
  const scrollEnd = await waitShown(app);
  const last = await actionInRow(app, lastRow, data);
  const status = app.locator(`${lastRow} select.status-select`);
  const others = actionStatuses.filter((candidate) => candidate !== last.status);
  const pick = (i: number) => others[i % 2]!;
  const edits = await measureCommits(app, (i) => status.selectOption(pick(i)), last.id, pick, {
    field: 'status',
    count: EDITS_PER_RUN,
    store: 'actions',
  });
  return { list, scrollEnd, edits: edits.map((edit) => edit.total) };
}

/** The action a row shows, found by its fields (the list's order is the app's business). */
async function actionInRow(page: Page, row: string, data: WorkshopData): Promise<Action> {
  const value = (field: string) => page.locator(`${row} ${field}`).inputValue();
  const [title, owner, dueDate, firstStep] = await Promise.all([
    value('td.cell-title input'),
    value('input[id$="-owner"]'),
    value('input[type="date"]'),
    value('input[id$="-step"]'),
  ]);
  const found = data.actions.filter(
    (action) =>
      action.title === title &&
      (action.owner?.name ?? '') === owner &&
      (action.dueDate ?? '') === dueDate &&
      (action.firstStep ?? '') === firstStep,
  );
  if (found.length !== 1) throw new Error(`${found.length} actions match the row “${title}”, ${owner}, ${dueDate}`);
  return found[0]!;
}

export function plateProbe(focus: Focus, store: string): ProbeConfig {
  return {
    ready: {
      selector: '.element-open',
      count: 20,
      busy: '.plate-area',
      card: { title: focus.title, text: `${focus.maturity} · ${nl.scoring.maturityLevels[String(focus.maturity) as '1']}` },
    },
    database: 'actieplaat',
    store,
  };
}

export async function measureScaleRun(browser: Browser, origin: string, data: WorkshopData, focus: Focus): Promise<ScaleRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  try {
    const seeder = await probedPage(context, { ready: { selector: '#main', count: 1 }, database: 'actieplaat', store: 'none' });
    await openAndMeasure(seeder, `${origin}/`);
    await seeder.evaluate(seedDatabase, storedRows(data));
    await seeder.close();

    const app = await probedPage(context, plateProbe(focus, 'assessments'));
    const open = (await openAndMeasure(app, `${origin}/#/workshop/${focus.workshopId}?team=${focus.teamId}`))['interactive']!;

    const panel = await measureShown(app, '.element-panel .note', () =>
      app.getByRole('button', { name: focus.title, exact: true }).click(),
    );
    await app.keyboard.press('Escape');
    await app.getByRole('dialog').waitFor({ state: 'detached' });

    const lists = await measureActionList(app, data);
    const heap = await jsHeapUsed(app);
    return { open, panel, ...lists, heap };
  } finally {
    await context.close();
  }
}

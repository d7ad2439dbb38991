import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { defaultTemplate } from '../../shared/canvas/defaultTemplate';
import type { WorkshopData } from '../../shared/model/workshopData';
import { tool, writeTemp } from '../support/files';
import { seedWorkshop } from '../support/seedWorkshop';

/**
 * A partnership meets again: a first session with two teams scored and four actions, a follow-up
 * started from the library, scored again, two action statuses changed and one action added. The plate
 * shows what moved, the element panel the afspraken of then; the Voortgang view and the PDF's progress
 * section give the figures computed by hand below; and the follow-up stays whole when the first
 * workshop is deleted.
 *
 * By hand (stand van zaken; only theme 4, Matching, is scored):
 * - then: Zuid vraag 2, aanbod 3; Noord vraag 3, aanbod 2 → mean (2 + 3 + 3 + 2) / 4 = 2,5
 * - now:  Zuid vraag 4, aanbod 2; Noord vraag 3 (aanbod not scored again) → mean (4 + 2 + 3) / 3 = 3,0; +0,5
 * - moved up: Zuid vraag +2; down: Zuid aanbod −1; Noord vraag 3 → 3 is no move
 * - actions: a1 open → klaar, a3 open → bezig, one added; a2 bezig and a4 klaar unchanged. On 1 December
 *   2026: klaar 2 (a1, a4), klaar since then 1 (a1), bezig 2 (a2, a3), open 1 (the new one), overdue 2
 *   (a2 and a3, due 1 September, not done), new since then 1, dropped 0.
 */

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 10, minute)).toISOString();
const title = (elementId: string) =>
  defaultTemplate.themes.flatMap((theme) => theme.elements).find((element) => element.id === elementId)!.title.nl;

function firstSession(): WorkshopData {
  const score = (teamId: string, elementId: string, maturity: 1 | 2 | 3 | 4 | 5, agreements = '') => ({
    teamId,
    elementId,
    maturity,
    importance: 3 as const,
    notApplicable: false,
    agreements,
    updatedAt: at(10),
  });
  const action = (id: string, actionTitle: string, status: 'open' | 'bezig' | 'klaar', teamId: string) => ({
    id,
    title: actionTitle,
    teamId,
    elementIds: ['matching.vraag'],
    owner: { name: 'Anouk de Vries' },
    dueDate: '2026-09-01',
    status,
    createdAt: at(20),
    updatedAt: at(20),
  });
  return {
    workshop: {
      id: 'first-session',
      title: 'Zorgreserve Noord',
      date: '2026-06-01',
      language: 'nl',
      organisations: [{ name: 'UMCG', kind: 'cruciaal' }],
      createdAt: at(0),
      updatedAt: at(30),
    },
    template: structuredClone(defaultTemplate),
    teams: [
      { id: 'zuid', name: 'Zuid', colour: '#0F766E' },
      { id: 'noord', name: 'Noord', colour: '#1E3A8A' },
    ],
    participants: [
      { id: 'p1', name: 'Anouk de Vries', teamId: 'zuid' },
      { id: 'p2', name: 'Bram Peeters', teamId: 'noord' },
    ],
    assessments: [
      score('zuid', 'matching.vraag', 2, 'Roosters delen met de ziekenhuizen'),
      score('zuid', 'matching.aanbod', 3),
      score('noord', 'matching.vraag', 3),
      score('noord', 'matching.aanbod', 2),
    ],
    notes: [],
    actions: [
      action('a1', 'Pool van reservisten opzetten', 'open', 'zuid'),
      action('a2', 'Roosters koppelen', 'bezig', 'zuid'),
      action('a3', 'Vacatures bundelen', 'open', 'noord'),
      action('a4', 'Intake organiseren', 'klaar', 'noord'),
    ],
    votes: [],
  };
}

/** Scores an element's stand in the open element panel, then closes the panel. */
async function score(page: Page, elementId: string, level: string): Promise<void> {
  await page.getByRole('button', { name: title(elementId), exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByRole('group', { name: 'Stand van zaken' }).getByText(level, { exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status')).toHaveText('Opgeslagen');
  await page.keyboard.press('Escape');
}

test('a follow-up started from the library shows on the plate and in the panel what moved since the first session', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-12-01T10:00:00+01:00') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedWorkshop(page, firstSession());
  await page.goto('/');

  await page.getByRole('button', { name: 'Meer acties voor Zorgreserve Noord' }).click();
  await page.getByRole('menuitem', { name: 'Vervolgsessie starten…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vervolgsessie starten' });
  await expect(dialog.getByLabel('Titel van de vervolgsessie')).toHaveValue('Zorgreserve Noord (vervolg)');
  await expect(dialog.getByLabel('Titel van de vervolgsessie')).toBeFocused();
  await expect(dialog.getByLabel('Datum van de vervolgsessie')).toHaveValue('2026-12-01');
  await expect(dialog).toContainText('De acties gaan mee, met hun status.');
  await page.screenshot({ path: 'test-results/screens/follow-up-dialog-nl-1280.png' });
  await dialog.getByRole('button', { name: 'Vervolgsessie starten' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Zorgreserve Noord (vervolg)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voortgang', exact: true })).toBeVisible();
  const teams = page.getByRole('group', { name: 'Canvas van team' });
  await expect(teams.getByRole('button', { name: 'Zuid' })).toHaveAttribute('aria-pressed', 'true');
  const vraag = page.getByRole('article', { name: title('matching.vraag') });
  // Not scored again yet: no comparison.
  await expect(vraag).toContainText('Nog niet gescoord');
  await expect(vraag.getByText(/^was /)).toHaveCount(0);

  // The panel shows what the team scored and agreed then, for reference.
  await page.getByRole('button', { name: title('matching.vraag'), exact: true }).click();
  const earlier = page.getByRole('complementary', { name: 'Vorige sessie: Zorgreserve Noord, 1 juni 2026' });
  await expect(earlier).toContainText('Stand van zaken 2 · Verkend');
  await expect(earlier).toContainText('Roosters delen met de ziekenhuizen');
  await earlier.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/follow-up-panel-nl-1280.png' });
  await page.keyboard.press('Escape');

  // Zuid: vraag 2 → 4, aanbod 3 → 2.
  await score(page, 'matching.vraag', 'Afgesproken');
  await score(page, 'matching.aanbod', 'Verkend');
  await expect(vraag.getByText('was 2')).toBeVisible();
  await expect(vraag).toContainText('+2');
  await expect(vraag).toContainText('Bij de vorige sessie 2: 2 hoger.');
  const aanbod = page.getByRole('article', { name: title('matching.aanbod') });
  await expect(aanbod.getByText('was 3')).toBeVisible();
  await expect(aanbod).toContainText('−1');
  await page.screenshot({ path: 'test-results/screens/follow-up-plate-nl-1280.png' });

  // Noord: vraag 3 → 3.
  await teams.getByRole('button', { name: 'Noord' }).click();
  await score(page, 'matching.vraag', 'In voorbereiding');
  await expect(vraag.getByText('was 3')).toBeVisible();
  await expect(vraag).toContainText('±0');

  // Two actions move on, one is agreed.
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  const row = (actionTitle: string) => page.getByRole('row').filter({ has: page.locator(`input[value="${actionTitle}"]`) });
  await row('Pool van reservisten opzetten').getByLabel('Status').selectOption({ label: 'Klaar' });
  await row('Vacatures bundelen').getByLabel('Status').selectOption({ label: 'Bezig' });
  await expect(row('Pool van reservisten opzetten')).toContainText('toen: open');
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  await page.getByRole('button', { name: title('matching.vraag'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nieuwe actie' }).first().click();
  const form = page.getByRole('dialog', { name: 'Nieuwe actie' });
  await form.getByRole('textbox', { name: 'Wat' }).fill('Evaluatie met de ziekenhuizen plannen');
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(form).toBeHidden();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  await expect(row('Evaluatie met de ziekenhuizen plannen')).toContainText('nieuw');

  await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Voortgang sinds Zorgreserve Noord, 1 juni 2026' })).toBeVisible();
  const rowOf = (scope: Locator, header: string | RegExp) =>
    scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header }) });
  const themes = page.getByRole('table', { name: /per thema \(1–5\): toen, nu en het verschil/ });
  await expect(rowOf(themes, '4. Matching').getByRole('cell')).toHaveText(['2,5', '3,0', '+0,5']);
  await expect(rowOf(themes, '1. Meerwaarde').getByRole('cell')).toHaveText(['–', '–', '–']);
  await expect(page.getByRole('list', { name: 'Meest gestegen' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Meest gestegen' }).getByRole('listitem')).toContainText(['Vraag in beeld']);
  await expect(page.getByRole('list', { name: 'Meest gedaald' }).getByRole('listitem')).toContainText(['Aanbod in beeld']);
  const elements = page.getByRole('table', { name: 'Stand van zaken per element en team, toen en nu' });
  await expect(rowOf(elements, /Vraag in beeld$/).getByRole('cell')).toHaveText(['2 → 4 (+2)', '3 → 3 (0)']);
  await expect(rowOf(elements, /Aanbod in beeld$/).getByRole('cell')).toHaveText(['3 → 2 (−1)', '2 → –']);
  const counts = page.getByRole('region', { name: 'Acties sinds toen' }).locator('.action-count');
  await expect(counts.locator('dd')).toHaveText(['2', '1', '2', '1', '2', '1', '0']);
  await expect(page.getByRole('list', { name: 'Nieuwe acties' }).getByRole('listitem')).toHaveText([
    'Evaluatie met de ziekenhuizen plannen',
  ]);
  await page.screenshot({ path: 'test-results/screens/follow-up-progress-nl-1280.png', fullPage: true });

  // The PDF says the same, right after the summary.
  await page.getByRole('button', { name: 'Delen' }).click();
  await page.getByRole('menuitem', { name: 'Actieplan (PDF)…' }).click();
  const pdfDialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    pdfDialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  const path = writeTemp('follow-up-plan.pdf', await readFile((await download.path())!));
  const text = tool('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-']);
  const progressAt = text.indexOf('Voortgang sinds Zorgreserve Noord, 1 juni 2026');
  // The action plan's heading, a line to itself (the cover's first line says "Actieplan" too).
  const planAt = text.indexOf('\nActieplan\n');
  expect(progressAt).toBeGreaterThan(0);
  expect(progressAt).toBeLessThan(planAt);
  const progress = text.slice(progressAt, planAt);
  expect(progress).toMatch(/Matching\s+2,5\s+3,0\s+\+0,5/);
  expect(progress).toMatch(/Zuid\s+4\.1 Vraag in beeld\s+2 · Verkend\s+4 · Afgesproken\s+\+2/);
  expect(progress).toMatch(/Zuid\s+4\.2 Aanbod in beeld\s+3 · In voorbereiding\s+2 · Verkend\s+−1/);
  // Klaar, klaar sinds toen, bezig, open, verlopen, nieuw sinds toen, vervallen: as counted above.
  expect(progress).toMatch(/\n\s*2\s+1\s+2\s+1\s+2\s+1\s+0\s*\n/);
  expect(progress).toMatch(/Pool van reservisten opzetten\s+Zuid\s+Open/);
  tool('pdftoppm', ['-png', '-r', '60', path, 'test-results/screens/follow-up-plan']);

  // The first workshop deleted: the follow-up keeps what it compares with.
  const followUpUrl = page.url();
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  await page.getByRole('button', { name: 'Meer acties voor Zorgreserve Noord', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await page.getByRole('button', { name: 'Workshop verwijderen' }).click();
  await expect(page.getByRole('link', { name: 'Zorgreserve Noord', exact: true })).toHaveCount(0);
  await page.goto(followUpUrl);
  await expect(page.getByRole('heading', { level: 2, name: 'Voortgang sinds Zorgreserve Noord, 1 juni 2026' })).toBeVisible();
  await expect(rowOf(themes, '4. Matching').getByRole('cell')).toHaveText(['2,5', '3,0', '+0,5']);
});

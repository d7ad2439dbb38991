import { expect, test, type Page } from '@playwright/test';
import { defaultTemplate } from '../../shared/canvas/defaultTemplate';
import type { WorkshopData } from '../../shared/model/workshopData';
import { seedWorkshop } from '../support/seedWorkshop';

/**
 * A partnership meets again: a first session with two teams scored and four actions, a follow-up
 * started from the library, scored again, two action statuses changed and one action added. The plate
 * shows what moved, the element panel the afspraken of then, and the follow-up stays whole when the
 * first workshop is deleted.
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
      score('noord', 'matching.aanbod', 1),
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

  // The first workshop deleted: the follow-up keeps what it compares with.
  const followUpUrl = page.url();
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  await page.getByRole('button', { name: 'Meer acties voor Zorgreserve Noord', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await page.getByRole('button', { name: 'Workshop verwijderen' }).click();
  await expect(page.getByRole('link', { name: 'Zorgreserve Noord', exact: true })).toHaveCount(0);
  await page.goto(followUpUrl);
  await expect(page.getByRole('article', { name: title('matching.vraag') }).getByText('was 3')).toBeVisible();
});

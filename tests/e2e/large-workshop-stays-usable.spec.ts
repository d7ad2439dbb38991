import { expect, test, type Page } from '@playwright/test';
import { templateElements } from '../../shared/model/order';
import { scaleWorkshop } from '../fixtures/benchmarkWorkshop';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDatabase } from '../support/database';
import { seedWorkshop } from '../support/seedWorkshop';

// 10,000 notes and 1,000 actions: long lists are drawn as they scroll into view (renderer/components/virtualList.ts).
const data = scaleWorkshop();
const team = data.teams[0]!;

/** Where the focused field sits: its row's place in the table, or its note's place in the list. */
const focusedPlace = (page: Page) =>
  page.evaluate(() => {
    const place = document.activeElement?.closest('[aria-rowindex], [aria-posinset]');
    return Number(place?.getAttribute('aria-rowindex') ?? place?.getAttribute('aria-posinset') ?? Number.NaN);
  });

async function storedTitles(page: Page): Promise<string[]> {
  return ((await readDatabase(page))['actions'] as { title: string }[]).map((action) => action.title);
}

test('the action list of a thousand actions draws the rows in view, counts them all, and keeps the row being edited', async ({ page }) => {
  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}/actions`);
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(data.actions.length + 1));
  await expect(page.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  expect(await page.getByRole('row').count()).toBeLessThan(60);

  // Typing in the first row, then scrolling to the end: the row stays, focused, and what was typed is kept.
  const firstTitle = page.getByRole('row').nth(1).getByRole('textbox', { name: 'Wat' });
  const typed = `${await firstTitle.inputValue()} (eerste)`;
  await firstTitle.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (eerste)');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const lastRow = page.locator(`tr[aria-rowindex="${data.actions.length + 1}"]`);
  await expect(lastRow).toBeVisible();
  await expect(firstTitle).toBeFocused();
  await expect(firstTitle).toHaveValue(typed);

  // The last action is edited like any other.
  const lastTitle = lastRow.getByRole('textbox', { name: 'Wat' });
  await lastTitle.fill('Laatste actie van de lijst');
  await lastTitle.blur();
  await expect.poll(() => storedTitles(page)).toEqual(expect.arrayContaining([typed, 'Laatste actie van de lijst']));

  // Tab goes on past the rows that were drawn at first: from the last row in view, on into rows not yet drawn.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(firstTitle).toBeInViewport();
  const rows = page.locator('tr[aria-rowindex]');
  const drawn = await rows.evaluateAll((found) => {
    let last = 0;
    for (const row of found) {
      if (Number(row.getAttribute('aria-rowindex')) !== last + 1) break;
      last += 1;
    }
    return last;
  });
  const lastInView = await rows.evaluateAll((found) =>
    Math.max(
      ...found.filter((row) => row.getBoundingClientRect().bottom <= innerHeight).map((row) => Number(row.getAttribute('aria-rowindex'))),
    ),
  );
  expect(lastInView).toBeLessThan(drawn);
  await page.locator(`tr[aria-rowindex="${lastInView}"]`).getByRole('textbox', { name: 'Wat' }).focus();
  for (let presses = 0; presses < 200 && (await focusedPlace(page)) <= drawn; presses += 1) await page.keyboard.press('Tab');
  expect(await focusedPlace(page)).toBe(drawn + 1);
  await expectNoSeriousAxeViolations(page);
});

test('a busy element with a hundred and more notes: they are drawn as the panel scrolls, each says its place', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const note of data.notes) if (note.teamId === team.id) counts.set(note.elementId, (counts.get(note.elementId) ?? 0) + 1);
  const [elementId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  expect(count).toBeGreaterThan(100);
  const element = templateElements(data.template).find((candidate) => candidate.id === elementId)!;

  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}?team=${team.id}`);
  await page.getByRole('button', { name: element.title.nl, exact: true }).click();
  const panel = page.getByRole('dialog');
  const notes = panel.locator('.note-list > li');
  await expect(notes.first()).toHaveAttribute('aria-posinset', '1');
  await expect(notes.first()).toHaveAttribute('aria-setsize', String(count));
  expect(await notes.count()).toBeLessThan(30);

  // The first note's text is being edited when the panel scrolls to its end: it stays, focused.
  const firstText = notes.first().getByRole('textbox');
  await firstText.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (bovenaan)');
  await panel.evaluate((node) => node.scrollTo(0, node.scrollHeight));
  const lastNote = panel.locator(`.note-list > li[aria-posinset="${count}"]`);
  await expect(lastNote).toBeVisible();
  await expect(firstText).toBeFocused();

  await lastNote.getByRole('textbox').fill('De laatste notitie, na het scrollen bewerkt.');
  await lastNote.getByRole('textbox').blur();
  await expect
    .poll(
      async () => ((await readDatabase(page))['notes'] as { text: string }[]).filter((note) => note.text.endsWith(' (bovenaan)')).length,
    )
    .toBe(1);
  await expect
    .poll(async () =>
      ((await readDatabase(page))['notes'] as { text: string }[]).some(
        (note) => note.text === 'De laatste notitie, na het scrollen bewerkt.',
      ),
    )
    .toBe(true);
  await expectNoSeriousAxeViolations(page);
});

import { expect, test } from '@playwright/test';
import { actionsWorkshop, people } from '../support/actionsWorkshop';
import { readDatabase } from '../support/database';
import { seedWorkshop } from '../support/seedWorkshop';

// Each note in the panel names its author in a select. Not in use, that select holds only the chosen
// option (the bench's keystroke figure: forty participants' options under every note doubled the cost
// of each key); focused or pressed, it offers every participant before it opens.

test('a note’s author is shown, and chosen again by keyboard or pointer from all participants', async ({ page }) => {
  const data = actionsWorkshop();
  const zorg = data.teams[0]!.id;
  const at = '2026-11-22T10:00:00.000Z';
  data.notes.push(
    {
      id: 'note-1',
      teamId: zorg,
      elementId: 'matching.vraag',
      text: 'Roosters delen',
      colour: 'geel',
      authorId: 'p-sahin',
      createdAt: at,
      updatedAt: at,
    },
    { id: 'note-2', teamId: zorg, elementId: 'matching.vraag', text: 'Stageplaatsen', colour: 'blauw', createdAt: at, updatedAt: at },
  );
  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}`);
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  const panel = page.getByRole('dialog');
  const [first, second] = [0, 1].map((index) => panel.locator('.note').nth(index).getByLabel('Auteur'));

  // Each shows its author, or none; neither holds the other participants while not in use.
  await expect(first!.locator('option:checked')).toHaveText('Şahin Yılmaz');
  await expect(second!.locator('option:checked')).toHaveText('Geen auteur');
  await expect(first!.locator('option')).toHaveCount(2);
  await expect(second!.locator('option')).toHaveCount(1);

  // Keyboard: focused, it offers everyone; the choice is stored, and it is lean again once left.
  await first!.focus();
  await expect(first!.locator('option')).toHaveText(['Geen auteur', ...people.map((person) => person.name)]);
  await first!.selectOption({ label: 'Ζωή Παπαδοπούλου' });
  await page.keyboard.press('Tab');
  await expect(first!.locator('option:checked')).toHaveText('Ζωή Παπαδοπούλου');
  await expect(first!.locator('option')).toHaveCount(2);
  await expect
    .poll(
      async () =>
        ((await readDatabase(page))['notes'] as { id: string; authorId?: string }[]).find((note) => note.id === 'note-1')?.authorId,
    )
    .toBe('p-zoi');

  // Pointer: pressing it fills it before its list opens.
  await second!.click();
  await expect(second!.locator('option')).toHaveCount(1 + people.length);
  await page.keyboard.press('Escape');
});

import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { actionsWorkshop, people } from '../support/actionsWorkshop';
import { tool, writeTemp } from '../support/files';
import { seedWorkshop } from '../support/seedWorkshop';

const [lukasz, sahin, , maria] = people;
// All three have an owner and a date: only "verlopen" can flag them.
const data = actionsWorkshop([
  { title: 'Vacatures van de ziekenhuizen bundelen', owner: maria, dueDate: '2027-01-15', status: 'open' },
  { title: 'Rooster afstemmen', owner: sahin, dueDate: '2027-01-20', status: 'klaar', elementIds: ['maatwerk.opleiding'] },
  { title: 'Pilot starten', owner: lukasz, dueDate: '2027-03-01', status: 'bezig', elementIds: ['maatwerk.opleiding'] },
]);

test('an action past its date and not done is flagged "verlopen" on the plate, in the panel, in the list and in the PDF', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Today is 10 February 2027, whatever the machine's clock says.
  await page.clock.install({ time: new Date('2027-02-10T10:00:00+01:00') });
  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}?team=${data.teams[0]!.id}`);

  const vraag = page.getByRole('article', { name: 'Vraag in beeld' });
  await expect(vraag.getByTitle('1 verlopen')).toBeVisible();
  await expect(vraag).toHaveClass(/element-card-incomplete/);
  await expect(vraag.getByTitle(/onvolledig/)).toHaveCount(0);
  const opleiding = page.getByRole('article', { name: 'Opleiding en bijscholing' });
  await expect(opleiding.getByTitle(/verlopen/)).toHaveCount(0);
  await expect(opleiding).not.toHaveClass(/element-card-incomplete/);
  await page.screenshot({ path: 'test-results/screens/overdue-plate-nl-1280.png' });

  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  await expect(page.getByRole('dialog').getByRole('listitem', { name: 'Vacatures van de ziekenhuizen bundelen' })).toContainText(
    'Verlopen',
  );
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  await expect(page.getByText('3 acties in deze workshop · 1 verlopen')).toBeVisible();
  const row = (title: string) =>
    page.getByRole('row').filter({ has: page.getByRole('textbox', { name: 'Wat' }).and(page.locator(`[value="${title}"]`)) });
  await expect(row('Vacatures van de ziekenhuizen bundelen')).toContainText('Verlopen');
  await expect(row('Rooster afstemmen')).not.toContainText('Verlopen');
  await expect(row('Pilot starten')).not.toContainText('Verlopen');
  await page.screenshot({ path: 'test-results/screens/overdue-list-nl-1280.png' });

  await page.getByRole('button', { name: 'Actieplan (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    dialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  const path = writeTemp('overdue-plan.pdf', await readFile((await download.path())!));
  const text = tool('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-']);
  expect(text).toContain('1 actie is verlopen (datum voorbij, niet klaar) en is gemarkeerd.');
  const flagged = text.split('\n').filter((line) => /\bVerlopen\b/.test(line));
  expect(flagged).toHaveLength(1);
  // The flag stands under the date of the overdue action, in its row.
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes('Vacatures van de') && line.includes(maria.name));
  const overdueRow = lines.slice(at, at + 3).join('\n');
  expect(overdueRow).toContain('15 januari');
  expect(overdueRow).toMatch(/\bVerlopen\b/);
});

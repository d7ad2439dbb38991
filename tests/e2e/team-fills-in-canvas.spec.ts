import { expect, test, type Page } from '@playwright/test';
import { readDatabase, withoutEditTimes } from '../support/database';
import { newActionForm } from '../support/elementPanel';
import { createWorkshop } from '../support/library';

const maturityNames = ['Nog niet besproken', 'Verkend', 'In voorbereiding', 'Afgesproken', 'Werkt in de praktijk'];
const importanceNames = ['Laag', 'Midden', 'Hoog'];

const participants = [
  { name: 'Łukasz Wróbel', organisation: 'ASML', role: 'Engineer', team: 'Tafel Zorg' },
  { name: 'Şahin Yılmaz', organisation: 'Catharina Ziekenhuis', role: 'Teamleider', team: 'Tafel Zorg' },
  { name: 'Ζωή Παπαδοπούλου', organisation: 'Summa College', role: 'Docent', team: 'Tafel Techniek' },
  { name: 'Мария Иванова', organisation: 'Gemeente Eindhoven', role: 'Beleidsadviseur', team: 'Tafel Techniek' },
];

function panel(page: Page) {
  return page.getByRole('dialog');
}

async function openElement(page: Page, title: string) {
  if (await panel(page).isVisible()) await page.keyboard.press('Escape');
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function settled(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /Opgeslagen|Opslaan/ })).toHaveText(/Opgeslagen/);
}

test('a facilitator sets up two teams; team 1 scores all twenty elements, takes notes and agrees on actions; all of it survives a reload, and undo and redo restore exactly', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await createWorkshop(page, { title: 'Zorg en techniek Brainport', organisations: [{ name: 'ASML', kind: 'Reguliere werkgever' }] });

  // Set-up: two teams, four participants in four scripts.
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByRole('button', { name: 'Team toevoegen' }).click();
  const teamNames = page.getByRole('textbox', { name: 'Naam van het team' });
  await expect(teamNames).toHaveCount(2);
  await teamNames.nth(0).fill('Tafel Zorg');
  await teamNames.nth(1).fill('Tafel Techniek');
  await teamNames.nth(1).blur();
  await expect(page.getByRole('button', { name: 'Tafel Techniek verwijderen' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Deelnemer toevoegen' });
  for (const participant of participants) {
    await form.getByLabel('Naam').fill(participant.name);
    await form.getByLabel('Organisatie').fill(participant.organisation);
    await form.getByLabel('Rol').fill(participant.role);
    await form.getByLabel('Team').selectOption({ label: participant.team });
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect(form.getByLabel('Naam')).toHaveValue('');
  }
  for (const participant of participants) {
    await expect(page.locator(`input[value="${participant.name}"]`)).toBeVisible();
  }

  // The plate of Tafel Zorg: score all twenty elements.
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  await page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: 'Tafel Zorg' }).click();
  const titles = await page.locator('.element-open').allTextContents();
  expect(titles).toHaveLength(20);
  for (const [index, title] of titles.entries()) {
    await openElement(page, title);
    await panel(page)
      .getByRole('group', { name: 'Stand van zaken' })
      .getByText(maturityNames[index % 5]!, { exact: true })
      .click();
    await panel(page)
      .getByRole('group', { name: 'Belang' })
      .getByText(importanceNames[index % 3]!, { exact: true })
      .click();
    await expect(panel(page).getByRole('group', { name: 'Belang' }).getByRole('radio', { checked: true })).toHaveCount(1);
  }
  await settled(page);

  // Afspraken, notes, a move, and three actions (one without an owner).
  await openElement(page, 'Beschikbaarheid en betrokkenheid');
  await panel(page).getByLabel('Afspraken', { exact: true }).fill('Vier uur per week, op dinsdag. Łukasz begint in januari.');
  await panel(page)
    .getByPlaceholder(/Nieuwe notitie/)
    .fill('Roosters van ASML en het ziekenhuis naast elkaar leggen');
  await panel(page).getByLabel('Auteur').last().selectOption({ label: 'Łukasz Wróbel' });
  await panel(page).getByRole('button', { name: 'Notitie toevoegen' }).click();
  await panel(page)
    .getByPlaceholder(/Nieuwe notitie/)
    .fill('Wie vervangt Şahin op dinsdag?');
  await panel(page).getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(
    panel(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox') }),
  ).toHaveCount(2);

  // Move the second note to another element by the keyboard-accessible "Verplaats naar…".
  await panel(page).getByRole('listitem').nth(1).getByRole('button', { name: 'Verplaats naar…' }).click();
  const move = page.getByRole('dialog', { name: 'Notitie verplaatsen' });
  await move.getByLabel('Naar element').selectOption({ label: '2.4 Passend takenpakket' });
  await move.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(page.locator('.toast').getByText('Notitie verplaatst naar “Passend takenpakket” (Tafel Zorg).')).toBeVisible();
  await expect(panel(page).locator('.note')).toHaveCount(1);

  const addAction = async (title: string, owner: string, dueDate: string) => {
    const form = await newActionForm(page);
    await form.getByLabel('Wat', { exact: true }).fill(title);
    await form.getByLabel('Wie', { exact: true }).fill(owner);
    await form.getByLabel('Wanneer', { exact: true }).fill(dueDate);
    await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(panel(page).getByRole('listitem', { name: title })).toBeVisible();
  };
  await addAction('Pilot met vier hybride medewerkers', 'Şahin Yılmaz', '2027-01-15');
  await addAction('Afspraken over verzekering vastleggen', 'Мария Иванова', '2027-02-01');
  await addAction('Inwerkprogramma schrijven', '', '2027-03-01');
  const unowned = panel(page).getByRole('listitem', { name: 'Inwerkprogramma schrijven' });
  await expect(unowned).toContainText('Eigenaar ontbreekt');
  await expect(panel(page).getByRole('listitem', { name: 'Pilot met vier hybride medewerkers' })).not.toContainText('ontbreekt');
  await settled(page);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  const card = page.getByRole('article', { name: 'Beschikbaarheid en betrokkenheid' });
  await expect(card).toContainText('1 · Nog niet besproken');
  await expect(card.getByTitle('1 onvolledig')).toBeVisible();
  await expect(card.getByTitle('Afspraken vastgelegd')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Passend takenpakket' }).getByTitle('Afspraken vastgelegd')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/plate-filled-nl-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openElement(page, 'Beschikbaarheid en betrokkenheid');
  await page.screenshot({ path: 'test-results/screens/plate-filled-panel-nl-1920.png' });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The action list flags the incomplete action and puts it first.
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Eigenaar ontbreekt');
  await expect(rows.nth(1).getByRole('textbox').first()).toHaveValue('Inwerkprogramma schrijven');
  await page.screenshot({ path: 'test-results/screens/actions-nl-1280.png' });

  // Reload: everything is still there.
  await page.reload();
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  for (const [index, title] of titles.entries()) {
    const element = page.getByRole('article', { name: title });
    await expect(element).toContainText(`${(index % 5) + 1} · ${maturityNames[index % 5]}`);
    await expect(element).toContainText(`Belang: ${importanceNames[index % 3]}`);
  }
  await openElement(page, 'Beschikbaarheid en betrokkenheid');
  await expect(panel(page).getByLabel('Afspraken', { exact: true })).toHaveValue(
    'Vier uur per week, op dinsdag. Łukasz begint in januari.',
  );
  await expect(panel(page).locator('.note textarea')).toHaveValue('Roosters van ASML en het ziekenhuis naast elkaar leggen');
  await expect(panel(page).locator('.note select')).toHaveValue(/.+/);
  await expect(
    panel(page)
      .getByRole('listitem', { name: /./ })
      .filter({ has: page.getByText('Eigenaar ontbreekt') }),
  ).toHaveCount(1);
  await page.keyboard.press('Escape');
  await openElement(page, 'Passend takenpakket');
  await expect(panel(page).locator('.note textarea')).toHaveValue('Wie vervangt Şahin op dinsdag?');

  // Undo and redo restore exactly.
  await settled(page);
  const before = withoutEditTimes(await readDatabase(page));
  await panel(page).getByRole('group', { name: 'Stand van zaken' }).getByText('Werkt in de praktijk', { exact: true }).click();
  await panel(page).getByLabel('Afspraken', { exact: true }).fill('Taken die geen BIG-registratie vragen.');
  await panel(page).getByLabel('Afspraken', { exact: true }).blur();
  await panel(page).getByRole('button', { name: 'Notitie verwijderen' }).click();
  await panel(page).getByLabel('Niet van toepassing').click();
  await expect(panel(page).getByLabel('Niet van toepassing')).toBeChecked();
  await settled(page);
  const after = withoutEditTimes(await readDatabase(page));
  expect(after).not.toEqual(before);

  const toolbar = page.getByRole('toolbar', { name: 'Bewerken' });
  const undo = toolbar.getByRole('button', { name: 'Ongedaan maken' });
  const redo = toolbar.getByRole('button', { name: 'Opnieuw' });
  for (let step = 0; step < 4; step += 1) await undo.click();
  await settled(page);
  await expect(undo).toBeDisabled();
  expect(withoutEditTimes(await readDatabase(page))).toEqual(before);
  await expect(panel(page).locator('.note textarea')).toHaveValue('Wie vervangt Şahin op dinsdag?');
  await expect(panel(page).getByLabel('Afspraken', { exact: true })).toHaveValue('');

  for (let step = 0; step < 4; step += 1) await redo.click();
  await settled(page);
  await expect(redo).toBeDisabled();
  expect(withoutEditTimes(await readDatabase(page))).toEqual(after);
  await expect(panel(page).getByLabel('Afspraken', { exact: true })).toHaveValue('Taken die geen BIG-registratie vragen.');

  // The keyboard shortcut works the same, outside a text field.
  await page.getByRole('heading', { level: 2, name: 'Passend takenpakket' }).focus();
  await page.keyboard.press('Control+z');
  await settled(page);
  await expect(panel(page).getByLabel('Niet van toepassing')).not.toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await settled(page);
  await expect(panel(page).getByLabel('Niet van toepassing')).toBeChecked();
});

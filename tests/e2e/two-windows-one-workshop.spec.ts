import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../support/database';
import { newActionForm } from '../support/elementPanel';
import { createWorkshop } from '../support/library';

const panel = (page: Page) => page.getByRole('dialog');
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /Opgeslagen|Opslaan/ })).toHaveText(/Opgeslagen/);

async function openElement(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** Two windows on one workshop, as the facilitator's control window and a second editor at a table. */
async function twoWindows(page: Page): Promise<Page> {
  await page.goto('/');
  await createWorkshop(page, { title: 'Twee vensters' });
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { level: 1, name: 'Twee vensters' })).toBeVisible();
  for (const window of [page, other]) await openElement(window, 'Vraag in beeld');
  return other;
}

async function addNote(page: Page, text: string): Promise<void> {
  await panel(page)
    .getByPlaceholder(/Nieuwe notitie/)
    .fill(text);
  await panel(page).getByRole('button', { name: 'Notitie toevoegen' }).click();
}

const noteTexts = (page: Page) => panel(page).locator('textarea.note-text');

test('notes and actions added in two windows at once are all kept, and each window shows them all', async ({ page }) => {
  const other = await twoWindows(page);
  // Interleaved, without waiting for each other.
  for (let i = 1; i <= 5; i += 1) {
    await Promise.all([addNote(page, `Notitie A${i}`), addNote(other, `Notitie B${i}`)]);
  }
  await Promise.all(
    [page, other].map(async (window, index) => {
      const title = index === 0 ? 'Actie uit venster A' : 'Actie uit venster B';
      const form = await newActionForm(window);
      await form.getByLabel('Wat', { exact: true }).fill(title);
      await form.getByRole('button', { name: 'Actie toevoegen' }).click();
    }),
  );
  await Promise.all([saved(page), saved(other)]);

  const expected = Array.from({ length: 5 }, (_, i) => [`Notitie A${i + 1}`, `Notitie B${i + 1}`])
    .flat()
    .sort();
  const database = await readDatabase(page);
  expect(database['notes']!.map((note) => (note as { text: string }).text).sort()).toEqual(expected);
  expect(database['actions']!.map((action) => (action as { title: string }).title).sort()).toEqual([
    'Actie uit venster A',
    'Actie uit venster B',
  ]);
  for (const window of [page, other]) {
    await expect(noteTexts(window)).toHaveCount(10);
    await expect(panel(window).getByRole('listitem', { name: 'Actie uit venster A' })).toBeVisible();
    await expect(panel(window).getByRole('listitem', { name: 'Actie uit venster B' })).toBeVisible();
  }
});

test('the same text edited in two windows: the last one stored wins, and both windows say what happened', async ({ page }) => {
  const other = await twoWindows(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await addNote(page, 'Eerste versie');
  await saved(page);
  await expect(noteTexts(other)).toHaveCount(1);
  await expect(noteTexts(other).first()).toHaveValue('Eerste versie');

  // Window B is typing, and keeps typing, while window A stores its own text: B never pauses the
  // 300 ms that would store its text in between. B's keys come from a timer in B itself, every 40 ms:
  // a busy machine that holds B up delays the typing delay's timer as much, and the key due first
  // still comes first (keys sent one by one from the test could arrive with a longer gap).
  const inB = noteTexts(other).first();
  await inB.click();
  await inB.press('End');
  await inB.pressSequentially(' — aangevuld in B');
  const kept = panel(other).getByText(
    'Ook gewijzigd in een ander venster. Jouw tekst wordt als laatste opgeslagen en vervangt die versie.',
  );
  await inB.evaluate((field: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    const typing = setInterval(() => {
      setValue.call(field, `${field.value}.`);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, 40);
    Object.assign(window, { stopTyping: () => clearInterval(typing) });
  });
  await noteTexts(page).first().fill('Herschreven in A');
  await noteTexts(page).first().blur();
  await saved(page);
  // B keeps what it typed and says that it will be stored last.
  await expect(kept).toBeVisible();
  await other.evaluate(() => (window as unknown as { stopTyping(): void }).stopTyping());
  const typedInB = await inB.inputValue();
  expect(typedInB).toMatch(/^Eerste versie — aangevuld in B\.+$/);
  await other.screenshot({ path: 'test-results/screens/two-windows-kept-nl-1280.png' });
  await inB.blur();
  await saved(other);

  // Last write wins: B's text is stored, and A follows it and says so.
  await expect(noteTexts(page).first()).toHaveValue(typedInB);
  await expect(panel(page).getByText('Bijgewerkt in een ander venster: dit is nu de opgeslagen tekst.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/two-windows-updated-nl-1280.png' });
  const stored = (await readDatabase(page))['notes']!.map((note) => (note as { text: string }).text);
  expect(stored).toEqual([typedInB]);
});

test('undo in one window takes back only its own edit, not what the other window changed since', async ({ page }) => {
  const other = await twoWindows(page);
  await addNote(page, 'Gedeelde notitie');
  await saved(page);
  await noteTexts(page).first().fill('Tekst uit A');
  await noteTexts(page).first().blur();
  await saved(page);
  await expect(noteTexts(other)).toHaveCount(1);
  await expect(noteTexts(other).first()).toHaveValue('Tekst uit A');

  // B gives the note another colour.
  await panel(other).locator('.note').first().locator('label.swatch[title="Roze"]').click();
  await saved(other);

  // A undoes its text edit (outside a text field, Ctrl+Z is the app's undo).
  await panel(page).getByRole('heading', { level: 2 }).click();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await saved(page);
  const [note] = (await readDatabase(page))['notes'] as { text: string; colour: string }[];
  expect(note).toMatchObject({ text: 'Gedeelde notitie', colour: 'roze' });
  await expect(noteTexts(other)).toHaveCount(1);
  await expect(noteTexts(other).first()).toHaveValue('Gedeelde notitie');
});

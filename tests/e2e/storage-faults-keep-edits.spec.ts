import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../support/database';
import { createWorkshop } from '../support/library';

/**
 * A full disk and a broken database, made on demand: while `window.storageFault` names a DOMException,
 * every write to IndexedDB throws it, as the browser does when its quota is used up or a transaction
 * cannot be written. Reads go on as normal.
 */
async function injectStorageFaults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const faults = window as unknown as { storageFault?: string; refusedWrites?: number };
    faults.refusedWrites = 0;
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        configurable: true,
        writable: true,
        value: function (this: IDBObjectStore, ...args: unknown[]) {
          if (faults.storageFault) {
            faults.refusedWrites = (faults.refusedWrites ?? 0) + 1;
            throw new DOMException(`Injected ${faults.storageFault}`, faults.storageFault);
          }
          return original.apply(this, args);
        },
      });
    }
  });
}

const setFault = (page: Page, name: string | undefined) =>
  page.evaluate((fault) => ((window as unknown as { storageFault?: string }).storageFault = fault), name);
const refusedWrites = (page: Page) => page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites);

/** The team's assessment of one element, read from IndexedDB with the browser's own API. */
async function storedAssessment(page: Page, elementId: string) {
  const assessments = (await readDatabase(page))['assessments'] as { elementId: string; maturity?: number; agreements?: string }[];
  return assessments.find((assessment) => assessment.elementId === elementId);
}

/** The text in a field and whether all of it can be selected, to copy it elsewhere. */
async function selectAll(field: ReturnType<Page['getByLabel']>): Promise<string> {
  await field.focus();
  await field.press('ControlOrMeta+a');
  return field.evaluate((element) => {
    const input = element as HTMLTextAreaElement;
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
}

test('a full disk: the message says so, the typed text stays to be copied, and everything is stored once there is room', async ({
  page,
}) => {
  await injectStorageFaults(page);
  await page.goto('/');
  await createWorkshop(page, { title: 'Volle schijf' });
  await page.getByRole('button', { name: 'Opleiding en bijscholing', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Opleiding en bijscholing' });
  const status = page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status');
  await expect(status).toHaveText('Opgeslagen');

  await setFault(page, 'QuotaExceededError');
  const typed = 'Ζωή en Мария regelen de BIG-scholing vóór maart; Sanne belt het ROC.';
  const agreements = panel.getByLabel('Afspraken', { exact: true });
  await agreements.pressSequentially(typed, { delay: 5 });

  const alert = page.getByRole('alert').filter({ hasText: 'De opslag van deze computer is vol' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Maak ruimte vrij');
  await expect(alert).toContainText('1 wijziging wacht om bewaard te worden.');
  await expect(status).toHaveText('Niet opgeslagen');
  // The text is not replaced by what is stored (nothing): it stays, whole and selectable.
  await expect(agreements).toHaveValue(typed);
  expect(await selectAll(agreements)).toBe(typed);

  // A score given meanwhile waits behind the text, in order (the choice shows once it is stored).
  await panel.getByText('Afgesproken', { exact: true }).click();
  await expect(alert).toContainText('2 wijzigingen wachten om bewaard te worden');
  await page.screenshot({ path: 'test-results/screens/storage-full-1280.png' });

  // Actieplaat keeps trying by itself; nothing gets in while the disk is full.
  const refused = await refusedWrites(page);
  await expect.poll(() => refusedWrites(page), { timeout: 8000 }).toBeGreaterThan(refused);
  expect(await storedAssessment(page, 'maatwerk.opleiding')).toBeUndefined();
  await expect(agreements).toHaveValue(typed);

  await setFault(page, undefined);
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(status).toHaveText('Opgeslagen');
  await expect(alert).toBeHidden();
  await expect(page.getByText('Alle wijzigingen zijn alsnog opgeslagen.', { exact: true })).toBeVisible();
  expect(await storedAssessment(page, 'maatwerk.opleiding')).toMatchObject({ agreements: typed, maturity: 4 });
  await expect(agreements).toHaveValue(typed);
  await expect(panel.getByRole('radio', { name: /Afgesproken/ })).toBeChecked();

  // The undo steps are those edits, last first.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(async () => (await storedAssessment(page, 'maatwerk.opleiding'))?.maturity).toBeNull();
  expect((await storedAssessment(page, 'maatwerk.opleiding'))?.agreements).toBe(typed);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(agreements).toHaveValue('');
  // Back to before the first of them: the element was never assessed.
  expect(await storedAssessment(page, 'maatwerk.opleiding')).toBeUndefined();
});

test('a write error, in English: the new note stays in its box, and the automatic retry stores the edits in order', async ({ page }) => {
  await injectStorageFaults(page);
  await page.goto('/');
  await createWorkshop(page, { title: 'Broken disk' });
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Training and upskilling', exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Training and upskilling' });
  const status = page.getByRole('toolbar', { name: 'Editing' }).getByRole('status');
  await expect(status).toHaveText('Saved');

  await setFault(page, 'UnknownError');
  const agreements = panel.getByLabel('Agreements', { exact: true });
  await agreements.fill('Two trainers from the ROC, paid by the hospital.');
  await agreements.blur();
  const alert = page.getByRole('alert').filter({ hasText: 'Saving failed' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The storage on this computer refused your latest changes.');
  await expect(status).toHaveText('Not saved');

  const newNote = panel.getByLabel('New note', { exact: true });
  await newNote.fill('Ask the union about the pension scheme');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(alert).toContainText('2 changes are waiting to be saved, in the order you made them.');
  // The note is not added yet, and its text is not thrown away.
  await expect(newNote).toHaveValue('Ask the union about the pension scheme');
  expect(await selectAll(newNote)).toBe('Ask the union about the pension scheme');
  await expect(agreements).toHaveValue('Two trainers from the ROC, paid by the hospital.');
  await page.screenshot({ path: 'test-results/screens/storage-write-failed-en-1280.png' });

  // No button: the next automatic attempt stores both, the agreements first.
  await setFault(page, undefined);
  await expect(status).toHaveText('Saved', { timeout: 15_000 });
  await expect(alert).toBeHidden();
  await expect(page.getByText('All changes have been saved after all.', { exact: true })).toBeVisible();
  await expect(newNote).toHaveValue('');
  await expect(panel.getByRole('listitem').filter({ hasText: 'Ask the union about the pension scheme' })).toHaveCount(1);
  const stored = await readDatabase(page);
  expect(stored['notes']).toEqual([
    expect.objectContaining({ text: 'Ask the union about the pension scheme', elementId: 'maatwerk.opleiding' }),
  ]);
  expect(stored['assessments']).toEqual([expect.objectContaining({ agreements: 'Two trainers from the ROC, paid by the hospital.' })]);

  // Undo takes back the note (the later edit) and leaves the agreements.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await readDatabase(page))['notes']).toEqual([]);
  await expect(agreements).toHaveValue('Two trainers from the ROC, paid by the hospital.');
});

test('a new workshop on a full disk: a message says why, and the dialog keeps what was entered to try again', async ({ page }) => {
  await injectStorageFaults(page);
  await page.goto('/');
  await setFault(page, 'QuotaExceededError');
  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe workshop' });
  await dialog.getByLabel('Titel').fill('Zorgreserve Zuid');
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();

  await expect(page.getByText('De opslag van deze computer is vol: dit is niet opgeslagen.', { exact: false }).first()).toBeVisible();
  await expect(dialog.getByLabel('Titel')).toHaveValue('Zorgreserve Zuid');
  await page.screenshot({ path: 'test-results/screens/storage-full-new-workshop-1280.png' });
  expect((await readDatabase(page))['workshops']).toEqual([]);

  await setFault(page, undefined);
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zorgreserve Zuid' })).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { readDatabase } from '../support/database';
import { createWorkshop } from '../support/library';
import { SCHEMA_VERSION } from '../../renderer/data/schema';

/** Dexie keeps schema version n as IndexedDB version 10·n: this app's, and the next one a newer app would make. */
const THIS_NATIVE = SCHEMA_VERSION * 10;
const NEXT = SCHEMA_VERSION + 1;
const NEXT_NATIVE = NEXT * 10;

/**
 * Another window of the same origin that is not this Actieplaat: a newer version, or an older one that
 * keeps its connection. It runs on a static file of the app, so it shares the app's storage without
 * running the app.
 */
async function otherWindow(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto('/favicon.svg');
  return other;
}

/** What a newer Actieplaat does to the database on its first start: the next schema version, one table more. */
function upgradeToNewerVersion(other: Page, keepOpen = false): Promise<number> {
  return other.evaluate(
    ({ keep, version }) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('actieplaat', version);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('reactions', { keyPath: 'id' }).put({ id: 'r1', emoji: '👍' });
        };
        request.onsuccess = () => {
          const version = request.result.version;
          if (!keep) request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(request.error);
      }),
    { keep: keepOpen, version: NEXT_NATIVE },
  );
}

const storedVersion = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).find((database) => database.name === 'actieplaat')?.version);

test('a database made by a newer Actieplaat: a clear screen, in the user’s language, and nothing changed', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Van vóór de update' });
  const other = await otherWindow(page);
  await page.goto('/favicon.svg');
  expect(await upgradeToNewerVersion(other)).toBe(NEXT_NATIVE);
  await other.close();
  const before = await readDatabase(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze gegevens horen bij een nieuwere versie van Actieplaat' })).toBeVisible();
  const screen = page.getByRole('alert');
  await expect(screen).toContainText('heeft niets veranderd');
  await expect(screen).toContainText('werk Actieplaat bij naar de nieuwste versie');
  await expect(screen).toContainText(`Opslagversie op deze computer: ${NEXT}. Deze Actieplaat kent versie ${SCHEMA_VERSION}.`);
  await expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/storage-newer-version-1280.png' });

  expect(await storedVersion(page)).toBe(NEXT_NATIVE);
  expect(await readDatabase(page)).toEqual(before);
  expect((before['workshops'] as { title: string }[]).map((workshop) => workshop.title)).toEqual(['Van vóór de update']);

  // The same in English for someone who chose English.
  await page.evaluate(() => localStorage.setItem('actieplaat.language', 'en'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'This data belongs to a newer version of Actieplaat' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('has changed nothing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: 'test-results/screens/storage-newer-version-en-1280.png' });
  expect(await readDatabase(page)).toEqual(before);
});

test('an upgrade blocked by another window: the app says to close it, and goes on by itself once it is closed', async ({ page }) => {
  // An older version's window: it holds the database open and does not answer the request to close.
  const older = await otherWindow(page);
  await older.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('actieplaat', 1);
        request.onsuccess = () => {
          const held = window as unknown as { held: IDBDatabase; askedToClose: boolean };
          held.held = request.result;
          held.askedToClose = false;
          request.result.onversionchange = () => (held.askedToClose = true);
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Wachten op een ander venster van Actieplaat' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Sluit de andere vensters en tabbladen van Actieplaat');
  await expect(page.getByRole('alert')).toContainText('Dit venster gaat daarna vanzelf verder');
  expect(await older.evaluate(() => (window as unknown as { askedToClose: boolean }).askedToClose)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/storage-upgrade-blocked-1280.png' });

  await older.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await createWorkshop(page, { title: 'Na het wachten' });
  expect(await storedVersion(page)).toBe(THIS_NATIVE);
  expect(((await readDatabase(page))['workshops'] as { title: string }[]).map((workshop) => workshop.title)).toEqual(['Na het wachten']);
});

test('a newer version opened in another window: this one stores its typed text, lets go of the database and says to reload', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Twee versies' });
  await page.getByRole('button', { name: 'Opleiding en bijscholing', exact: true }).click();
  const other = await otherWindow(page);
  await page.bringToFront();
  // Typed, and the newer version asks for the database within the typing delay.
  await page.getByRole('dialog').getByLabel('Afspraken', { exact: true }).pressSequentially('Pool van 40', { delay: 5 });
  expect(await upgradeToNewerVersion(other, true)).toBe(NEXT_NATIVE);

  const notice = page.getByRole('alertdialog', { name: 'Een ander venster werkt met een nieuwere versie van Actieplaat' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Dit venster is gestopt met opslaan');
  await expect(notice.getByRole('button', { name: 'Opnieuw laden' })).toBeFocused();
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await page.screenshot({ path: 'test-results/screens/storage-closed-for-newer-version-1280.png' });

  // The text reached the database before this window let go; the newer version has it.
  const assessments = await other.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const request = indexedDB.open('actieplaat');
        request.onsuccess = () => {
          const read = request.result.transaction('assessments').objectStore('assessments').getAll();
          read.onsuccess = () => resolve(read.result);
        };
      }),
  );
  expect(assessments).toEqual([expect.objectContaining({ agreements: 'Pool van 40' })]);
  await other.close();

  await notice.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deze gegevens horen bij een nieuwere versie van Actieplaat' })).toBeVisible();
});

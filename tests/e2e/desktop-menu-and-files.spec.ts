import { expect, test, type Page } from '@playwright/test';
import { createWorkshop } from '../support/library';
import { workshopFileBytes } from '../support/files';
import { benchmarkWorkshop } from '../fixtures/benchmarkWorkshop';

/**
 * The desktop shell's side of the page, with the preload's bridge played by the test: what the page
 * tells the native menu, and what it does with menu commands, files opened from outside and the
 * notice after a crash. (The shell itself is unit-tested with Electron faked.)
 */
async function withFakeBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Listener = (...args: unknown[]) => void;
    const listeners: Record<string, Listener[]> = {};
    const on = (name: string) => (listener: Listener) => {
      (listeners[name] ??= []).push(listener);
      return () => void (listeners[name] = listeners[name]!.filter((other) => other !== listener));
    };
    const opened: { name: string; bytes: Uint8Array }[] = [];
    const fake = {
      menuStates: [] as unknown[],
      emit: (name: string, ...args: unknown[]) => (listeners[name] ?? []).forEach((listener) => listener(...args)),
      openFile: (name: string, bytes: number[]) => {
        opened.push({ name, bytes: new Uint8Array(bytes) });
        fake.emit('file');
      },
    };
    Object.assign(window, {
      __fake: fake,
      actieplaat: {
        appInfo: async () => ({
          name: 'Actieplaat',
          version: '0.1.0',
          edition: 'desktop',
          dataDirectory: '/home/sanne/.config/Actieplaat',
        }),
        saveFile: async (request: { suggestedName: string }) => ({ status: 'saved', fileName: request.suggestedName }),
        openFile: async () => null,
        openProjectorWindow: async () => undefined,
        onMenuCommand: on('menu'),
        setMenuState: async (state: unknown) => void fake.menuStates.push(state),
        takeOpenedFiles: async () => opened.splice(0),
        onFileOpened: on('file'),
        onRecovered: on('recovered'),
        // The backups folder (facilitator-restores-backup.spec.ts plays it in full): empty; no backup is due within these tests.
        writeBackup: async () => ({ status: 'failed', reason: 'unknown' }),
        listBackups: async () => [],
        readBackup: async () => null,
        markBackupsDeleted: async () => undefined,
        forgetBackups: async () => undefined,
        onBeforeClose: on('before-close'),
        // The live room, run by main: closed here.
        roomAddresses: async () => [],
        roomStatus: async () => ({ state: 'closed' }),
        roomOpen: async () => ({ state: 'closed', error: 'address-unavailable' }),
        roomClose: async () => ({ state: 'closed' }),
        roomNewCode: async () => ({ state: 'closed' }),
        roomRemoveDevice: async () => ({ state: 'closed' }),
        roomReportRefusal: async () => undefined,
        onRoomStatus: on('room-status'),
      },
    });
  });
}

const WORKSHOP_COMMANDS = [
  'export.pdf',
  'export.workshopFile',
  'export.csv',
  'export.xlsx',
  'view.presentation',
  'view.projector',
  'room.open',
];

/**
 * The last menu state the page sent, read as what a user sees in the menu: its language, whether the
 * workshop's commands are enabled (all of them, or none: anything else is "mixed"), and undo and redo.
 */
const lastMenuState = async (page: Page) => {
  const state = (await page.evaluate(() => (window as unknown as { __fake: { menuStates: unknown[] } }).__fake.menuStates.at(-1))) as
    { language: string; enabled: Record<string, boolean> } | undefined;
  if (!state) return undefined;
  const open = WORKSHOP_COMMANDS.map((id) => state.enabled[id] === true);
  return {
    language: state.language,
    workshopOpen: open.every(Boolean) ? true : open.some(Boolean) ? 'mixed' : false,
    canUndo: state.enabled['edit.undo'] === true,
    canRedo: state.enabled['edit.redo'] === true,
  };
};
const menu = (page: Page, command: string) =>
  page.evaluate((name) => (window as unknown as { __fake: { emit(...args: unknown[]): void } }).__fake.emit('menu', name), command);

test('the native menu speaks the page’s language, follows what can be done, and its commands act', async ({ page }) => {
  await withFakeBridge(page);
  await page.goto('/');
  await expect(page.getByText('Desktop', { exact: false }).first()).toBeVisible();
  await expect.poll(() => lastMenuState(page)).toEqual({ language: 'nl', workshopOpen: false, canUndo: false, canRedo: false });

  await menu(page, 'workshop.new');
  await expect(page.getByRole('dialog', { name: 'Nieuwe workshop' })).toBeVisible();
  await page.keyboard.press('Escape');
  await createWorkshop(page, { title: 'Menu-workshop' });
  await expect.poll(() => lastMenuState(page)).toMatchObject({ workshopOpen: true, canUndo: false });

  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  await page.getByRole('dialog').getByText('Verkend', { exact: true }).click();
  await expect.poll(() => lastMenuState(page)).toMatchObject({ canUndo: true, canRedo: false });
  await menu(page, 'edit.undo');
  await expect.poll(() => lastMenuState(page)).toMatchObject({ canUndo: false, canRedo: true });

  await menu(page, 'export.pdf');
  await expect(page.getByRole('dialog', { name: 'Actieplan als PDF' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await expect.poll(() => lastMenuState(page)).toMatchObject({ language: 'en', workshopOpen: true });

  await menu(page, 'view.presentation');
  await expect(page).toHaveURL(/#\/present\//);
});

test('a workshop file double-clicked while the app runs is imported; the notice after a crash is shown', async ({ page }) => {
  await withFakeBridge(page);
  await page.goto('/');
  const data = benchmarkWorkshop();
  const bytes = [...workshopFileBytes(data)];
  await page.evaluate(
    (file) => (window as unknown as { __fake: { openFile(name: string, bytes: number[]): void } }).__fake.openFile('Zorg.actieplaat', file),
    bytes,
  );
  await expect(page.getByRole('heading', { level: 1, name: data.workshop.title })).toBeVisible();

  await page.evaluate(() => (window as unknown as { __fake: { emit(name: string): void } }).__fake.emit('recovered'));
  await expect(
    page.locator('.toast').getByText('Actieplaat is opnieuw gestart na een fout in het venster.', { exact: false }),
  ).toBeVisible();
});

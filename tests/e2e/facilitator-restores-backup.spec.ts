import { expect, test, type Page } from '@playwright/test';
import type { ActieplaatBridge } from '../../shared/bridge';
import type { BackupInfo } from '../../shared/host';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDatabase } from '../support/database';
import { workshopFileBytes } from '../support/files';
import { createWorkshop } from '../support/library';

// The browser edition has no backups folder; the desktop's is reached through the preload's bridge.
// Here a fake bridge (`window.actieplaat`, as the preload exposes it) stands in for main: it lists
// backups, hands their bytes over, and records what the renderer writes when the window closes.

let counter = 0;
const factory = { newId: () => `backup-${++counter}`, now: () => '2026-11-22T09:00:00.000Z' };

function zorgWorkshop() {
  const data = createWorkshopData(
    { title: 'Zorg en techniek Brainport', date: '2026-11-22', language: 'nl', organisations: [] },
    'Tafel 1',
    factory,
  );
  data.notes.push({
    id: 'note-1',
    teamId: data.teams[0]!.id,
    elementId: 'matching.vraag',
    text: 'Roosters delen met het ziekenhuis',
    colour: 'geel',
    createdAt: factory.now(),
    updatedAt: factory.now(),
  });
  return data;
}

interface FakeBackup {
  info: BackupInfo;
  bytes: number[];
}

/** Installs the fake desktop bridge before the app's own scripts run. */
async function withFakeDesktop(page: Page, backups: FakeBackup[]): Promise<void> {
  await page.addInitScript((stored: FakeBackup[]) => {
    const writes: { workshopId: string; title: string; text: string }[] = [];
    // What the renderer told main about deleted workshops' backups, in order.
    const deletions: string[] = [];
    const closeListeners = new Set<() => Promise<void>>();
    const quiet = () => () => undefined;
    // The rest of the desktop shell, quiet: no menu commands, no files opened from outside.
    const shell = {
      appInfo: async () => ({
        name: 'Actieplaat',
        version: '0.1.0',
        edition: 'desktop' as const,
        dataDirectory: '/home/anna/.config/Actieplaat',
      }),
      saveFile: async () => ({ status: 'cancelled' as const }),
      openFile: async () => null,
      openProjectorWindow: async () => undefined,
      onMenuCommand: quiet,
      setMenuState: async () => undefined,
      takeOpenedFiles: async () => [],
      onFileOpened: quiet,
      onRecovered: quiet,
      // The live room, run by main: closed.
      roomAddresses: async () => [],
      roomStatus: async () => ({ state: 'closed' as const }),
      roomOpen: async () => ({ state: 'closed' as const }),
      roomClose: async () => ({ state: 'closed' as const }),
      roomNewCode: async () => ({ state: 'closed' as const }),
      roomRemoveDevice: async () => ({ state: 'closed' as const }),
      roomReportRefusal: async () => undefined,
      onRoomStatus: quiet,
    };
    const backupsFolder = {
      writeBackup: async (request) => {
        writes.push({ workshopId: request.workshopId, title: request.title, text: new TextDecoder().decode(request.bytes) });
        return {
          status: 'saved' as const,
          backup: { workshopId: request.workshopId, id: '2026-11-22T16-00-00-000Z', title: request.title, createdAt: '', size: 1 },
        };
      },
      listBackups: async () => stored.map((backup) => backup.info),
      readBackup: async ({ workshopId, id }) => {
        const found = stored.find((backup) => backup.info.workshopId === workshopId && backup.info.id === id);
        return found ? { name: `${id}.actieplaat`, bytes: new Uint8Array(found.bytes) } : null;
      },
      markBackupsDeleted: async ({ workshopId, deleted }) => void deletions.push(`${deleted ? 'mark' : 'unmark'} ${workshopId}`),
      forgetBackups: async ({ workshopId }) => void deletions.push(`forget ${workshopId}`),
      onBeforeClose: (listener) => {
        closeListeners.add(listener);
        return () => void closeListeners.delete(listener);
      },
    } satisfies Pick<
      ActieplaatBridge,
      'writeBackup' | 'listBackups' | 'readBackup' | 'markBackupsDeleted' | 'forgetBackups' | 'onBeforeClose'
    >;
    Object.assign(window, {
      actieplaat: { ...shell, ...backupsFolder },
      backupWrites: writes,
      backupDeletions: deletions,
      // What the preload does when main asks before the window closes.
      closeWindow: () => Promise.allSettled([...closeListeners].map((listener) => listener())),
    });
  }, backups);
}

test('the desktop lists backups by workshop and restores one as a new workshop; a broken one is refused', async ({ page }) => {
  const zorg = zorgWorkshop();
  const bytes = [...workshopFileBytes(zorg)];
  const backup = (workshopId: string, title: string, createdAt: string, content: number[]): FakeBackup => ({
    info: { workshopId, title, id: createdAt.replace(/:/g, '-').replace('.', '-'), createdAt, size: content.length },
    bytes: content,
  });
  await withFakeDesktop(page, [
    backup(zorg.workshop.id, zorg.workshop.title, '2026-11-22T14:03:00.000Z', bytes),
    backup('onderwijs', 'Onderwijs Eindhoven', '2026-11-22T10:15:00.000Z', [...Buffer.from('{"format":"actieplaat.workshop","teams":[')]),
    backup(zorg.workshop.id, zorg.workshop.title, '2026-11-22T13:00:00.000Z', bytes),
  ]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');

  await expect(page.getByRole('button', { name: 'Reservekopieën' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/backups-library-nl-1280.png' });
  await page.getByRole('button', { name: 'Reservekopieën' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reservekopieën' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Per workshop blijven de laatste 10 bewaard')).toBeVisible();
  await expect(dialog.getByText('/home/anna/.config/Actieplaat')).toBeVisible();
  // Grouped by workshop, the one with the newest backup first; date and time in the user's time zone.
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
    'Zorg en techniek Brainport2 reservekopieën',
    'Onderwijs Eindhoven1 reservekopie',
  ]);
  const zorgGroup = dialog.getByRole('region', { name: /Zorg en techniek Brainport/ });
  await expect(zorgGroup.getByRole('listitem')).toHaveText([/22 nov 2026, 15:03.*kB/, /22 nov 2026, 14:00.*kB/]);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: 'test-results/screens/backups-nl-1280.png' });

  // A backup that does not read is refused with the import's words, and nothing is added.
  await dialog.getByRole('button', { name: 'Herstellen: Onderwijs Eindhoven, 22 nov 2026, 11:15' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('De reservekopie van 22 nov 2026, 11:15 kan niet worden hersteld');
  await expect(refusal).toContainText('Het bestand is onvolledig');
  await expect(refusal).toContainText('Er is niets veranderd aan je workshops.');
  await page.screenshot({ path: 'test-results/screens/backups-refused-nl-1280.png' });
  expect((await readDatabase(page))['workshops']).toEqual([]);

  await dialog.getByRole('button', { name: 'Herstellen: Zorg en techniek Brainport, 22 nov 2026, 15:03' }).click();
  const restoredTitle = 'Zorg en techniek Brainport (reservekopie 22 nov 2026, 15:03)';
  await expect(page.getByRole('heading', { level: 1, name: restoredTitle })).toBeVisible();
  await expect(page.locator('.toast').getByText(`Reservekopie hersteld als “${restoredTitle}”.`)).toBeVisible();
  const stored = await readDatabase(page);
  expect(stored['workshops']).toHaveLength(1);
  const restored = stored['workshops']![0] as { id: string; title: string };
  expect(restored.title).toBe(restoredTitle);
  expect(restored.id).not.toBe(zorg.workshop.id);
  expect((stored['notes'] as { text: string }[]).map((note) => note.text)).toEqual(['Roosters delen met het ziekenhuis']);

  // Closing the window: the renderer writes the workshop it has not backed up yet, then lets main close.
  await page.evaluate(() => (window as unknown as { closeWindow(): Promise<unknown> }).closeWindow());
  const writes = await page.evaluate(
    () => (window as unknown as { backupWrites: { workshopId: string; title: string; text: string }[] }).backupWrites,
  );
  expect(writes.map(({ workshopId, title }) => ({ workshopId, title }))).toEqual([{ workshopId: restored.id, title: restoredTitle }]);
  const file = JSON.parse(writes[0]!.text) as { format: string; workshop: { id: string }; notes: unknown[] };
  expect(file.format).toBe('actieplaat.workshop');
  expect(file.workshop.id).toBe(restored.id);
  expect(file.notes).toHaveLength(1);
  // Nothing changed since: closing again writes nothing more.
  await page.evaluate(() => (window as unknown as { closeWindow(): Promise<unknown> }).closeWindow());
  expect(await page.evaluate(() => (window as unknown as { backupWrites: unknown[] }).backupWrites.length)).toBe(1);
});

test('deleting a workshop on the desktop says its backups go too, and they go once the undo has passed', async ({ page }) => {
  await withFakeDesktop(page, []);
  await page.goto('/');
  await createWorkshop(page, { title: 'Zorg en techniek Brainport' });
  const workshopId = /\/workshop\/([^/]+)/.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'Alle workshops' }).click();
  const deletions = () => page.evaluate(() => (window as unknown as { backupDeletions: string[] }).backupDeletions);
  const remove = async () => {
    await page.getByRole('button', { name: 'Meer acties voor Zorg en techniek Brainport' }).click();
    await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Workshop verwijderen?' });
    await expect(confirm).toContainText('en met de reservekopieën ervan op deze computer');
    await expect(confirm).toContainText('daarna zijn ook de reservekopieën weg');
    await page.screenshot({ path: 'test-results/screens/delete-with-backups-nl-1280.png' });
    await confirm.getByRole('button', { name: 'Workshop verwijderen' }).click();
    await expect(page.getByRole('heading', { name: 'Nog geen workshops' })).toBeVisible();
  };

  // Undone: the backups are marked while the undo is offered, and kept when it is chosen.
  await remove();
  await expect.poll(deletions).toEqual([`mark ${workshopId}`]);
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('link', { name: 'Zorg en techniek Brainport', exact: true })).toBeVisible();
  await expect.poll(deletions).toEqual([`mark ${workshopId}`, `unmark ${workshopId}`]);

  // Not undone: once the message has gone by itself, so have the backups.
  await remove();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(deletions).toEqual([`mark ${workshopId}`, `unmark ${workshopId}`, `mark ${workshopId}`, `forget ${workshopId}`]);
});

test('the browser edition, which has no backups folder, offers no backups', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Nieuwe workshop' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importeren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reservekopieën' })).toHaveCount(0);
});

test('the backups speak English, dates included', async ({ page }) => {
  const zorg = zorgWorkshop();
  const bytes = [...workshopFileBytes(zorg)];
  const id = '2026-11-22T14-03-00-000Z';
  await withFakeDesktop(page, [
    {
      info: { workshopId: zorg.workshop.id, title: zorg.workshop.title, id, createdAt: '2026-11-22T14:03:00.000Z', size: bytes.length },
      bytes,
    },
  ]);
  await page.goto('/');
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog.getByText('The last 10 of each workshop are kept')).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['Zorg en techniek Brainport1 backup']);
  await page.screenshot({ path: 'test-results/screens/backups-en-1280.png' });
  await dialog.getByRole('button', { name: 'Restore: Zorg en techniek Brainport, 22 Nov 2026, 15:03' }).click();
  const restoredTitle = 'Zorg en techniek Brainport (backup 22 Nov 2026, 15:03)';
  await expect(page.getByRole('heading', { level: 1, name: restoredTitle })).toBeVisible();
  await expect(page.locator('.toast').getByText(`Backup restored as “${restoredTitle}”.`)).toBeVisible();
});

import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_PER_WORKSHOP } from '../../shared/backups';
import { backupFolderName, backupIdAt, backupsToRemove, createBackupStore, createdAtOf } from './backups';

let folder: string;
let root: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'actieplaat-backups-'));
  root = join(folder, 'userData', 'backups');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const WORKSHOP = '7d0a1c9e-2f4b-4d55-9a51-0c7f3e1b2a10';
const bytes = (text: string) => new TextEncoder().encode(text);
/** A clock that moves one minute per call, from 22 November 2026, 09:00 UTC. */
function minuteClock(start = Date.UTC(2026, 10, 22, 9, 0)) {
  let minute = 0;
  return () => new Date(start + 60_000 * minute++);
}

describe('backup rotation (pure)', () => {
  const names = Array.from({ length: 13 }, (_, i) => `${backupIdAt(new Date(Date.UTC(2026, 10, 22, 9, i)))}.actieplaat`);

  it('keeps the ten newest and names the rest, oldest first', () => {
    const shuffled = [...names].reverse();
    expect(backupsToRemove(shuffled)).toEqual(names.slice(0, 3));
    expect(BACKUPS_PER_WORKSHOP).toBe(10);
  });

  it('removes nothing at ten or fewer, and never touches what is not a backup', () => {
    expect(backupsToRemove(names.slice(0, 10))).toEqual([]);
    expect(backupsToRemove(['workshop.json', '.x.actieplaat.abc.tmp', 'notes.txt', ...names.slice(0, 11)])).toEqual([names[0]]);
  });
});

describe('backup names', () => {
  it('spell the moment so that every file system takes it, and read back as the same moment', () => {
    const id = backupIdAt(new Date('2026-11-22T14:03:07.042Z'));
    expect(id).toBe('2026-11-22T14-03-07-042Z');
    expect(createdAtOf(id)).toBe('2026-11-22T14:03:07.042Z');
  });

  it('use the app’s own ids as folder names and hash every other id', () => {
    expect(backupFolderName(WORKSHOP)).toBe(WORKSHOP);
    for (const hostile of ['..', '../../etc', 'C:\\Windows', 'con', 'Workshop-A', 'a/b', '', 'x'.repeat(101)]) {
      expect(backupFolderName(hostile)).toMatch(/^~[0-9a-f]{64}$/);
    }
    // Ids that differ only in case (one folder on Windows and macOS) get folders of their own.
    expect(backupFolderName('ABC')).not.toBe(backupFolderName('abc'));
  });
});

describe('the backups folder', () => {
  it('writes a workshop file into <backups>/<workshop id>/<moment>.actieplaat', async () => {
    const store = createBackupStore(root, { now: () => new Date('2026-11-22T14:03:00.000Z') });
    const backup = await store.write({ workshopId: WORKSHOP, title: 'Zorg en techniek', bytes: bytes('{"a":1}') });
    expect(backup).toEqual({
      workshopId: WORKSHOP,
      id: '2026-11-22T14-03-00-000Z',
      title: 'Zorg en techniek',
      createdAt: '2026-11-22T14:03:00.000Z',
      size: 7,
    });
    expect(await readFile(join(root, WORKSHOP, '2026-11-22T14-03-00-000Z.actieplaat'), 'utf8')).toBe('{"a":1}');
  });

  it('keeps exactly the ten newest backups of a workshop when more are written', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    const written = [];
    for (let i = 0; i < 14; i += 1) written.push(await store.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes(`versie ${i}`) }));
    const files = (await readdir(join(root, WORKSHOP))).filter((name) => name.endsWith('.actieplaat')).sort();
    expect(files).toHaveLength(10);
    expect(files).toEqual(written.slice(4).map((backup) => `${backup.id}.actieplaat`));
    // The newest is the last one written, intact.
    expect(await readFile(join(root, WORKSHOP, files.at(-1)!), 'utf8')).toBe('versie 13');
    // No temporary file is left behind.
    expect((await readdir(join(root, WORKSHOP))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rotates each workshop on its own', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    for (let i = 0; i < 12; i += 1) await store.write({ workshopId: 'a', title: 'A', bytes: bytes('a') });
    for (let i = 0; i < 3; i += 1) await store.write({ workshopId: 'b', title: 'B', bytes: bytes('b') });
    const list = await store.list();
    expect(list.filter((backup) => backup.workshopId === 'a')).toHaveLength(10);
    expect(list.filter((backup) => backup.workshopId === 'b')).toHaveLength(3);
  });

  it('gives two backups in the same millisecond different names, the second sorting as newer', async () => {
    const store = createBackupStore(root, { now: () => new Date('2026-11-22T14:03:00.000Z') });
    const first = await store.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes('1') });
    const second = await store.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes('2') });
    expect(second.id > first.id).toBe(true);
    expect((await store.list()).map((backup) => backup.id)).toEqual([second.id, first.id]);
  });

  it('lists every backup newest first, with the workshop’s id, its latest title, the moment and the size', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    await store.write({ workshopId: 'a', title: 'Eerste titel', bytes: bytes('12345') });
    await store.write({ workshopId: 'Eigen-ID uit een bestand', title: 'Uit een bestand', bytes: bytes('123') });
    await store.write({ workshopId: 'a', title: 'Nieuwe titel', bytes: bytes('1234567') });
    expect(await store.list()).toEqual([
      { workshopId: 'a', id: '2026-11-22T09-02-00-000Z', title: 'Nieuwe titel', createdAt: '2026-11-22T09:02:00.000Z', size: 7 },
      {
        workshopId: 'Eigen-ID uit een bestand',
        id: '2026-11-22T09-01-00-000Z',
        title: 'Uit een bestand',
        createdAt: '2026-11-22T09:01:00.000Z',
        size: 3,
      },
      { workshopId: 'a', id: '2026-11-22T09-00-00-000Z', title: 'Nieuwe titel', createdAt: '2026-11-22T09:00:00.000Z', size: 5 },
    ]);
  });

  it('lists nothing when no backup was ever written', async () => {
    expect(await createBackupStore(root).list()).toEqual([]);
  });

  it('finds a folder’s workshop in its newest readable backup when the metadata file is gone', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    const file = (title: string) => bytes(JSON.stringify({ format: 'actieplaat.workshop', workshop: { id: WORKSHOP, title } }));
    await store.write({ workshopId: WORKSHOP, title: 'W', bytes: file('Oud') });
    await store.write({ workshopId: WORKSHOP, title: 'W', bytes: file('Nieuw') });
    const newest = await store.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes('{ kapot') });
    await rm(join(root, WORKSHOP, 'workshop.json'));
    const list = await store.list();
    expect(list.map((backup) => backup.title)).toEqual(['Nieuw', 'Nieuw', 'Nieuw']);
    expect(list[0]!.id).toBe(newest.id);
  });

  it('ignores what it did not write: stray files and folders, and a folder whose metadata names another workshop', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    await store.write({ workshopId: 'a', title: 'A', bytes: bytes('a') });
    await writeFile(join(root, 'a', 'notities.txt'), 'x');
    await mkdir(join(root, 'Vreemde Map'), { recursive: true });
    await writeFile(join(root, 'Vreemde Map', '2026-11-22T09-00-00-000Z.actieplaat'), 'x');
    await mkdir(join(root, 'b'));
    await writeFile(join(root, 'b', 'workshop.json'), JSON.stringify({ workshopId: 'a', title: 'Vals' }));
    await writeFile(join(root, 'b', '2026-11-22T09-00-00-000Z.actieplaat'), 'x');
    expect((await store.list()).map((backup) => [backup.workshopId, backup.title])).toEqual([['a', 'A']]);
  });

  it('reads a backup back by its ids, and answers null for one that does not exist', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    const backup = await store.write({ workshopId: 'Eigen ID', title: 'W', bytes: bytes('inhoud') });
    const read = await store.read({ workshopId: 'Eigen ID', id: backup.id });
    expect(read?.name).toBe(`${backup.id}.actieplaat`);
    expect(new TextDecoder().decode(read!.bytes)).toBe('inhoud');
    expect(await store.read({ workshopId: 'Eigen ID', id: '2020-01-01T00-00-00-000Z' })).toBeNull();
    expect(await store.read({ workshopId: 'nooit', id: backup.id })).toBeNull();
  });

  it('refuses to read anything outside the backups folder', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    await store.write({ workshopId: 'a', title: 'A', bytes: bytes('a') });
    const secret = join(folder, 'userData', 'geheim.actieplaat');
    await writeFile(secret, 'geheim');
    for (const id of [
      '../../geheim',
      '..',
      '../a/2026-11-22T09-00-00-000Z',
      '2026-11-22T09-00-00-000Z/../../../geheim',
      '',
      '/etc/passwd',
    ]) {
      await expect(store.read({ workshopId: 'a', id })).rejects.toThrow(/not a backup id/);
    }
    // A workshop id is never a path: `..` is a folder name of its own (hashed), where nothing is.
    expect(await store.read({ workshopId: '..', id: '2026-11-22T09-00-00-000Z' })).toBeNull();
    expect(await store.read({ workshopId: '../..', id: '2026-11-22T09-00-00-000Z' })).toBeNull();
    // A link planted in the folder that leads out of it is refused.
    await symlink(secret, join(root, 'a', '2026-01-01T00-00-00-000Z.actieplaat'));
    await expect(store.read({ workshopId: 'a', id: '2026-01-01T00-00-00-000Z' })).rejects.toThrow(/outside the backups folder/);
  });

  it('leaves the earlier backups intact when writing a new one fails, and rotates nothing', async () => {
    const clock = minuteClock();
    const store = createBackupStore(root, { now: clock });
    for (let i = 0; i < 10; i += 1) await store.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes(`versie ${i}`) });
    const before = (await readdir(join(root, WORKSHOP))).sort();
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const failing = createBackupStore(root, { now: clock, writeFile: () => Promise.reject(full) });
    await expect(failing.write({ workshopId: WORKSHOP, title: 'W', bytes: bytes('versie 10') })).rejects.toThrow(/no space/);
    expect((await readdir(join(root, WORKSHOP))).sort()).toEqual(before);
    expect(await readFile(join(root, WORKSHOP, before[0]!), 'utf8')).toBe('versie 0');
    expect(await store.list()).toHaveLength(10);
  });

  it('refuses a backup larger than any workshop file can be', async () => {
    const store = createBackupStore(root);
    const huge = { byteLength: 64 * 1024 * 1024 + 1 } as Uint8Array;
    await expect(store.write({ workshopId: 'a', title: 'A', bytes: huge })).rejects.toThrow(/too large/);
  });
});

describe('what the backups cost', () => {
  const sizeOf = (text: string) => bytes(text).byteLength;
  /** The backups on disk per workshop folder, oldest first, as their contents. */
  async function onDisk(store: ReturnType<typeof createBackupStore>) {
    const found: Record<string, string[]> = {};
    for (const backup of [...(await store.list())].reverse()) {
      const read = await store.read(backup);
      (found[backup.workshopId] ??= []).push(new TextDecoder().decode(read!.bytes));
    }
    return found;
  }

  it('keeps all workshops’ backups together within the quota: the oldest go first, each workshop’s newest last', async () => {
    const backup = (n: number) => `backup ${String(n).padStart(2, '0')}`.padEnd(100, '.');
    // Room for seven backups of 100 bytes.
    const store = createBackupStore(root, { now: minuteClock(), maxTotalBytes: 7 * sizeOf(backup(0)) });
    for (let n = 1; n <= 3; n += 1) await store.write({ workshopId: 'zorg', title: 'Zorg', bytes: bytes(backup(n)) });
    for (let n = 4; n <= 6; n += 1) await store.write({ workshopId: 'onderwijs', title: 'Onderwijs', bytes: bytes(backup(n)) });
    await store.write({ workshopId: 'defensie', title: 'Defensie', bytes: bytes(backup(7)) });
    expect(Object.values(await onDisk(store)).flat()).toHaveLength(7);

    // An eighth: the oldest backup of all goes (zorg's first).
    await store.write({ workshopId: 'defensie', title: 'Defensie', bytes: bytes(backup(8)) });
    expect(await onDisk(store)).toEqual({
      zorg: [backup(2), backup(3)],
      onderwijs: [backup(4), backup(5), backup(6)],
      defensie: [backup(7), backup(8)],
    });

    // Five more of defensie: older backups go before any workshop loses its last one.
    for (let n = 9; n <= 13; n += 1) await store.write({ workshopId: 'defensie', title: 'Defensie', bytes: bytes(backup(n)) });
    expect(await onDisk(store)).toEqual({
      zorg: [backup(3)],
      onderwijs: [backup(6)],
      defensie: [backup(9), backup(10), backup(11), backup(12), backup(13)],
    });
  });

  it('deletes a workshop’s last backup when nothing else is left to delete, but never the one just written', async () => {
    const large = 'x'.repeat(300);
    const store = createBackupStore(root, { now: minuteClock(), maxTotalBytes: 500 });
    await store.write({ workshopId: 'zorg', title: 'Zorg', bytes: bytes(large) });
    await store.write({ workshopId: 'onderwijs', title: 'Onderwijs', bytes: bytes(large) });
    expect(await onDisk(store)).toEqual({ onderwijs: [large] });
    // Alone over the quota, the new backup still stays: it is the only copy of the latest state.
    const tooLarge = 'y'.repeat(600);
    await store.write({ workshopId: 'defensie', title: 'Defensie', bytes: bytes(tooLarge) });
    expect(await onDisk(store)).toEqual({ defensie: [tooLarge] });
  });

  it.skipIf(process.platform === 'win32')(
    'writes backups readable by the user only, in folders only the user can open (POSIX; Windows has no such modes)',
    async () => {
      const store = createBackupStore(root, { now: minuteClock() });
      const backup = await store.write({ workshopId: WORKSHOP, title: 'Zorg', bytes: bytes('namen en organisaties') });
      const mode = async (path: string) => (await stat(path)).mode & 0o777;
      expect(await mode(root)).toBe(0o700);
      expect(await mode(join(root, WORKSHOP))).toBe(0o700);
      expect(await mode(join(root, WORKSHOP, `${backup.id}.actieplaat`))).toBe(0o600);
      expect(await mode(join(root, WORKSHOP, 'workshop.json'))).toBe(0o600);
    },
  );
});

describe('a deleted workshop’s backups', () => {
  it('are hidden once marked, listed again when the delete is undone, and gone when forgotten', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    await store.write({ workshopId: 'zorg', title: 'Zorg', bytes: bytes('zorg') });
    await store.write({ workshopId: 'defensie', title: 'Defensie', bytes: bytes('defensie') });
    await store.markDeleted('zorg', true);
    expect((await store.list()).map((backup) => backup.workshopId)).toEqual(['defensie']);
    await store.markDeleted('zorg', false);
    expect((await store.list()).map((backup) => backup.workshopId).sort()).toEqual(['defensie', 'zorg']);
    await store.forget('zorg');
    expect(await readdir(root)).toEqual(['defensie']);
  });

  it('stay when the workshop is backed up again (it exists after all), and only marked ones go at the next start', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    for (const workshopId of ['zorg', 'onderwijs', 'defensie'])
      await store.write({ workshopId, title: workshopId, bytes: bytes(workshopId) });
    await store.markDeleted('zorg', true);
    await store.markDeleted('onderwijs', true);
    await store.write({ workshopId: 'onderwijs', title: 'onderwijs', bytes: bytes('weer terug') });
    // Marking a workshop without backups changes nothing.
    await store.markDeleted('nooit-bewaard', true);
    await createBackupStore(root).forgetDeleted();
    expect((await readdir(root)).sort()).toEqual(['defensie', 'onderwijs']);
  });

  it('are forgotten by a workshop id that is no path: nothing outside the backups folder goes', async () => {
    const store = createBackupStore(root, { now: minuteClock() });
    await store.write({ workshopId: 'a', title: 'A', bytes: bytes('a') });
    const outside = join(folder, 'userData', 'blijft.txt');
    await writeFile(outside, 'blijft');
    for (const workshopId of ['..', '../..', '.', '', 'a/..']) await store.forget(workshopId);
    expect(await readFile(outside, 'utf8')).toBe('blijft');
    expect(await readdir(root)).toEqual(['a']);
  });
});

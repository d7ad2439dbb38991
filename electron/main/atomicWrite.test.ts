import type * as FileSystem from 'node:fs/promises';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFailureReason, writeFileAtomically } from './atomicWrite';

/** What the write asked of the file system, in order: opens and flushes (by path), and renames. */
const fileSystemLog = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FileSystem>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const path = String(args[0]);
      fileSystemLog.push(`open ${path}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        fileSystemLog.push(`sync ${path}`);
        return sync();
      };
      return handle;
    },
    rename: async (...args: Parameters<typeof actual.rename>) => {
      fileSystemLog.push(`rename → ${String(args[1])}`);
      return actual.rename(...args);
    },
  };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'actieplaat-write-'));
});
afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

describe('writing a file atomically', () => {
  it('replaces the old content and leaves no temporary file', async () => {
    const file = join(folder, 'Actieplan.pdf');
    await writeFile(file, 'oud');
    await writeFileAtomically(file, new TextEncoder().encode('nieuw'));
    expect(await readFile(file, 'utf8')).toBe('nieuw');
    expect(await readdir(folder)).toEqual(['Actieplan.pdf']);
  });

  it('flushes the file before the rename and its folder after it, so that a power cut keeps the old file or the new one', async () => {
    const file = join(folder, 'Actieplan.pdf');
    fileSystemLog.length = 0;
    await writeFileAtomically(file, new TextEncoder().encode('nieuw'));
    const temporary = fileSystemLog[0]!.slice('open '.length);
    expect(fileSystemLog).toEqual(
      process.platform === 'win32'
        ? [`open ${temporary}`, `sync ${temporary}`, `rename → ${file}`]
        : [`open ${temporary}`, `sync ${temporary}`, `rename → ${file}`, `open ${folder}`, `sync ${folder}`],
    );
  });

  it.skipIf(process.platform === 'win32')(
    'creates a file with the permissions asked for: readable by its owner only (POSIX; Windows has no such modes)',
    async () => {
      const file = join(folder, 'reservekopie.actieplaat');
      await writeFileAtomically(file, new TextEncoder().encode('{}'), { mode: 0o600 });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    },
  );

  it('leaves the old file intact when the write fails', async () => {
    const file = join(folder, 'Actieplan.pdf');
    await writeFile(file, 'oud');
    // A destination that is a folder cannot be renamed over: the write fails after the temp file.
    const blocked = join(folder, 'map');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(blocked, 'inhoud'), { recursive: true }));
    await expect(writeFileAtomically(blocked, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('oud');
    expect((await readdir(folder)).sort()).toEqual(['Actieplan.pdf', 'map']);
  });

  it('turns system errors into reasons the renderer can word', () => {
    expect(saveFailureReason(Object.assign(new Error(), { code: 'EACCES' }))).toBe('no-permission');
    expect(saveFailureReason(Object.assign(new Error(), { code: 'ENOSPC' }))).toBe('disk-full');
    expect(saveFailureReason(Object.assign(new Error(), { code: 'EROFS' }))).toBe('read-only');
    expect(saveFailureReason(new Error('?'))).toBe('unknown');
  });
});

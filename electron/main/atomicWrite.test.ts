import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveFailureReason, writeFileAtomically } from './atomicWrite';

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

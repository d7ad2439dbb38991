import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveFileResult } from '../../shared/host';

/**
 * Writes the whole file next to its destination, flushes it, renames it into place and then flushes the
 * folder (so that the rename itself survives a power cut), so that a failure (disk full, no permission)
 * never leaves a half-written file or destroys the old one. `mode` (POSIX permissions, before the umask)
 * is for files only their owner may read, such as a room's credentials and the backups; Windows ignores it.
 */
export async function writeFileAtomically(destination: string, bytes: Uint8Array, { mode = 0o666 }: { mode?: number } = {}): Promise<void> {
  const temporary = join(dirname(destination), `.${basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'w', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, destination);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(destination));
}

/** What a file system says when it cannot flush a folder at all; the file is in place by then. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EACCES', 'EBADF']);

/** Flushes a folder's entries (the rename) to disk. Windows cannot open a folder for that; it journals renames itself. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}

/** The stable reason code the renderer words for the user. */
export function saveFailureReason(error: unknown): Extract<SaveFileResult, { status: 'failed' }>['reason'] {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EROFS') return 'read-only';
  return 'unknown';
}

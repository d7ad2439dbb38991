import { MAX_IMPORT_BYTES } from '../../shared/file/importLimits';
import type { OpenedFile } from '../../shared/host';

/**
 * A file picked or dropped in the page, read for the import: its size looked at first, so that a file
 * over the import's cap is never read into memory (it goes with its size, and is refused by it).
 */
export async function openedFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, bytes: new Uint8Array(0), tooLargeBytes: file.size };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

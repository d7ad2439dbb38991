import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/file/importLimits';
import { OPEN_EXTENSIONS, type OpenedFile } from '../../shared/host';

/** The files the app opens, as `extname` gives them. */
const WORKSHOP_FILE_EXTENSIONS: readonly string[] = OPEN_EXTENSIONS.map((extension) => `.${extension}`);

/**
 * The workshop file a command line names: the last argument that is a path to an `.actieplaat` (or
 * `.json`) file, not a switch. Windows and Linux start the app with the double-clicked file as an
 * argument; a second start passes its arguments to the first through `second-instance`.
 */
export function workshopFileFromArgv(argv: readonly string[], workingDirectory: string): string | undefined {
  // argv[0] is the executable; an unpackaged app also has the main script next.
  for (const argument of [...argv.slice(1)].reverse()) {
    if (argument.startsWith('-')) continue;
    if (!WORKSHOP_FILE_EXTENSIONS.includes(extname(argument).toLowerCase())) continue;
    return isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
  }
  return undefined;
}

/**
 * A workshop file read for the renderer: its size looked at first, so that a file over the import's
 * cap is never read into memory (it goes with its size, and the app refuses it with its usual message).
 * Rejects when the file cannot be read.
 */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  const { size } = await stat(path);
  if (size > MAX_IMPORT_BYTES) return { name, bytes: new Uint8Array(0), tooLargeBytes: size };
  return { name, bytes: new Uint8Array(await readFile(path)) };
}

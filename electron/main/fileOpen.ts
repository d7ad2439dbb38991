import { extname, isAbsolute, resolve } from 'node:path';

export const WORKSHOP_FILE_EXTENSIONS = ['.actieplaat', '.json'];

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

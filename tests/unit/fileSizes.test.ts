import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house stays easy to change: no source or test file under renderer/ or shared/ passes 300 lines
 * (the language catalogs, which are lists of texts, excepted), and no style sheet passes 400.
 */

const root = resolve(import.meta.dirname, '../..');
const MAX_CODE_LINES = 300;
const MAX_STYLE_LINES = 400;
/** The catalogs: one text per line, in as many lines as the app has texts. */
const CATALOG = /^shared\/i18n\/(nl|en)\.ts$|^shared\/i18n\/sections\//;

function filesUnder(folder: string): string[] {
  return readdirSync(resolve(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The files over their limit, with their length and limit. */
function oversized(files: readonly { path: string; lines: number }[]): string[] {
  return files.flatMap(({ path, lines }) => {
    const limit = path.endsWith('.css')
      ? MAX_STYLE_LINES
      : /\.(ts|tsx|js|mjs|cjs)$/.test(path) && !CATALOG.test(path)
        ? MAX_CODE_LINES
        : undefined;
    return limit !== undefined && lines > limit ? [`${path}: ${lines} lines (at most ${limit})`] : [];
  });
}

describe('file sizes', () => {
  it('keeps every code file under renderer/ and shared/ at 300 lines or fewer, and every style sheet at 400', () => {
    const files = ['renderer', 'shared']
      .flatMap(filesUnder)
      .map((path) => ({ path, lines: lineCount(readFileSync(resolve(root, path), 'utf8')) }));
    expect(files.filter((file) => file.path.endsWith('.tsx')).length).toBeGreaterThan(50);
    expect(oversized(files)).toEqual([]);
  });

  it('names a file over its limit, tests and style sheets included, and lets the catalogs be long', () => {
    expect(
      oversized([
        { path: 'renderer/room/bridge/roomBridge.ts', lines: 1128 },
        { path: 'renderer/data/edits.test.ts', lines: 301 },
        { path: 'renderer/data/changes.ts', lines: 300 },
        { path: 'renderer/styles/workspace.css', lines: 1483 },
        { path: 'renderer/styles/dialogs.css', lines: 400 },
        { path: 'shared/i18n/nl.ts', lines: 488 },
        { path: 'shared/i18n/sections/room.nl.ts', lines: 320 },
        { path: 'renderer/public/fonts/inter.woff2', lines: 9000 },
      ]),
    ).toEqual([
      'renderer/room/bridge/roomBridge.ts: 1128 lines (at most 300)',
      'renderer/data/edits.test.ts: 301 lines (at most 300)',
      'renderer/styles/workspace.css: 1483 lines (at most 400)',
    ]);
  });
});

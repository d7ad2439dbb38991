/**
 * What the security scan must analyse: every script and page of the built app in out/, since all of it
 * ships (electron-builder packs out/**), and every script and page of the libraries main loads from
 * node_modules, which electron-builder.yml packs beside it. Pure, so that the rules are unit-tested
 * without the scanner.
 *
 * Electronegativity lists only files ending in .js, .jsx, .ts, .tsx, .html or .htm and passes over the
 * rest without a word, so the preload (out/preload/index.cjs) is scanned as a copy whose name ends in
 * .js; the code is the same, byte for byte, and so are the line numbers. It also passes over every path
 * that contains `node_modules` anywhere, so main's libraries are scanned as copies under `libraries/`.
 */

export type Group = 'main' | "main's libraries" | 'preload' | 'renderer pages' | 'renderer scripts' | 'other code';

export interface ShippedCode {
  /** Relative to the project, e.g. `out/preload/index.cjs` or `node_modules/ws/lib/websocket.js`. */
  path: string;
  group: Group;
  /** The copy's path relative to the scanned folder, e.g. `preload/index.cjs.js` or `libraries/ws/lib/websocket.js`. */
  scannedAs: string;
}

export interface Inventory {
  code: ShippedCode[];
  /** Files that hold no code the scanner reads (styles, fonts, images). */
  assets: string[];
  /** Files of a kind nobody has decided on yet: code or not? Each one fails the scan. */
  unknown: string[];
}

/** A file the scanner could not read, as its runner reports it. */
export interface ScanError {
  file: string;
  message: string;
  /** The scanner read the file despite the error. */
  tolerable: boolean;
}

export interface CoverageRow extends ShippedCode {
  analysed: boolean;
  /** Why not, for a file that was not analysed. */
  reason?: string;
}

const scripts = ['js', 'cjs', 'mjs'];
const pages = ['html', 'htm'];
/** The extensions the scanner lists (its util/file.js); other names are scanned as a copy with `.js` appended. */
const scannerLists = ['js', 'jsx', 'ts', 'tsx', 'html', 'htm'];
const assetKinds = ['css', 'svg', 'ttf', 'otf', 'woff', 'woff2', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'ico'];

/**
 * What a library ships besides scripts and pages, none of which main runs: TypeScript sources and
 * declarations (Electron's Node loads the packages' JavaScript), source maps, package data, texts, licences.
 */
const libraryOtherKinds = ['ts', 'cts', 'mts', 'map', 'json', 'md', 'txt', 'yml', 'yaml', 'lock', ''];

export const groups: readonly Group[] = ['main', "main's libraries", 'preload', 'renderer pages', 'renderer scripts', 'other code'];

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
}

function groupOf(path: string, page: boolean): Group {
  if (path.startsWith('out/main/')) return 'main';
  if (path.startsWith('out/preload/')) return 'preload';
  if (path.startsWith('out/renderer/')) return page ? 'renderer pages' : 'renderer scripts';
  return 'other code';
}

/** Sorts the files of `folder` (paths like `out/main/index.js`, forward slashes) into code, assets and unknown. */
export function inventory(folder: string, paths: readonly string[]): Inventory {
  const code: ShippedCode[] = [];
  const assets: string[] = [];
  const unknown: string[] = [];
  for (const path of [...paths].sort()) {
    const extension = extensionOf(path);
    if (scripts.includes(extension) || pages.includes(extension)) {
      const relativePath = path.slice(folder.length + 1);
      const scannedAs = scannerLists.includes(extension) ? relativePath : `${relativePath}.js`;
      code.push({ path, group: groupOf(path, pages.includes(extension)), scannedAs });
    } else if (assetKinds.includes(extension)) assets.push(path);
    else unknown.push(path);
  }
  const names = new Set<string>();
  for (const file of code) {
    if (names.has(file.scannedAs)) throw new Error(`Two files of ${folder}/ would be scanned as ${file.scannedAs}.`);
    names.add(file.scannedAs);
  }
  return { code, assets, unknown };
}

/**
 * The packages in node_modules that electron-builder packs, as electron-builder.yml names them in its one
 * exclusion `'!node_modules/!(zod|@hocuspocus|ws|…){,/**}'` (everything in node_modules but these). A scope
 * such as `@hocuspocus` packs every package under it. Without that pattern nobody can say what ships.
 */
export function packedLibraries(builderConfig: string): string[] {
  const names = /!node_modules\/!\(([^)]+)\)/
    .exec(builderConfig)?.[1]
    ?.split('|')
    .map((name) => name.trim());
  if (!names || names.some((name) => name === '')) {
    throw new Error("electron-builder.yml names no packages in a '!node_modules/!(a|b|c){,/**}' pattern: which libraries ship?");
  }
  return names;
}

/**
 * Sorts the files of main's packed libraries (paths like `node_modules/ws/lib/websocket.js`) into code,
 * scanned as copies under `libraries/` with no `node_modules` in their names, files main does not run
 * (`other`), and unknown kinds, which fail the scan as they do in out/.
 */
export function libraryInventory(paths: readonly string[]): { code: ShippedCode[]; other: string[]; unknown: string[] } {
  const code: ShippedCode[] = [];
  const other: string[] = [];
  const unknown: string[] = [];
  for (const path of [...paths].sort()) {
    if (!path.startsWith('node_modules/')) throw new Error(`${path} is not in node_modules/.`);
    const extension = extensionOf(path);
    if (scripts.includes(extension) || pages.includes(extension)) {
      const relativePath = `libraries/${path.slice('node_modules/'.length).replaceAll('node_modules', 'node-modules')}`;
      code.push({ path, group: "main's libraries", scannedAs: scannerLists.includes(extension) ? relativePath : `${relativePath}.js` });
    } else if (libraryOtherKinds.includes(extension) || assetKinds.includes(extension)) other.push(path);
    else unknown.push(path);
  }
  return { code, other, unknown };
}

/** Throws when two shipped files would be scanned under one name. */
export function checkScannedNames(code: readonly ShippedCode[]): void {
  const names = new Set<string>();
  for (const file of code) {
    if (names.has(file.scannedAs)) throw new Error(`Two shipped files would be scanned as ${file.scannedAs}.`);
    names.add(file.scannedAs);
  }
}

/**
 * Which files the scanner analysed: it parsed the copy (`parsed`: names relative to the scanned folder)
 * and reported no error that stopped it (`errors`, their files named the same way).
 */
export function coverage(code: readonly ShippedCode[], parsed: ReadonlySet<string>, errors: readonly ScanError[]): CoverageRow[] {
  return code.map((file) => {
    const error = errors.find((item) => !item.tolerable && item.file === file.scannedAs);
    if (error) return { ...file, analysed: false, reason: `the scanner could not read it (${error.message})` };
    if (!parsed.has(file.scannedAs)) return { ...file, analysed: false, reason: 'the scanner passed over it' };
    return { ...file, analysed: true };
  });
}

/** Every shipped file the scan did not analyse, and every file of an unknown kind, fails the scan. */
export function coverageProblems(rows: readonly CoverageRow[], unknown: readonly string[]): string[] {
  return [
    ...rows.filter((row) => !row.analysed).map((row) => `${row.path} ships but was not analysed: ${row.reason}.`),
    ...unknown.map(
      (path) => `${path} ships, and the scan does not know its kind: a script or page is analysed, an asset is listed in coverage.ts.`,
    ),
  ];
}

function how(row: ShippedCode): string {
  return extensionOf(row.path) === extensionOf(row.scannedAs) ? 'as is' : 'as is, under a name ending in .js';
}

/**
 * The lines the scan prints: per group how many files were analysed, and how; what was not code in out/
 * (`assets`), and what main's libraries ship besides scripts and pages (`libraryOther`).
 */
export function coverageTable(rows: readonly CoverageRow[], assets: readonly string[], libraryOther: readonly string[] = []): string[] {
  const table: string[][] = [];
  for (const group of groups) {
    const members = rows.filter((row) => row.group === group);
    if (members.length === 0) continue;
    const analysed = members.filter((row) => row.analysed).length;
    const ways = [...new Set(members.map(how))].sort().join('; ');
    const names =
      members.length <= 3 ? members.map((row) => row.path.slice(row.path.indexOf('/') + 1)).join(', ') : `${members.length} files`;
    table.push([group, `${analysed} of ${members.length}`, ways, names]);
  }
  const kinds = (paths: readonly string[]) =>
    [...new Set(paths.map((path) => (path.endsWith('.d.ts') ? 'd.ts' : extensionOf(path) || 'no extension')))].sort().join(', ');
  const header = ['group', 'analysed', 'how', 'files'];
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    line(widths.map((width) => '─'.repeat(width))),
    ...table.map(line),
    ...(assets.length > 0 ? [`not code: ${assets.length} files (${kinds(assets)})`] : []),
    ...(libraryOther.length > 0 ? [`main's libraries, not run: ${libraryOther.length} files (${kinds(libraryOther)})`] : []),
  ];
}

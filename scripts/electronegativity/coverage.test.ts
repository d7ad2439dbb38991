import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkScannedNames, coverage, coverageProblems, coverageTable, inventory, libraryInventory, packedLibraries } from './coverage';

const built = [
  'out/renderer/assets/setup-Ab12Cd34.js',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/renderer/participant/index.html',
  'out/renderer/assets/main-Ab12Cd34.css',
  'out/renderer/favicon.svg',
  'out/renderer/assets/inter-latin-wght-normal-Dx4kXJAl.woff2',
  'out/renderer/assets/worker-Ab12Cd34.mjs',
];

describe('what the security scan must analyse', () => {
  it('takes every script and page in out/ for code, in its group, and the scanner’s name for it', () => {
    const { code, assets, unknown } = inventory('out', built);
    expect(code).toEqual([
      { path: 'out/main/index.js', group: 'main', scannedAs: 'main/index.js' },
      { path: 'out/preload/index.cjs', group: 'preload', scannedAs: 'preload/index.cjs.js' },
      { path: 'out/renderer/assets/setup-Ab12Cd34.js', group: 'renderer scripts', scannedAs: 'renderer/assets/setup-Ab12Cd34.js' },
      { path: 'out/renderer/assets/worker-Ab12Cd34.mjs', group: 'renderer scripts', scannedAs: 'renderer/assets/worker-Ab12Cd34.mjs.js' },
      { path: 'out/renderer/index.html', group: 'renderer pages', scannedAs: 'renderer/index.html' },
      { path: 'out/renderer/participant/index.html', group: 'renderer pages', scannedAs: 'renderer/participant/index.html' },
    ]);
    expect(assets).toEqual([
      'out/renderer/assets/inter-latin-wght-normal-Dx4kXJAl.woff2',
      'out/renderer/assets/main-Ab12Cd34.css',
      'out/renderer/favicon.svg',
    ]);
    expect(unknown).toEqual([]);
  });

  it('fails on a file of a kind it does not know, rather than passing over it', () => {
    const { unknown } = inventory('out', [...built, 'out/renderer/assets/module.wasm', 'out/main/settings.json']);
    expect(unknown).toEqual(['out/main/settings.json', 'out/renderer/assets/module.wasm']);
    expect(coverageProblems([], unknown)).toHaveLength(2);
    expect(coverageProblems([], unknown)[1]).toMatch(/^out\/renderer\/assets\/module\.wasm ships, and the scan does not know its kind/);
  });

  it('refuses two files the scanner would see under one name', () => {
    expect(() => inventory('out', ['out/preload/index.cjs', 'out/preload/index.cjs.js'])).toThrow(
      'Two files of out/ would be scanned as preload/index.cjs.js.',
    );
  });

  it('counts a file analysed only when the scanner parsed it and no error stopped it', () => {
    const { code } = inventory('out', built);
    const parsed = new Set(['main/index.js', 'preload/index.cjs.js', 'renderer/index.html', 'renderer/assets/worker-Ab12Cd34.mjs.js']);
    const errors = [
      { file: 'renderer/assets/worker-Ab12Cd34.mjs.js', message: 'Unknown node type StaticBlock.', tolerable: false },
      { file: 'main/index.js', message: 'A tolerable hiccup', tolerable: true },
    ];
    const rows = coverage(code, parsed, errors);
    expect(rows.map((row) => [row.path, row.analysed])).toEqual([
      ['out/main/index.js', true],
      ['out/preload/index.cjs', true],
      ['out/renderer/assets/setup-Ab12Cd34.js', false],
      ['out/renderer/assets/worker-Ab12Cd34.mjs', false],
      ['out/renderer/index.html', true],
      ['out/renderer/participant/index.html', false],
    ]);
    expect(coverageProblems(rows, [])).toEqual([
      'out/renderer/assets/setup-Ab12Cd34.js ships but was not analysed: the scanner passed over it.',
      'out/renderer/assets/worker-Ab12Cd34.mjs ships but was not analysed: the scanner could not read it (Unknown node type StaticBlock.).',
      'out/renderer/participant/index.html ships but was not analysed: the scanner passed over it.',
    ]);
  });

  it('prints per group how many files were analysed and how, and what was not code', () => {
    const { code, assets } = inventory('out', built);
    const rows = coverage(code, new Set(code.map((file) => file.scannedAs)), []);
    expect(coverageProblems(rows, [])).toEqual([]);
    const [header, , ...lines] = coverageTable(rows, assets);
    expect(header).toMatch(/^group\s+analysed\s+how\s+files$/);
    expect(lines).toEqual([
      expect.stringMatching(/^main\s+1 of 1\s+as is\s+main\/index\.js$/),
      expect.stringMatching(/^preload\s+1 of 1\s+as is, under a name ending in \.js\s+preload\/index\.cjs$/),
      expect.stringMatching(/^renderer pages\s+2 of 2\s+as is\s+renderer\/index\.html, renderer\/participant\/index\.html$/),
      expect.stringMatching(
        /^renderer scripts\s+2 of 2\s+as is; as is, under a name ending in \.js\s+renderer\/assets\/setup-Ab12Cd34\.js, renderer\/assets\/worker-Ab12Cd34\.mjs$/,
      ),
      'not code: 3 files (css, svg, woff2)',
    ]);
  });

  it('takes main’s libraries from electron-builder.yml’s one node_modules pattern, and refuses a config without it', () => {
    expect(packedLibraries(`files:\n  - out/**\n  - '!node_modules/!(zod|@hocuspocus|ws){,/**}'\n`)).toEqual(['zod', '@hocuspocus', 'ws']);
    expect(packedLibraries(readFileSync('electron-builder.yml', 'utf8'))).toContain('@hocuspocus');
    expect(() => packedLibraries('files:\n  - out/**\n')).toThrow(/names no packages/);
  });

  it('scans every script and page of main’s libraries under libraries/, out of the scanner’s node_modules blind spot', () => {
    const { code, other, unknown } = libraryInventory([
      'node_modules/ws/index.js',
      'node_modules/ws/package.json',
      'node_modules/zod/index.d.ts',
      'node_modules/zod/index.cjs',
      'node_modules/zod/v4/core/util.js.map',
      'node_modules/@hocuspocus/server/dist/node_modules/x/index.mjs',
      'node_modules/tslib/tslib.html',
      'node_modules/ws/LICENSE',
      'node_modules/lib0/crypto.wasm',
    ]);
    expect(code).toEqual([
      {
        path: 'node_modules/@hocuspocus/server/dist/node_modules/x/index.mjs',
        group: "main's libraries",
        scannedAs: 'libraries/@hocuspocus/server/dist/node-modules/x/index.mjs.js',
      },
      { path: 'node_modules/tslib/tslib.html', group: "main's libraries", scannedAs: 'libraries/tslib/tslib.html' },
      { path: 'node_modules/ws/index.js', group: "main's libraries", scannedAs: 'libraries/ws/index.js' },
      { path: 'node_modules/zod/index.cjs', group: "main's libraries", scannedAs: 'libraries/zod/index.cjs.js' },
    ]);
    expect(other).toEqual([
      'node_modules/ws/LICENSE',
      'node_modules/ws/package.json',
      'node_modules/zod/index.d.ts',
      'node_modules/zod/v4/core/util.js.map',
    ]);
    expect(unknown).toEqual(['node_modules/lib0/crypto.wasm']);
    expect(() => checkScannedNames([...inventory('out', ['out/libraries/ws/index.js']).code, ...code])).toThrow(
      'Two shipped files would be scanned as libraries/ws/index.js.',
    );
    const [, , ...lines] = coverageTable(coverage(code, new Set(code.map((file) => file.scannedAs)), []), [], other);
    expect(lines).toEqual([
      expect.stringMatching(/^main's libraries\s+4 of 4\s+as is; as is, under a name ending in \.js\s+4 files$/),
      "main's libraries, not run: 4 files (d.ts, json, map, no extension)",
    ]);
  });
});

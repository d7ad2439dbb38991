// `npm run security` end to end, on a small built app of its own: the script runs as `npm test` runs it,
// in a folder with an out/, the libraries electron-builder.yml packs for main in node_modules/, and an
// allow-list, so that what it analyses and what it finds is observed, not assumed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = resolve('scripts/security-scan.ts');
const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');

const builtApp: Record<string, string> = {
  // What the real main does, so that the app-wide checks have nothing to say.
  'out/main/index.js': [
    `import { app, session } from 'electron';`,
    `app.on('web-contents-created', (_event, contents) => {`,
    `  contents.on('will-navigate', (event) => event.preventDefault());`,
    `  contents.setWindowOpenHandler(() => ({ action: 'deny' }));`,
    `});`,
    `app.whenReady().then(() => session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false)));`,
    ``,
  ].join('\n'),
  // A CommonJS preload, as electron-vite writes it for a sandboxed window.
  'out/preload/index.cjs': [
    `"use strict";`,
    `const { contextBridge } = require("electron");`,
    `contextBridge.exposeInMainWorld("bridge", { run: (source) => eval("(" + source + ")") });`,
    ``,
  ].join('\n'),
  'out/renderer/index.html': [
    `<!doctype html>`,
    `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" />`,
    `<script type="module" src="./assets/setup-Ab12Cd34.js"></script></head><body></body></html>`,
    ``,
  ].join('\n'),
  // Class features Vite keeps as they are: a private static field and a static block.
  'out/renderer/assets/setup-Ab12Cd34.js': [
    `export class Registry {`,
    `  static #compiled = Function("return " + globalThis.source);`,
    `  static {`,
    `    globalThis.made = eval("(" + globalThis.source + ")");`,
    `  }`,
    `}`,
    ``,
  ].join('\n'),
  // A chunk no parser reads.
  'out/renderer/assets/broken-Zz98Yy76.js': `export function (\n`,
  'out/renderer/assets/main-Ab12Cd34.css': `body { margin: 0; }\n`,
  // Main's libraries: electron-builder packs these packages from node_modules, a scope with all under it.
  'electron-builder.yml': [`files:`, `  - out/**`, `  - '!node_modules/!(tiny-lib|@scope|not-installed){,/**}'`, ``].join('\n'),
  'node_modules/tiny-lib/package.json': `{ "name": "tiny-lib", "main": "index.js", "types": "index.d.ts" }\n`,
  'node_modules/tiny-lib/index.js': [`"use strict";`, `module.exports = (source) => eval("(" + source + ")");`, ``].join('\n'),
  'node_modules/tiny-lib/index.d.ts': `export default function run(source: string): unknown;\n`,
  // A package's own node_modules: the scanner passes over every path containing that word.
  'node_modules/tiny-lib/node_modules/inner/index.js': [`exports.later = (code) => setTimeout("run(" + code + ")", 0);`, ``].join('\n'),
  'node_modules/@scope/pkg/dist/index.cjs': [`"use strict";`, ``, `exports.make = (body) => Function("return " + body);`, ``].join('\n'),
  // Installed, not packed: it does not ship, so it is neither analysed nor listed.
  'node_modules/dev-only/index.js': `module.exports = (source) => eval("(" + source + ")");\n`,
};

let folder = '';
let output = '';
let status: number | null = null;
let analysedList = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'actieplaat-security-scan-test-'));
  for (const [path, text] of Object.entries(builtApp)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  mkdirSync(join(folder, 'security'));
  writeFileSync(join(folder, 'security/electronegativity-allow.json'), JSON.stringify({ allow: [] }));
  const run = spawnSync(process.execPath, [tsx, script], { cwd: folder, encoding: 'utf8', timeout: 90_000 });
  output = `${run.stdout}\n${run.stderr}`;
  status = run.status;
  const list = join(folder, 'test-results/security/analysed.csv');
  analysedList = existsSync(list) ? readFileSync(list, 'utf8') : '';
}, 120_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the security scan (npm run security)', () => {
  it('analyses the code inside class static blocks and private fields of a renderer chunk', () => {
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in out/renderer/assets/setup-Ab12Cd34.js:2');
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in out/renderer/assets/setup-Ab12Cd34.js:4');
  });

  it('analyses the CommonJS preload (index.cjs), which the scanner would pass over by its name', () => {
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in out/preload/index.cjs:3');
  });

  it('analyses the libraries main loads from node_modules, as electron-builder.yml packs them, and names findings there by their node_modules path', () => {
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in node_modules/tiny-lib/index.js:2');
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in node_modules/tiny-lib/node_modules/inner/index.js:1');
    expect(output).toContain('MEDIUM DANGEROUS_FUNCTIONS_JS_CHECK in node_modules/@scope/pkg/dist/index.cjs:3');
    expect(output).not.toContain('dev-only');
    expect(output).toContain('packed by electron-builder.yml but not installed, so not shipped: not-installed');
  });

  it('fails when a shipped renderer chunk could not be analysed, and says which', () => {
    expect(status).toBe(1);
    expect(output).toMatch(/✗ out\/renderer\/assets\/broken-Zz98Yy76\.js ships but was not analysed: the scanner could not read it/);
  });

  it('says what it analysed, per group, and lists every shipped file', () => {
    expect(output).toContain('7 of 8 shipped scripts and pages analysed');
    expect(output).toMatch(
      /^ {2}main's libraries +3 of 3 +as is; as is, under a name ending in \.js +@scope\/pkg\/dist\/index\.cjs, tiny-lib\/index\.js, tiny-lib\/node_modules\/inner\/index\.js$/m,
    );
    expect(output).toMatch(/^ {2}main's libraries, not run: 2 files \(d\.ts, json\)$/m);
    expect(output).toMatch(/^ {2}preload +1 of 1 +as is, under a name ending in \.js +preload\/index\.cjs$/m);
    expect(output).toMatch(
      /^ {2}renderer scripts +1 of 2 +as is +renderer\/assets\/broken-Zz98Yy76\.js, renderer\/assets\/setup-Ab12Cd34\.js$/m,
    );
    expect(output).toMatch(/^ {2}not code: 1 files \(css\)$/m);
    expect(analysedList.trim().split('\n').slice(1).sort()).toEqual([
      "node_modules/@scope/pkg/dist/index.cjs,main's libraries,analysed,libraries/@scope/pkg/dist/index.cjs.js,",
      "node_modules/tiny-lib/index.d.ts,main's libraries,not scanned,,not run by main (no script or page)",
      "node_modules/tiny-lib/index.js,main's libraries,analysed,libraries/tiny-lib/index.js,",
      "node_modules/tiny-lib/node_modules/inner/index.js,main's libraries,analysed,libraries/tiny-lib/node-modules/inner/index.js,",
      "node_modules/tiny-lib/package.json,main's libraries,not scanned,,not run by main (no script or page)",
      'out/main/index.js,main,analysed,main/index.js,',
      'out/preload/index.cjs,preload,analysed,preload/index.cjs.js,',
      expect.stringMatching(
        /^out\/renderer\/assets\/broken-Zz98Yy76\.js,renderer scripts,NOT analysed,renderer\/assets\/broken-Zz98Yy76\.js,/,
      ),
      'out/renderer/assets/main-Ab12Cd34.css,not code,not scanned,,',
      'out/renderer/assets/setup-Ab12Cd34.js,renderer scripts,analysed,renderer/assets/setup-Ab12Cd34.js,',
      'out/renderer/index.html,renderer pages,analysed,renderer/index.html,',
    ]);
  });
});

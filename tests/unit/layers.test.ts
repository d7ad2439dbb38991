import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

/** Type-checks one extra file with a layer's tsconfig, as `npm run typecheck` would. */
function typeErrors(config: string, filePath: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(root, config),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const probe = resolve(root, filePath);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  host.fileExists = (name) => name === probe || ts.sys.fileExists(name);
  host.getSourceFile = (name, language) => (name === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language));
  const program = ts.createProgram({ rootNames: [probe], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer rules (shared/docs/ARCHITECTURE.md) fail the build on a wrong import', () => {
  it.each([
    ['shared/model/probe.ts', "import Dexie from 'dexie';", /Dexie lives only in renderer\/data/],
    ['shared/model/probe.ts', "import { useState } from 'react';", /React belongs to renderer/],
    ['shared/model/probe.ts', "import { app } from 'electron';", /Only electron\/ may import Electron/],
    ['shared/model/probe.ts', "import { readFile } from 'node:fs';", /Node modules belong/],
    ['shared/model/probe.ts', "import { db } from '../../renderer/data';", /Only renderer\/ and tests\/ may import the renderer/],
    ['renderer/screens/probe.tsx', "import { ipcRenderer } from 'electron';", /Only electron\/ may import Electron/],
    ['renderer/screens/probe.tsx', "import { join } from 'path';", /Node modules belong/],
    ['renderer/screens/probe.tsx', "import Dexie from 'dexie';", /Dexie lives only in renderer\/data/],
    ['electron/main/probe.ts', "import { db } from '../../renderer/data';", /Only renderer\/ and tests\/ may import the renderer/],
  ])('%s: %s', async (file, code, message) => {
    const errors = await importErrors(file, `${code}\nexport {};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('allows what each layer may use', async () => {
    expect(await importErrors('renderer/data/probe.ts', "import Dexie from 'dexie';\nexport { Dexie };\n")).toEqual([]);
    expect(
      await importErrors(
        'renderer/screens/probe.tsx',
        "import { z } from 'zod';\nimport { defaultTemplate } from '../../shared/canvas/defaultTemplate';\nexport { z, defaultTemplate };\n",
      ),
    ).toEqual([]);
    expect(
      await importErrors(
        'electron/main/probe.ts',
        "import { app } from 'electron';\nimport { join } from 'node:path';\nexport { app, join };\n",
      ),
    ).toEqual([]);
  });

  it('shared/ compiles without the DOM and Node: `document` and `process` do not exist there', () => {
    const errors = typeErrors('tsconfig.shared.json', 'shared/model/probe.ts', 'export const title = document.title + process.cwd();\n');
    expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
    expect(errors.join('\n')).toMatch(/Cannot find name 'process'/);
    expect(typeErrors('tsconfig.shared.json', 'shared/model/probe.ts', 'export const n: number = 1;\n')).toEqual([]);
  });
});

describe('events from main to the renderer go through the typed contract (shared/ipc.ts ipcEvents)', () => {
  async function syntaxErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
    return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
  }

  it('refuses a raw webContents.send or ipcRenderer.on in electron/', async () => {
    expect(
      await syntaxErrors(
        'electron/main/probe.ts',
        "declare const contents: { send(c: string): void };\ncontents.send('menu:command');\nexport {};\n",
      ),
    ).toEqual([expect.stringMatching(/sendEvent/)]);
    expect(
      await syntaxErrors(
        'electron/preload/probe.ts',
        "import { ipcRenderer } from 'electron';\nipcRenderer.on('room:status', () => undefined);\nexport {};\n",
      ),
    ).toEqual([expect.stringMatching(/listen/)]);
  });

  it('types each event by its payload: a wrong or missing payload does not compile', () => {
    const probe = (line: string) =>
      typeErrors(
        'tsconfig.electron.json',
        'electron/main/probe.ts',
        `import { sendEvent } from './ipcEvents';\ndeclare const contents: { send(channel: string, ...args: unknown[]): void };\n${line}\nexport {};\n`,
      ).join('\n');
    expect(probe("sendEvent(contents, 'menu:command', 'edit.undo');")).toBe('');
    expect(probe("sendEvent(contents, 'file:opened');")).toBe('');
    expect(probe("sendEvent(contents, 'menu:command', 'edit.nothing');")).toMatch(/edit\.nothing/);
    expect(probe("sendEvent(contents, 'app:before-close');")).toMatch(/Expected 3 arguments|arguments/);
    expect(probe("sendEvent(contents, 'room:gone', undefined);")).toMatch(/room:gone/);
  });
});

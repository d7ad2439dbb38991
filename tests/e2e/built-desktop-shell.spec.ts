import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';

// Checks of the built desktop shell that hold wherever Electron's program itself cannot run.

test('the built preload is one CommonJS file that loads nothing but electron (a sandboxed preload can load nothing else)', async () => {
  const preload = await readFile('out/preload/index.cjs', 'utf8');
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
  expect(required).toEqual(['electron']);
  expect(preload).not.toMatch(/^\s*import\s/m);
  expect(preload).toContain('exposeInMainWorld');
  expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
});

test('the built main process opens windows with the security checklist’s web preferences', async () => {
  const main = await readFile('out/main/index.js', 'utf8');
  for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false']) {
    expect(main).toContain(setting);
  }
  expect(main).toContain('app.enableSandbox()');
  expect(main).toContain('setWindowOpenHandler');
  expect(main).not.toMatch(/loadFile\(|file:\/\/.*index\.html/);
});

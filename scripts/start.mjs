#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is (or can be) installed; otherwise the browser
// edition on localhost, with one paragraph saying why. ACTIEPLAAT_EDITION=browser starts the browser
// edition even where Electron is there, and PORT its port (5173): the bench measures it so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Vite's note about its future config loader is for us, not for a newcomer starting the app.
process.env['VITE_CONFIG_NATIVE_IGNORE_WARNING'] = 'true';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function tryInstallElectron() {
  console.log('Electron downloaden (eenmalig)… / Downloading Electron (once)…');
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  return result.status === 0 && electronBinaryPresent();
}

function runForever(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

const browserAsked = process.env['ACTIEPLAAT_EDITION'] === 'browser';
const port = process.env['PORT'] || '5173';

if (!browserAsked && (electronBinaryPresent() || tryInstallElectron())) {
  runForever('npx', ['electron-vite', 'preview']);
} else {
  if (!browserAsked)
    console.log(`
Actieplaat could not start as a desktop app: Electron's program could not be downloaded on this
machine (no internet, or the download host is not reachable), so the browser edition starts instead.
It is the same app with the same features, and it keeps its data in this browser's storage for the
address below (open it in Chromium, Chrome, Edge or Firefox). Saving files gives downloads instead of
save dialogs; it opens a live room for participants' phones as the desktop app does. Run \`npm start\`
again where the internet is available to get the desktop app.
`);
  // The built app, served as users get it (the live room's participant page is built with it);
  // `npm run web` is the development server with live reload.
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  runForever('npx', ['vite', 'preview', '--config', 'vite.config.ts', '--port', port, '--strictPort']);
}

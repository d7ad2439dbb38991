import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { roomPlugin } from './electron/room/vitePlugin';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/**
 * exceljs's browser build (the Excel export) carries jszip's setImmediate polyfill, which turns a callback
 * that is no function into one with `new Function("" + callback)`: code from a string, which the security
 * scan flags. exceljs and jszip only ever pass functions, so the build makes such a call throw instead. The
 * text is matched exactly, once: a new exceljs without it stops the build, for someone to look again.
 */
function excelWithoutStringCallbacks(): Plugin {
  const bundle = /[\\/]exceljs[\\/]dist[\\/]exceljs\.min\.js$/;
  const fromString = '"function"!=typeof e&&(e=new Function(""+e))';
  const refused = 'if("function"!=typeof e)throw new TypeError("setImmediate takes a function")';
  return {
    name: 'actieplaat:excel-without-string-callbacks',
    transform(code, id) {
      if (!bundle.test(id)) return null;
      const count = code.split(fromString).length - 1;
      if (count !== 1) this.error(`${id}: expected the setImmediate polyfill's string-to-Function call once, found it ${count} times`);
      return { code: code.replace(fromString, refused), map: null };
    },
  };
}

/** The renderer's build, shared by the desktop build (electron.vite.config.ts) and the browser edition. */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  // The live room's control API (`/__room/`) for the browser edition; idle until the page asks.
  plugins: [react(), roomPlugin(), excelWithoutStringCallbacks()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // The room's bridge runs in a module worker (renderer/room/bridge/bridgeWorker.ts).
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    minify: true,
    // Fonts stay files: the CSP allows font-src 'self', not data: URIs.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'renderer/index.html'),
        // The live room's page for participants' phones, served by the room server (electron/room).
        participant: resolve(import.meta.dirname, 'renderer/participant/index.html'),
      },
    },
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
};

export default defineConfig(rendererConfig);

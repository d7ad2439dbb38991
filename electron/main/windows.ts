import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './appProtocol';

/** The web preferences of every window; the security checklist's floor. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}

export interface WindowOptions {
  devServerUrl: string | undefined;
  /** In-app route after the `#`, e.g. `/workshop/<id>/present`. */
  route?: string;
  title?: string;
}

export function createAppWindow({ devServerUrl, route = '/', title = 'Actieplaat' }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    title,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  void window.loadURL(`${base}#${route}`);
  return window;
}

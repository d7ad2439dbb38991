import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
const { hardenWebContents, isAppUrl } = await import('./security');

function fakeWebContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => void (openHandler = handler),
    openWindow: (url: string) => openHandler!({ url }),
  });
}

function navigate(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('web contents hardening', () => {
  it('denies navigation away from the app and allows its own pages', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, undefined);
    expect(navigate(contents, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:5173/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://actieplaat/index.html#/workshop/1')).toBe(false);
  });
  it('allows the dev server only when one runs', () => {
    expect(isAppUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/#/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://actieplaat.evil/', undefined)).toBe(false);
  });
  it('denies every new window and webview', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never, undefined);
    expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
  });
});

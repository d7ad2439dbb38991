import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseHandshake } from './closeHandshake';

/** A window that really closes unless a `close` listener prevents it, as Electron's does. */
function fakeWindow(id: number, { crashed = false } = {}) {
  const emitter = new EventEmitter();
  const sent: [string, unknown][] = [];
  let destroyed = false;
  const window = Object.assign(emitter, {
    webContents: { id, send: (channel: string, payload: unknown) => void sent.push([channel, payload]), isCrashed: () => crashed },
    isDestroyed: () => destroyed,
    close: () => {
      let prevented = false;
      emitter.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) destroyed = true;
    },
  });
  return { window, sent };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('asking the renderer before a window closes', () => {
  it('holds the window open until its renderer answers, then closes it', () => {
    const released = vi.fn();
    const handshake = createCloseHandshake({ timeoutMs: 4000, onReleased: released });
    const { window, sent } = fakeWindow(1);
    handshake.guard(window as never);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(sent).toEqual([['app:before-close', { requestId: 0 }]]);
    // Asking again (a second click on the close button) does not ask twice.
    window.close();
    expect(sent).toHaveLength(1);
    handshake.answer(0, { id: 1 });
    expect(window.isDestroyed()).toBe(true);
    expect(released).toHaveBeenCalledTimes(1);
    expect(handshake.waitingCount()).toBe(0);
  });

  it('closes the window after the timeout when the renderer never answers', () => {
    const handshake = createCloseHandshake({ timeoutMs: 4000 });
    const { window } = fakeWindow(1);
    handshake.guard(window as never);
    window.close();
    vi.advanceTimersByTime(3999);
    expect(window.isDestroyed()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.isDestroyed()).toBe(true);
    // A late answer changes nothing.
    handshake.answer(0, { id: 1 });
  });

  it('takes an answer only from the window it asked', () => {
    const handshake = createCloseHandshake();
    const first = fakeWindow(1);
    const second = fakeWindow(2);
    handshake.guard(first.window as never);
    handshake.guard(second.window as never);
    first.window.close();
    handshake.answer(0, { id: 2 });
    expect(first.window.isDestroyed()).toBe(false);
    handshake.answer(0, { id: 1 });
    expect(first.window.isDestroyed()).toBe(true);
    expect(second.window.isDestroyed()).toBe(false);
  });

  it('does not wait for a renderer that has crashed', () => {
    const handshake = createCloseHandshake();
    const { window, sent } = fakeWindow(1, { crashed: true });
    handshake.guard(window as never);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(sent).toEqual([]);
  });
});

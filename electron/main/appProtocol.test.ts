import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveAppFile } from './appProtocol';

const root = '/opt/actieplaat/renderer';

describe('the app:// scheme', () => {
  it('serves index.html for the root and files below the renderer folder', () => {
    expect(resolveAppFile(root, 'app://actieplaat/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://actieplaat/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'));
  });
  it('never serves a file outside the renderer folder, however the path is written', () => {
    for (const url of [
      'app://actieplaat/../../etc/passwd',
      'app://actieplaat/%2e%2e/%2e%2e/etc/passwd',
      'app://actieplaat/assets/..%2f..%2f..%2fetc/passwd',
      'app://actieplaat/%00index.html',
      'app://actieplaat/%E0%A4%A',
    ]) {
      const file = resolveAppFile(root, url);
      expect(file === null || file.startsWith(`${root}/`), url).toBe(true);
    }
  });
  it('answers only its own host and scheme', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
  it('sends a strict policy: no eval, no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    // The one address beyond the app's own: the live room's host socket, on loopback.
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' ws://127.0.0.1:*;");
    expect(CONTENT_SECURITY_POLICY.replace('ws://127.0.0.1:*', '')).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
    expect(mimeTypeOf('a/b.JS')).toBe('text/javascript; charset=utf-8');
  });
});

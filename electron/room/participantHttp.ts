import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { mimeTypeOf } from '../main/appProtocol';
import type { RefusalBody } from '../../shared/room/protocol';

// The room listener's plain HTTP: the participant page's files and the JSON of the join exchange.
// Everything here answers strangers on a shared network, so it serves a fixed set of files, reads
// bodies up to a limit, and sends the same strict headers with every answer.

/** Where the participant page's Vite entry lands inside the built renderer (`out/renderer`). */
export const PARTICIPANT_PAGE = join('participant', 'index.html');

/** The page's policy: its own files only, and its own room's socket (`hostHeader` as in the Host header). */
export function participantCsp(hostHeader: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${hostHeader}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function setCommonHeaders(response: ServerResponse, hostHeader: string): void {
  response.setHeader('Content-Security-Policy', participantCsp(hostHeader));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

export function sendRefusal(response: ServerResponse, status: number, refused: RefusalBody['refused']): void {
  sendJson(response, status, { refused } satisfies RefusalBody);
}

export function sendStatus(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end();
}

/** A Vite asset's name: no folders, no dotfiles, nothing encoded (so `%2e%2e` never becomes `..`). */
const ASSET_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}$/;

/**
 * The file a GET names: `/` and `/index.html` are the participant page, `/assets/<name>` its
 * assets; `null` for everything else. `path` is the raw request path, without its query.
 */
export function participantFileOf(participantRoot: string, path: string): { file: string; html: boolean } | null {
  const root = resolve(participantRoot);
  if (path === '/' || path === '/index.html') return { file: join(root, PARTICIPANT_PAGE), html: true };
  if (!path.startsWith('/assets/')) return null;
  const name = path.slice('/assets/'.length);
  if (!ASSET_NAME.test(name) || name.includes('..')) return null;
  const assets = join(root, 'assets');
  const file = resolve(assets, name);
  return file.startsWith(assets + sep) ? { file, html: false } : null;
}

export async function serveFile(response: ServerResponse, target: { file: string; html: boolean }, headOnly: boolean): Promise<void> {
  let bytes: Buffer;
  try {
    const info = await stat(target.file);
    if (!info.isFile()) return sendStatus(response, 404);
    bytes = await readFile(target.file);
  } catch {
    return sendStatus(response, 404);
  }
  response.writeHead(200, {
    'Content-Type': mimeTypeOf(target.file),
    'Content-Length': bytes.byteLength,
    // Vite's asset names carry their content's hash; the page itself must always be the current one.
    'Cache-Control': target.html ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  response.end(headOnly ? undefined : bytes);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 };

/** A JSON body of at most `maxBytes`; a longer one is not read further. */
export function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  return new Promise((resolveBody) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > maxBytes) {
      resolveBody({ ok: false, status: 413 });
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolveBody(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      length += chunk.byteLength;
      if (length > maxBytes) {
        finish({ ok: false, status: 413 });
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      } catch {
        finish({ ok: false, status: 400 });
      }
    });
    request.on('error', () => finish({ ok: false, status: 400 }));
    request.on('aborted', () => finish({ ok: false, status: 400 }));
  });
}

/**
 * Failed joins (wrong code, unknown credential) per client address in a sliding window: past the
 * limit, that address waits, whatever it sends, until its oldest failures leave the window.
 */
export class JoinThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(address);
    else this.failures.set(address, kept);
    return kept;
  }

  isThrottled(address: string): boolean {
    return this.recent(address).length >= this.limit;
  }

  fail(address: string): void {
    const kept = this.recent(address);
    kept.push(this.now());
    this.failures.set(address, kept);
    // Many addresses (IPv6 makes them cheap) must not grow the map without bound: forget the oldest.
    if (this.failures.size > 10_000) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }
}

import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcContract } from './ipc';

describe('the IPC contract', () => {
  it('validates a save request: bytes, a safe extension, a name', () => {
    const request = {
      suggestedName: 'Actieplan.pdf',
      mimeType: 'application/pdf',
      filter: { name: 'PDF', extensions: ['pdf'] },
      bytes: new Uint8Array([37, 80]),
    };
    expect(ipcContract['file:save'].request.safeParse(request).success).toBe(true);
    expect(ipcContract['file:save'].request.safeParse({ ...request, bytes: 'JVBE' }).success).toBe(false);
    expect(ipcContract['file:save'].request.safeParse({ ...request, filter: { name: 'x', extensions: ['../exe'] } }).success).toBe(false);
  });
  it('only lets the projector open an in-app route', () => {
    const schema = ipcContract['window:open-projector'].request;
    expect(schema.safeParse({ route: '/workshop/abc-123/present' }).success).toBe(true);
    expect(schema.safeParse({ route: 'https://example.org' }).success).toBe(false);
    expect(schema.safeParse({ route: '/workshop/x?y=<script>' }).success).toBe(false);
  });
  it('lists every channel once', () => {
    expect(ipcChannels).toEqual(['app:info', 'file:save', 'file:open', 'window:open-projector']);
  });
});

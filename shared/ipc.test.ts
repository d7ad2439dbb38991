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
    // The actions' Excel workbook, as the renderer asks to save it.
    const workbook = {
      suggestedName: 'Acties Zorg 2026-11-22.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filter: { name: 'Excel-werkmap', extensions: ['xlsx'] },
      bytes: new Uint8Array([80, 75, 3, 4]),
    };
    expect(ipcContract['file:save'].request.safeParse(workbook).success).toBe(true);
  });

  it('lets a file dialog offer only the extensions the app saves and opens', () => {
    const save = (extensions: string[]) =>
      ipcContract['file:save'].request.safeParse({
        suggestedName: 'Actieplan.pdf',
        mimeType: 'application/pdf',
        filter: { name: 'x', extensions },
        bytes: new Uint8Array([37, 80]),
      }).success;
    for (const extension of ['pdf', 'csv', 'xlsx', 'actieplaat']) expect(save([extension]), extension).toBe(true);
    for (const extension of ['exe', 'bat', 'lnk', 'html', 'json', 'desktop']) expect(save([extension]), extension).toBe(false);
    const open = (extensions: string[]) => ipcContract['file:open'].request.safeParse({ filters: [{ name: 'x', extensions }] }).success;
    expect(open(['actieplaat', 'json'])).toBe(true);
    for (const extension of ['exe', 'pdf', 'sh']) expect(open([extension]), extension).toBe(false);
  });
  it('only lets the projector open an in-app route', () => {
    const schema = ipcContract['window:open-projector'].request;
    expect(schema.safeParse({ route: '/workshop/abc-123/present' }).success).toBe(true);
    expect(schema.safeParse({ route: 'https://example.org' }).success).toBe(false);
    expect(schema.safeParse({ route: '/workshop/x?y=<script>' }).success).toBe(false);
  });
  it('lists every channel once', () => {
    expect(new Set(ipcChannels).size).toBe(ipcChannels.length);
    expect(ipcChannels).toEqual(
      expect.arrayContaining([
        'app:info',
        'file:save',
        'file:open',
        'window:open-projector',
        'menu:state',
        'file:take-opened',
        'backup:write',
        'backup:list',
        'backup:read',
        'app:close-ready',
      ]),
    );
  });
  it('takes the menu state only in a language the app speaks, for the menu’s commands, with every flag a boolean', () => {
    const schema = ipcContract['menu:state'].request;
    expect(schema.safeParse({ language: 'en', enabled: { 'export.pdf': true, 'edit.undo': false } }).success).toBe(true);
    expect(schema.safeParse({ language: 'de', enabled: { 'export.pdf': true } }).success).toBe(false);
    expect(schema.safeParse({ language: 'nl', enabled: { 'export.pdf': 'yes' } }).success).toBe(false);
    expect(schema.safeParse({ language: 'nl', enabled: { 'shell.exec': true } }).success).toBe(false);
  });
  it('addresses a backup by ids only, never by a path, and bounds what is written', () => {
    const read = ipcContract['backup:read'].request;
    expect(read.safeParse({ workshopId: 'w1', id: '2026-11-22T14-03-00-000Z' }).success).toBe(true);
    expect(read.safeParse({ workshopId: 'w1', id: '../../etc/passwd' }).success).toBe(false);
    expect(read.safeParse({ workshopId: 'w1', id: '2026-11-22T14-03-00-000Z/../x' }).success).toBe(false);
    const write = ipcContract['backup:write'].request;
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    expect(write.safeParse({ workshopId: 'w1', title: 'Zorg', bytes: new Uint8Array([123]) }).success).toBe(true);
    expect(write.safeParse({ workshopId: 'w1', title: 'Zorg', bytes: huge }).success).toBe(false);
    expect(write.safeParse({ workshopId: 'x'.repeat(201), title: 'Zorg', bytes: new Uint8Array([123]) }).success).toBe(false);
  });
});

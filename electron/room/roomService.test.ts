import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { PLENARY_DOC, tableDocName, type OpenRoomStatus } from '../../shared/room/protocol';
import {
  Clients,
  HOST_ORIGIN,
  TempFolders,
  expectOpen,
  http,
  joinRoom,
  roomOrigin,
  sitAt,
  sleep,
  tokenOf,
  waitFor,
  wire,
} from '../../tests/support/roomTestKit';
import { hostHeaderOf, lanAddresses, TEST_LAN_INTERFACE, testLanInterfaces } from './addresses';
import { RoomService, type RoomServiceOptions } from './roomService';
import { safeFileName } from './roomStore';

const folders = new TempFolders();
const clients = new Clients();
const services: RoomService[] = [];

afterEach(async () => {
  clients.destroy();
  await Promise.all(services.splice(0).map((service) => service.stop()));
  await folders.cleanup();
});

async function makeService(options: Partial<RoomServiceOptions> = {}) {
  const dataDir = options.dataDir ?? (await folders.make('actieplaat-rooms-'));
  const participantRoot = options.participantRoot ?? (await folders.participantRoot());
  const service = new RoomService({ dataDir, participantRoot, hostOrigins: [HOST_ORIGIN], ...options });
  services.push(service);
  return { service, dataDir, participantRoot };
}

async function openRoom(options: Partial<RoomServiceOptions> = {}, workshopId = 'w1') {
  const made = await makeService(options);
  const status = expectOpen(await made.service.open({ workshopId, address: '127.0.0.1' }));
  return { ...made, status };
}

/** Whether something can listen on the port again. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function text(doc: Y.Doc, key = 'tekst'): unknown {
  return doc.getMap('proef').get(key);
}

function write(doc: Y.Doc, value: unknown, key = 'tekst'): void {
  doc.getMap('proef').set(key, value);
}

/** The host's bridge on the plenary document with some content a stranger must never see. */
async function hostWithSecretPlenary(status: OpenRoomStatus) {
  const host = clients.host(status, PLENARY_DOC);
  await waitFor(() => host.provider.isSynced, 'the host to sync');
  write(host.doc, 'alleen voor deelnemers');
  await waitFor(() => !host.provider.hasUnsyncedChanges, 'the host’s write to arrive');
  return host;
}

describe('the addresses a room may use', () => {
  const interfaces = {
    eth0: [
      { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 2 },
      { address: '192.168.1.5', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null },
      { address: '2001:db8::5', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 0 },
    ],
    lo: [
      { address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '', mac: '', cidr: null },
      { address: '::1', family: 'IPv6', internal: true, netmask: '', mac: '', cidr: null, scopeid: 0 },
    ],
    wlan0: [{ address: '10.0.0.2', family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }],
  } as never;

  it('lists IPv4 first, then global IPv6, then loopback last; never link-local', () => {
    expect(lanAddresses(interfaces)).toEqual([
      { interface: 'eth0', address: '192.168.1.5', family: 'IPv4' },
      { interface: 'wlan0', address: '10.0.0.2', family: 'IPv4' },
      { interface: 'eth0', address: '2001:db8::5', family: 'IPv6' },
      { interface: 'lo', address: '127.0.0.1', family: 'IPv4' },
    ]);
  });

  it('refuses to open on an address that is not this machine’s, or on all of them', async () => {
    const { service } = await makeService({ networkInterfaces: () => interfaces });
    expect(service.addresses().map((entry) => entry.address)).toEqual(['192.168.1.5', '10.0.0.2', '2001:db8::5', '127.0.0.1']);
    for (const address of ['10.9.9.9', '0.0.0.0', '::', 'fe80::1'])
      expect(await service.open({ workshopId: 'w1', address })).toEqual({ state: 'closed', error: 'address-unavailable' });
  });

  it('gives the desktop journey test a network card on a second loopback address, and nothing for any other address', () => {
    expect(lanAddresses(testLanInterfaces('127.0.0.2')!)).toEqual([
      { interface: TEST_LAN_INTERFACE, address: '127.0.0.2', family: 'IPv4' },
      { interface: 'lo', address: '127.0.0.1', family: 'IPv4' },
    ]);
    for (const address of [
      undefined,
      '',
      '127.0.0.1',
      '192.168.1.5',
      '10.0.0.2',
      '127.0.0.256',
      '127.0.0',
      ' 127.0.0.2',
      '::1',
      'localhost',
    ])
      expect(testLanInterfaces(address), String(address)).toBeUndefined();
  });

  it('writes an IPv6 Host header in brackets', () => {
    expect(hostHeaderOf('2001:db8::5', 4000)).toBe('[2001:db8::5]:4000');
    expect(hostHeaderOf('10.0.0.2', 4000)).toBe('10.0.0.2:4000');
  });
});

describe('the participant page over HTTP', () => {
  it('serves the page and its assets with a strict policy', async () => {
    const { status } = await openRoom();
    const host = { Host: `127.0.0.1:${status.port}` };
    const page = await http(status.port, 'GET', '/', { headers: host });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; ` +
        `connect-src 'self' ws://127.0.0.1:${status.port}; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(page.text).toContain('../assets/x.js');
    expect((await http(status.port, 'GET', '/index.html?x=1', { headers: host })).status).toBe(200);
    const script = await http(status.port, 'GET', '/assets/x.js', { headers: host });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('serves nothing outside the page’s files: traversal, encoded traversal, dotfiles, other paths', async () => {
    const { status } = await openRoom();
    const host = { Host: `127.0.0.1:${status.port}` };
    for (const path of [
      '/assets/../../x',
      '/assets/../geheim.txt',
      '/assets/%2e%2e/geheim.txt',
      '/assets/%2E%2E%2Fgeheim.txt',
      '/assets/..%2fgeheim.txt',
      '/assets/..%5cgeheim.txt',
      '/assets/.verborgen',
      '/assets/',
      '/assets/x.js/',
      '/geheim.txt',
      '/participant/index.html',
      '/../geheim.txt',
      '/%2e%2e/geheim.txt',
      '/api/join',
    ]) {
      const answer = await http(status.port, 'GET', path, { headers: host });
      expect(answer.status, path).toBe(404);
      expect(answer.text, path).not.toContain('geheim');
    }
    expect((await http(status.port, 'DELETE', '/', { headers: host })).status).toBe(404);
  });

  it('answers only under its own name (DNS rebinding)', async () => {
    const { status } = await openRoom();
    for (const name of ['evil.example:' + status.port, 'localhost:' + status.port, '127.0.0.1', '127.0.0.1:1'])
      expect((await http(status.port, 'GET', '/', { headers: { Host: name } })).status, name).toBe(403);
  });

  it('does not open without a built participant page', async () => {
    const { service } = await makeService({ participantRoot: await folders.make('actieplaat-leeg-') });
    expect(await service.open({ workshopId: 'w1', address: '127.0.0.1' })).toEqual({ state: 'closed', error: 'no-participant-page' });
    expect(await service.status()).toEqual({ state: 'closed', error: 'no-participant-page' });
  });
});

describe('joining', () => {
  it('gives a device a credential for the right code and keeps only its hash', async () => {
    const { service, status, dataDir } = await openRoom();
    const joined = await joinRoom(status, status.code.toLowerCase().replace(/(.{4})/g, '$1-'));
    expect(joined.roomId).toBe(status.roomId);
    expect(joined.credential).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await sitAt(status, joined, 'team-a', 'Anne')).status).toBe(200);
    const after = expectOpen(await service.status());
    expect(after.devices).toEqual([expect.objectContaining({ id: joined.deviceId, name: 'Anne', tableId: 'team-a', online: false })]);
    const file = join(dataDir, safeFileName('w1'), 'room.json');
    const saved = await readFile(file, 'utf8');
    expect(saved).not.toContain(joined.credential);
    expect(saved).toContain(status.code);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses a wrong code, another site’s page, and a bad body', async () => {
    const { service, status } = await openRoom();
    const wrong = await http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, body: { code: '0'.repeat(26) } });
    expect(wrong.status).toBe(403);
    expect(wrong.json()).toEqual({ refused: 'wrong-code' });
    const crossSite = await http(status.port, 'POST', '/api/join', {
      headers: { Origin: 'http://evil.example' },
      body: { code: status.code },
    });
    expect(crossSite.status).toBe(403);
    const noOrigin = await http(status.port, 'POST', '/api/join', { body: { code: status.code } });
    expect(noOrigin.status).toBe(403);
    const notJson = await http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, rawBody: '{code' });
    expect(notJson.json()).toEqual({ refused: 'bad-request' });
    const tooLong = await http(status.port, 'POST', '/api/join', {
      headers: { Origin: roomOrigin(status) },
      body: { code: 'x'.repeat(5000) },
    });
    expect(tooLong.status).toBe(413);
    const after = expectOpen(await service.status());
    expect(after.devices).toEqual([]);
    expect(after.refusals.map((refusal) => refusal.reason)).toContain('wrong-code');
    // A credential that was never given is refused too.
    const unknown = await http(status.port, 'POST', '/api/device', {
      headers: { Origin: roomOrigin(status) },
      body: { credential: 'verzonnen', tableId: 'team-a', name: '' },
    });
    expect(unknown.json()).toEqual({ refused: 'unknown-device' });
  });

  it('makes an address wait after too many failures, even with the right code, until the window passes', async () => {
    let now = 1_000_000;
    const { status } = await openRoom({ limits: { failedJoinsPerAddress: 3, failedJoinWindowMs: 60_000 }, now: () => now });
    const attempt = (code: string) => http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, body: { code } });
    for (let index = 0; index < 3; index += 1) expect((await attempt('1'.repeat(26))).status).toBe(403);
    const throttled = await attempt(status.code);
    expect(throttled.status).toBe(429);
    expect(throttled.json()).toEqual({ refused: 'throttled' });
    now += 60_001;
    expect((await attempt(status.code)).status).toBe(200);
  });

  it('refuses devices past the room’s limit', async () => {
    const { status } = await openRoom({ limits: { maxDevices: 2 } });
    await joinRoom(status);
    await joinRoom(status);
    const full = await http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, body: { code: status.code } });
    expect(full.status).toBe(503);
    expect(full.json()).toEqual({ refused: 'room-full' });
  });
});

describe('one room at a time', () => {
  it('refuses another workshop’s room while one is open, and answers the same room again', async () => {
    const { service, status } = await openRoom();
    expect(await service.open({ workshopId: 'w2', address: '127.0.0.1' })).toEqual({ state: 'closed', error: 'other-room' });
    const again = expectOpen(await service.open({ workshopId: 'w1', address: '127.0.0.1' }));
    expect(again.port).toBe(status.port);
    expect(again.code).toBe(status.code);
    expect((await service.status()).state).toBe('open');
  });

  it('coalesces a burst of changes into a few notifications', async () => {
    const { service, status } = await openRoom();
    const seen: string[] = [];
    service.onStatus((next) => seen.push(next.state));
    for (let index = 0; index < 20; index += 1) await service.reportRefusal({ reason: `proef-${index}` });
    await sleep(700);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.length).toBeLessThanOrEqual(4);
    const last = expectOpen(await service.status());
    expect(last.refusals).toHaveLength(20);
    expect(last.roomId).toBe(status.roomId);
  });
});

describe('closing and stopping', () => {
  it('close() cuts every socket, frees both ports and deletes the room', async () => {
    const { service, status, dataDir } = await openRoom();
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const host = clients.host(status, PLENARY_DOC);
    const device = clients.device(status, PLENARY_DOC, tokenOf(joined));
    await waitFor(() => host.provider.isSynced && device.provider.isSynced, 'both to sync');
    const hostPort = Number(new URL(status.hostUrl).port);
    expect(await readdir(dataDir)).toEqual([safeFileName('w1')]);
    const closed = await service.close();
    expect(closed).toEqual({ state: 'closed' });
    await waitFor(() => host.socket.status === 'disconnected' && device.socket.status === 'disconnected', 'the sockets to be cut');
    expect(await portIsFree(status.port)).toBe(true);
    expect(await portIsFree(hostPort)).toBe(true);
    expect(await readdir(dataDir)).toEqual([]);
    // A new room has a new code and nothing of the old one.
    const next = expectOpen(await service.open({ workshopId: 'w1', address: '127.0.0.1' }));
    expect(next.code).not.toBe(status.code);
    expect(next.roomId).not.toBe(status.roomId);
    expect(next.devices).toEqual([]);
  });

  it('stop() keeps the room: a new service resumes its code, port, documents and devices', async () => {
    const { service, status, dataDir, participantRoot } = await openRoom();
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const host = clients.host(status, PLENARY_DOC);
    const phone = clients.device(status, tableDocName('team-a'), tokenOf(joined));
    await waitFor(() => host.provider.isSynced && phone.provider.isSynced, 'both to sync');
    write(host.doc, 'Titel van de werkplaats');
    write(phone.doc, 'Notitie van tafel A');
    await waitFor(() => !host.provider.hasUnsyncedChanges && !phone.provider.hasUnsyncedChanges, 'the writes to arrive');
    await service.stop();
    clients.destroy();
    expect(await service.status()).toEqual({ state: 'closed', resumable: { workshopId: 'w1', address: '127.0.0.1', port: status.port } });

    const { service: restarted } = await makeService({ dataDir, participantRoot });
    expect(await restarted.status()).toEqual({ state: 'closed', resumable: { workshopId: 'w1', address: '127.0.0.1', port: status.port } });
    const resumed = expectOpen(await restarted.open({ workshopId: 'w1', address: '127.0.0.1' }));
    expect(resumed.code).toBe(status.code);
    expect(resumed.port).toBe(status.port);
    expect(resumed.roomId).toBe(status.roomId);
    expect(resumed.devices.map((device) => device.id)).toEqual([joined.deviceId]);
    const hostAgain = clients.host(resumed, PLENARY_DOC);
    const phoneAgain = clients.device(resumed, tableDocName('team-a'), tokenOf(joined));
    await waitFor(() => hostAgain.provider.isSynced && phoneAgain.provider.isSynced, 'both to sync again');
    expect(text(hostAgain.doc)).toBe('Titel van de werkplaats');
    expect(text(phoneAgain.doc)).toBe('Notitie van tafel A');
  });

  it('recover() opens a room the app died with, and the phone brings back what the server had not written', async () => {
    const { service, status, dataDir, participantRoot } = await openRoom();
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const phone = clients.device(status, tableDocName('team-a'), tokenOf(joined));
    await waitFor(() => phone.provider.isSynced, 'the phone to sync');
    write(phone.doc, 'Notitie van tafel A');
    await waitFor(() => !phone.provider.hasUnsyncedChanges, 'the write to arrive');
    // What a kill leaves: the room's file as it was while it listened, and no document written yet.
    const folder = join(dataDir, safeFileName('w1'));
    const whileListening = await readFile(join(folder, 'room.json'));
    await service.stop();
    await writeFile(join(folder, 'room.json'), whileListening);
    await rm(join(folder, 'docs'), { recursive: true, force: true });

    const { service: restarted } = await makeService({ dataDir, participantRoot });
    const recovered = expectOpen(await restarted.recover());
    expect([recovered.code, recovered.port, recovered.roomId]).toEqual([status.code, status.port, status.roomId]);
    // The phone's provider reconnects by itself, with its credential, and sends what the room lacks.
    const host = clients.host(recovered, tableDocName('team-a'));
    await waitFor(() => text(host.doc) === 'Notitie van tafel A', 'the phone’s note to reach the recovered room');
    expect((await restarted.status()).state).toBe('open');
  });

  it('recover() leaves a room the app stopped on the way out to the facilitator', async () => {
    const { service, status, dataDir, participantRoot } = await openRoom();
    await service.stop();
    const { service: restarted } = await makeService({ dataDir, participantRoot });
    expect(await restarted.recover()).toEqual({
      state: 'closed',
      resumable: { workshopId: 'w1', address: '127.0.0.1', port: status.port },
    });
  });

  it('resumes on a free port when its old one is taken', async () => {
    const { service, status } = await openRoom();
    await service.stop();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen({ host: '127.0.0.1', port: status.port }, resolve));
    try {
      const resumed = expectOpen(await service.open({ workshopId: 'w1', address: '127.0.0.1' }));
      expect(resumed.port).not.toBe(status.port);
      expect(resumed.code).toBe(status.code);
      await service.stop();
      // A port asked for by name that is taken is an error, not another port.
      expect(await service.open({ workshopId: 'w1', address: '127.0.0.1', port: status.port })).toMatchObject({
        state: 'closed',
        error: 'address-in-use',
      });
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('close() with no room open discards the room that could be resumed', async () => {
    const { service, dataDir } = await openRoom();
    await service.stop();
    expect((await service.status()).state).toBe('closed');
    expect(await service.close()).toEqual({ state: 'closed' });
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('the sync sockets', () => {
  it('give a table’s device the plenary read-only and its own table read-write', async () => {
    const { status } = await openRoom();
    const host = await hostWithSecretPlenary(status);
    const hostTable = clients.host(status, tableDocName('team-a'), { socket: host.socket });
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const plenary = clients.device(status, PLENARY_DOC, tokenOf(joined));
    const table = clients.device(status, tableDocName('team-a'), tokenOf(joined), { socket: plenary.socket });
    await waitFor(() => plenary.provider.isSynced && table.provider.isSynced && hostTable.provider.isSynced, 'the device to sync');
    expect(text(plenary.doc)).toBe('alleen voor deelnemers');
    write(table.doc, 'van de telefoon');
    await waitFor(() => text(hostTable.doc) === 'van de telefoon', 'the table write to reach the host');
    // The plenary is read-only: the device's write stays on the device.
    write(plenary.doc, 'overschreven', 'kaping');
    await sleep(300);
    expect(text(host.doc, 'kaping')).toBeUndefined();
  });

  it('never let a device of table A read or write table B', async () => {
    const { status, service } = await openRoom();
    const hostB = clients.host(status, tableDocName('team-b'));
    await waitFor(() => hostB.provider.isSynced, 'the host to sync table B');
    write(hostB.doc, 'geheim van tafel B');
    await waitFor(() => !hostB.provider.hasUnsyncedChanges, 'the host’s write to arrive');
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const intruder = clients.device(status, tableDocName('team-b'), tokenOf(joined));
    await waitFor(() => intruder.failures.length > 0, 'the refusal');
    write(intruder.doc, 'ingebroken', 'inbraak');
    await sleep(300);
    expect(text(intruder.doc)).toBeUndefined();
    expect(text(hostB.doc, 'inbraak')).toBeUndefined();
    // Not with the raw protocol either: authentication refused, no sync message ever.
    const raw = clients.rawSocket(`ws://127.0.0.1:${status.port}/sync`, { origin: roomOrigin(status) });
    await raw.opened;
    raw.send(wire.auth(tableDocName('team-b'), tokenOf(joined)));
    raw.send(wire.syncStep1(tableDocName('team-b'), new Uint8Array([0])));
    await waitFor(() => raw.deniedFor(tableDocName('team-b')), 'the raw refusal');
    await sleep(200);
    expect(raw.typesFor(tableDocName('team-b'))).not.toContain(0);
    const refusals = expectOpen(await service.status()).refusals;
    expect(refusals).toContainEqual(expect.objectContaining({ reason: 'forbidden-document', deviceId: joined.deviceId }));
  });

  it('send nothing without a good token, from another Origin or under another Host name', async () => {
    const { status } = await openRoom();
    await hostWithSecretPlenary(status);
    const joined = await joinRoom(status);
    const attempts = [
      clients.device(status, PLENARY_DOC, ''),
      clients.device(status, PLENARY_DOC, 'd.verzonnen.geheim'),
      clients.device(status, PLENARY_DOC, `d.${joined.deviceId}.verkeerd`),
      clients.device(status, PLENARY_DOC, status.hostToken),
      clients.device(status, PLENARY_DOC, tokenOf(joined), { origin: 'http://evil.example' }),
      clients.device(status, PLENARY_DOC, tokenOf(joined), { origin: undefined }),
      clients.device(status, PLENARY_DOC, tokenOf(joined), { host: `evil.example:${status.port}` }),
    ];
    // The same device with everything right does see it, so the wait below means something.
    const legit = clients.device(status, PLENARY_DOC, tokenOf(joined));
    await waitFor(() => text(legit.doc) === 'alleen voor deelnemers', 'the legitimate device to see the plenary');
    await sleep(400);
    // The token attempts were answered (refused); the header attempts never got a socket.
    for (const attempt of attempts.slice(0, 4)) expect(attempt.failures.length).toBeGreaterThan(0);
    for (const attempt of attempts.slice(4)) expect(attempt.socket.status).not.toBe('connected');
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    for (const attempt of attempts) {
      expect(Y.encodeStateAsUpdate(attempt.doc)).toEqual(empty);
      expect(attempt.provider.isSynced).toBe(false);
    }
  });

  it('take the host’s token on the host listener only, from the app’s Origin only', async () => {
    const { status } = await openRoom();
    await hostWithSecretPlenary(status);
    const joined = await joinRoom(status);
    const onRoomListener = clients.device(status, PLENARY_DOC, status.hostToken);
    const deviceOnHostListener = clients.provider(status.hostUrl, PLENARY_DOC, tokenOf(joined), { origin: HOST_ORIGIN });
    const wrongOrigin = clients.provider(status.hostUrl, PLENARY_DOC, status.hostToken, { origin: 'http://127.0.0.1:1234' });
    const roomOriginOnHost = clients.provider(status.hostUrl, PLENARY_DOC, status.hostToken, { origin: roomOrigin(status) });
    const good = clients.host(status, PLENARY_DOC);
    await waitFor(() => text(good.doc) === 'alleen voor deelnemers', 'the host to see the plenary');
    await waitFor(() => onRoomListener.failures.length > 0 && deviceOnHostListener.failures.length > 0, 'both refusals');
    await sleep(300);
    for (const attempt of [onRoomListener, deviceOnHostListener, wrongOrigin, roomOriginOnHost]) expect(text(attempt.doc)).toBeUndefined();
    // The host listener serves no page.
    const hostPort = Number(new URL(status.hostUrl).port);
    expect((await http(hostPort, 'GET', '/', { headers: { Host: `127.0.0.1:${hostPort}` } })).status).toBe(404);
  });

  it('refuse other paths', async () => {
    const { status } = await openRoom();
    const raw = clients.rawSocket(`ws://127.0.0.1:${status.port}/elders`, { origin: roomOrigin(status) });
    expect(await raw.opened).toBe(false);
    expect(raw.unexpectedStatus).toBe(404);
  });

  it('cut a removed device within two seconds, and its credential stops working', async () => {
    const { service, status } = await openRoom();
    const joined = await joinRoom(status);
    const phone = clients.device(status, PLENARY_DOC, tokenOf(joined));
    await waitFor(() => phone.provider.isSynced, 'the device to sync');
    await waitFor(async () => expectOpen(await service.status()).devices[0]?.online, 'the device to be online');
    const raw = clients.rawSocket(`ws://127.0.0.1:${status.port}/sync`, { origin: roomOrigin(status) });
    await raw.opened;
    raw.send(wire.auth(PLENARY_DOC, tokenOf(joined)));
    await waitFor(() => raw.typesFor(PLENARY_DOC).includes(2), 'the raw socket to authenticate');
    const started = Date.now();
    await service.removeDevice(joined.deviceId);
    expect(await raw.closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(2000);
    await waitFor(() => phone.failures.includes('unknown-device'), 'the reconnecting device to be refused');
    expect(expectOpen(await service.status()).devices).toEqual([]);
    expect((await sitAt(status, joined, 'team-a')).status).toBe(403);
  });

  it('after a new code, no old credential and not the old code work', async () => {
    const { service, status } = await openRoom();
    const joined = await joinRoom(status);
    const raw = clients.rawSocket(`ws://127.0.0.1:${status.port}/sync`, { origin: roomOrigin(status) });
    await raw.opened;
    raw.send(wire.auth(PLENARY_DOC, tokenOf(joined)));
    await waitFor(() => raw.typesFor(PLENARY_DOC).includes(2), 'the raw socket to authenticate');
    const renewed = expectOpen(await service.newCode());
    expect(renewed.code).not.toBe(status.code);
    expect(renewed.roomId).toBe(status.roomId);
    expect(renewed.devices).toEqual([]);
    expect(await raw.closed).toBe(4401);
    const oldCode = await http(status.port, 'POST', '/api/join', { headers: { Origin: roomOrigin(status) }, body: { code: status.code } });
    expect(oldCode.status).toBe(403);
    expect((await sitAt(status, joined, 'team-a')).status).toBe(403);
    const stale = clients.device(status, PLENARY_DOC, tokenOf(joined));
    await waitFor(() => stale.failures.length > 0, 'the old credential to be refused');
    await joinRoom(renewed);
  });

  it('close a device’s old table when it moves to another', async () => {
    const { status } = await openRoom();
    const hostA = clients.host(status, tableDocName('team-a'));
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const tableA = clients.device(status, tableDocName('team-a'), tokenOf(joined));
    await waitFor(() => tableA.provider.isSynced && hostA.provider.isSynced, 'table A to sync');
    let closedA = false;
    tableA.provider.on('close', () => void (closedA = true));
    expect((await sitAt(status, joined, 'team-b')).status).toBe(200);
    await waitFor(() => closedA, 'table A to be closed for the device');
    write(tableA.doc, 'na het verhuizen');
    await sleep(300);
    expect(text(hostA.doc)).toBeUndefined();
    const tableB = clients.device(status, tableDocName('team-b'), tokenOf(joined), { socket: tableA.socket });
    await waitFor(() => tableB.provider.isSynced, 'table B to sync');
  });
});

describe('the limits', () => {
  async function rawDevice(status: OpenRoomStatus, tableId = 'team-a') {
    const joined = await joinRoom(status);
    await sitAt(status, joined, tableId);
    const raw = clients.rawSocket(`ws://127.0.0.1:${status.port}/sync`, { origin: roomOrigin(status) });
    await raw.opened;
    raw.send(wire.auth(tableDocName(tableId), tokenOf(joined)));
    await waitFor(() => raw.typesFor(tableDocName(tableId)).includes(2), 'the raw socket to authenticate');
    return { raw, joined };
  }

  async function stillServes(status: OpenRoomStatus) {
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-z');
    const phone = clients.device(status, tableDocName('team-z'), tokenOf(joined));
    await waitFor(() => phone.provider.isSynced, 'another device to be served');
  }

  it('close a socket that sends an oversized message, and record it', async () => {
    const { service, status } = await openRoom({ limits: { maxMessageBytes: 16 * 1024 } });
    const { raw, joined } = await rawDevice(status);
    raw.send(new Uint8Array(20 * 1024));
    expect(await raw.closed).toBe(1009);
    await waitFor(
      async () =>
        expectOpen(await service.status()).refusals.find(
          (refusal) => refusal.reason === 'oversized-message' && refusal.deviceId === joined.deviceId,
        ),
      'the refusal',
    );
    await stillServes(status);
  });

  it('survive garbage: bytes that are no message, and a sync message with a broken update', async () => {
    const { service, status } = await openRoom();
    const first = await rawDevice(status);
    first.raw.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
    expect(await first.raw.closed).toBe(1007);
    const second = await rawDevice(status);
    second.raw.send(wire.update(tableDocName('team-a'), new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02, 0x03])));
    expect(await second.raw.closed).toBe(1007);
    // On a read-only document the update goes to Hocuspocus, which must catch it as well.
    const third = await rawDevice(status);
    third.raw.send(wire.auth(PLENARY_DOC, tokenOf(third.joined)));
    await waitFor(() => third.raw.typesFor(PLENARY_DOC).includes(2), 'the plenary to authenticate');
    third.raw.send(wire.update(PLENARY_DOC, new Uint8Array([0xff, 0xff, 0xff, 0x01])));
    third.raw.ws.send('tekst in plaats van bytes');
    expect(await third.raw.closed).toBe(1007);
    const reasons = expectOpen(await service.status()).refusals.map((refusal) => refusal.reason);
    expect(reasons).toContain('malformed');
    await stillServes(status);
  });

  it('survive what only Hocuspocus can judge: a broken awareness update, an unknown sync step', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { status } = await openRoom();
      const { raw } = await rawDevice(status);
      const doc = tableDocName('team-a');
      raw.send(new Uint8Array([...wire.queryAwareness(doc).slice(0, -1), 1, 5, 0xff, 0xff, 0xff, 0x01, 0x02]));
      raw.send(new Uint8Array([...wire.queryAwareness(doc).slice(0, -1), 0, 7, 1, 2, 3]));
      await waitFor(() => quiet.mock.calls.length > 0, 'Hocuspocus to catch the broken message');
      await stillServes(status);
    } finally {
      quiet.mockRestore();
    }
  });

  it('refuse a write that would take a document past its size', async () => {
    const { service, status } = await openRoom({ limits: { maxDocumentBytes: 20_000 } });
    const host = clients.host(status, tableDocName('team-a'));
    const joined = await joinRoom(status);
    await sitAt(status, joined, 'team-a');
    const phone = clients.device(status, tableDocName('team-a'), tokenOf(joined));
    await waitFor(() => phone.provider.isSynced && host.provider.isSynced, 'both to sync');
    write(phone.doc, 'klein');
    await waitFor(() => text(host.doc) === 'klein', 'the small write');
    write(phone.doc, 'x'.repeat(30_000), 'groot');
    await waitFor(
      async () => expectOpen(await service.status()).refusals.find((refusal) => refusal.reason === 'document-too-large'),
      'the refusal',
    );
    await sleep(300);
    expect(text(host.doc, 'groot')).toBeUndefined();
    await stillServes(status);
  });

  it('limit the connections from one address', async () => {
    const { service, status } = await openRoom({ limits: { maxConnectionsPerAddress: 2 } });
    const url = `ws://127.0.0.1:${status.port}/sync`;
    const first = clients.rawSocket(url, { origin: roomOrigin(status) });
    const second = clients.rawSocket(url, { origin: roomOrigin(status) });
    expect(await first.opened).toBe(true);
    expect(await second.opened).toBe(true);
    const third = clients.rawSocket(url, { origin: roomOrigin(status) });
    expect(await third.opened).toBe(false);
    expect(third.unexpectedStatus).toBe(429);
    expect(expectOpen(await service.status()).refusals.map((refusal) => refusal.reason)).toContain('too-many-connections');
    first.ws.close();
    await first.closed;
    const fourth = clients.rawSocket(url, { origin: roomOrigin(status) });
    await waitFor(async () => (await fourth.opened) || fourth.unexpectedStatus, 'the fourth socket');
    expect(fourth.unexpectedStatus).toBeUndefined();
  });

  it('limit the connections in all', async () => {
    const { status } = await openRoom({ limits: { maxConnections: 2 } });
    const url = `ws://127.0.0.1:${status.port}/sync`;
    expect(await clients.rawSocket(url, { origin: roomOrigin(status) }).opened).toBe(true);
    expect(await clients.rawSocket(status.hostUrl, { origin: HOST_ORIGIN }).opened).toBe(true);
    const third = clients.rawSocket(url, { origin: roomOrigin(status) });
    expect(await third.opened).toBe(false);
    expect(third.unexpectedStatus).toBe(503);
  });

  it('close a socket that sends too many messages in a second', async () => {
    const { service, status } = await openRoom({ limits: { maxMessagesPerSecond: 20 } });
    const { raw } = await rawDevice(status);
    for (let index = 0; index < 40; index += 1) raw.send(wire.queryAwareness(tableDocName('team-a')));
    expect(await raw.closed).toBe(1008);
    expect(expectOpen(await service.status()).refusals.map((refusal) => refusal.reason)).toContain('too-many-messages');
  });
});

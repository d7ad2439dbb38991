import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { shareMenu, tool, writeTemp } from '../support/files';
import { decodeQrOnScreen } from '../support/qr';
import {
  closeAnyRoom,
  joinFromPhone,
  networkSwitch,
  openOnPhone,
  openRoomOnHost,
  openWorkshopOnHost,
  phone,
  roomWorkshop,
} from '../support/liveRoom';
import { writeRecord } from '../../shared/room/tableDoc';
import { PLENARY_DOC, tableDocName, type OpenRoomStatus } from '../../shared/room/protocol';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDatabase, withoutEditTimes } from '../support/database';
import { Clients, http, joinRoom, sitAt, tokenOf, wire } from '../support/roomTestKit';

// The live room (issue 11): the host page in Chromium with the room server that `vite preview` runs
// (the browser edition's), phones as Playwright contexts with mobile profiles, all on 127.0.0.1.

test.afterEach(async () => {
  await closeAnyRoom();
});

/** How long after `since` the host showed what a phone did, for the log; asserted against one second below. */
async function shownWithin(since: number, check: () => Promise<void>): Promise<number> {
  await check();
  return Date.now() - since;
}

async function hostPanel(page: Page, team: string, element: string) {
  if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: team }).click();
  await page.getByRole('button', { name: element, exact: true }).click();
  const panel = page.getByRole('dialog');
  await expect(panel.getByRole('heading', { level: 2, name: element })).toBeVisible();
  return panel;
}

test('three phones join by the QR code on screen, score, write notes and actions; the host sees it all live with authors, its edits reach the phones, its PDF holds their actions', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const data = roomWorkshop('Kamer Brainport');
  await openWorkshopOnHost(page, data);
  const room = await openRoomOnHost(page);
  await page.screenshot({ path: 'test-results/screens/room-dialog-open-1280.png' });
  // The bridge runs in a worker of its own, off the page's main thread.
  await expect
    .poll(() => page.workers().map((worker) => new URL(worker.url()).pathname.split('/').pop()))
    .toContainEqual(expect.stringMatching(/^bridgeWorker/));

  // Two phones at Tafel 1 (one picks a listed name, one types a new one), one at Tafel 2.
  const a = await phone(browser, 'small');
  const b = await phone(browser, 'Pixel 7');
  const c = await phone(browser, 'Galaxy S9+');
  await joinFromPhone(a.page, room.url, /Tafel 1/, { pick: 'Łukasz Wróbel' });
  await joinFromPhone(b.page, room.url, /Tafel 1/, { type: 'Anne de Vries' });
  await joinFromPhone(c.page, room.url, /Tafel 2/, { pick: 'Мария Иванова' });
  // The fragment with the code is gone from the phone's address bar.
  expect(a.page.url()).not.toContain('#k=');

  // The host's dialog lists the devices per table.
  const dialog = page.getByRole('dialog', { name: /Kamer: deelnemers doen mee/ });
  await expect(dialog.getByRole('row', { name: /Łukasz Wróbel.*Tafel 1 · Zorg.*Verbonden/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Anne de Vries.*Tafel 1 · Zorg.*Verbonden/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Мария Иванова.*Tafel 2 · Techniek.*Verbonden/ })).toBeVisible();
  await expect(dialog.getByText('2 deelnemers')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/room-dialog-devices-1280.png' });
  await page.keyboard.press('Escape');

  // The projector's join slide (J): a QR code of at least 40 % of the screen's height that phones can
  // read, the short address, and who joined per table.
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    const projector = await page.context().newPage();
    await projector.setViewportSize(size);
    await projector.goto(`/#/present/${data.workshop.id}`);
    await expect(projector.getByRole('main')).toBeVisible();
    await projector.keyboard.press('j');
    const slide = projector.getByRole('region', { name: 'Aanmelden voor de kamer' });
    const qr = slide.locator('svg[data-ready]');
    await expect(qr).toBeVisible();
    expect((await qr.boundingBox())!.height).toBeGreaterThanOrEqual(size.height * 0.4);
    expect(await decodeQrOnScreen(qr)).toBe(room.url);
    await expect(slide.getByText(`127.0.0.1:${room.port}`)).toBeVisible();
    await expect(slide.getByText('3 deelnemers doen mee')).toBeVisible();
    await expect(slide.getByText('Tafel 1 · Zorg: 2')).toBeVisible();
    await projector.screenshot({ path: `test-results/screens/room-join-slide-${size.width}.png` });
    await projector.keyboard.press('j');
    await expect(slide).toBeHidden();
    await projector.close();
  }

  // Phone A scores an element and adds a note and an action, while the host has that element open.
  const panel = await hostPanel(page, 'Tafel 1 · Zorg', 'Meer betekenisvol werk');
  const latencies: Record<string, number> = {};
  const cardA = await openOnPhone(a.page, 'Meer betekenisvol werk');
  await cardA.getByRole('radio', { name: '3 In voorbereiding' }).check();
  let since = Date.now();
  latencies['score → host panel'] = await shownWithin(since, () =>
    expect(panel.getByRole('radio', { name: /In voorbereiding/ })).toBeChecked(),
  );
  await cardA.getByRole('radio', { name: 'Hoog' }).check();
  await cardA.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Rooster van de afdeling eerst bekijken');
  await cardA.getByRole('button', { name: 'Notitie toevoegen' }).click();
  since = Date.now();
  latencies['note → host panel'] = await shownWithin(since, () =>
    expect(panel.getByRole('textbox', { name: 'Notitie van Łukasz Wróbel' })).toHaveValue('Rooster van de afdeling eerst bekijken'),
  );
  await expect(panel.getByRole('radio', { name: /In voorbereiding/ })).toBeChecked();
  await expect(panel.getByText('Gescoord door Łukasz Wróbel')).toBeVisible();

  await cardA.getByRole('button', { name: 'Nieuwe actie' }).click();
  await cardA.getByLabel('Wat', { exact: true }).fill('Pilot met vier hybride verpleegkundigen');
  await cardA.getByLabel('Wie', { exact: true }).fill('Şahin Yılmaz');
  await cardA.getByLabel('Wanneer', { exact: true }).fill('2027-02-01');
  await cardA.getByRole('button', { name: 'Actie toevoegen' }).click();
  since = Date.now();
  latencies['action → host panel'] = await shownWithin(since, () =>
    expect(panel.getByRole('listitem', { name: 'Pilot met vier hybride verpleegkundigen' })).toBeVisible(),
  );
  await expect(
    panel.getByRole('listitem', { name: 'Pilot met vier hybride verpleegkundigen' }).getByText('Ingevoerd door Łukasz Wróbel'),
  ).toBeVisible();

  // Phone B, at the same table, sees A's note and action live, and scores another element.
  const noteOnB = (await openOnPhone(b.page, 'Meer betekenisvol werk')).getByTestId('note');
  await expect(noteOnB.getByRole('textbox')).toHaveValue('Rooster van de afdeling eerst bekijken');
  await expect((await openOnPhone(b.page, 'Meer betekenisvol werk')).getByTestId('action')).toContainText(
    'Pilot met vier hybride verpleegkundigen',
  );
  const cardB = await openOnPhone(b.page, 'Minder verlies van kwaliteit van diensten');
  await cardB.getByRole('radio', { name: '2 Verkend' }).check();
  await cardB.getByRole('radio', { name: 'Midden' }).check();
  await cardB.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Kwaliteit meten met de teamleiders');
  await cardB.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await cardB.getByRole('button', { name: 'Nieuwe actie' }).click();
  await cardB.getByLabel('Wat', { exact: true }).fill('Kwaliteitsmeting afspreken met de teamleiders');
  await cardB.getByLabel('Wie', { exact: true }).fill('Anne de Vries');
  await cardB.getByLabel('Wanneer', { exact: true }).fill('2027-01-20');
  await cardB.getByRole('button', { name: 'Actie toevoegen' }).click();
  // …and A sees B's note.
  await expect(
    (await openOnPhone(a.page, 'Minder verlies van kwaliteit van diensten')).getByTestId('note').getByRole('textbox'),
  ).toHaveValue('Kwaliteit meten met de teamleiders');

  // Phone C, at Tafel 2.
  const cardC = await openOnPhone(c.page, 'Terugdringen van personeelstekorten');
  await cardC.getByRole('radio', { name: '4 Afgesproken' }).check();
  await cardC.getByRole('radio', { name: 'Laag' }).check();
  await cardC.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Поделиться расписанием');
  await cardC.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await cardC.getByRole('button', { name: 'Nieuwe actie' }).click();
  await cardC.getByLabel('Wat', { exact: true }).fill('Gastlessen door verpleegkundigen op het Summa');
  await cardC.getByLabel('Wie', { exact: true }).fill('Мария Иванова');
  await cardC.getByLabel('Wanneer', { exact: true }).fill('2027-03-15');
  await cardC.getByRole('button', { name: 'Actie toevoegen' }).click();
  // Phone A, at Tafel 1, never sees Tafel 2's note.
  await expect((await openOnPhone(a.page, 'Terugdringen van personeelstekorten')).getByTestId('note')).toHaveCount(0);

  // The host's plate shows Tafel 2's score; its action list both tables' actions with authors.
  await page.keyboard.press('Escape');
  await page.getByRole('group', { name: 'Canvas van team' }).getByRole('button', { name: 'Tafel 2 · Techniek' }).click();
  await expect(page.getByRole('article', { name: 'Terugdringen van personeelstekorten' })).toContainText('Afgesproken');
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  for (const [title, author] of [
    ['Pilot met vier hybride verpleegkundigen', 'Łukasz Wróbel'],
    ['Gastlessen door verpleegkundigen op het Summa', 'Мария Иванова'],
    ['Kwaliteitsmeting afspreken met de teamleiders', 'Anne de Vries'],
  ]) {
    const row = page.getByRole('row').filter({ has: page.locator(`input[value="${title}"]`) });
    await expect(row).toContainText(`Ingevoerd door ${author}`);
  }
  await page.screenshot({ path: 'test-results/screens/room-actions-1280.png' });

  // The comparison has both tables' scores.
  await page.getByRole('link', { name: 'Vergelijken', exact: true }).click();
  const table = page.getByRole('table').filter({ hasText: 'Meer betekenisvol werk' }).last();
  await expect(table.getByRole('row', { name: /Meer betekenisvol werk/ })).toContainText('3');
  await expect(table.getByRole('row', { name: /Terugdringen van personeelstekorten/ })).toContainText('4');

  // The host edits A's note; both phones at Tafel 1 get the new text.
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  const again = await hostPanel(page, 'Tafel 1 · Zorg', 'Meer betekenisvol werk');
  const hostNote = again.getByRole('textbox', { name: 'Notitie van Łukasz Wróbel' });
  await hostNote.fill('Rooster van de afdeling eerst bekijken, met de OR');
  await hostNote.blur();
  since = Date.now();
  latencies['host edit → phone'] = await shownWithin(since, () =>
    expect(noteOnB.getByRole('textbox')).toHaveValue('Rooster van de afdeling eerst bekijken, met de OR'),
  );
  await expect((await openOnPhone(a.page, 'Meer betekenisvol werk')).getByTestId('note').getByRole('textbox')).toHaveValue(
    'Rooster van de afdeling eerst bekijken, met de OR',
  );
  // The host's undo takes back its own edit and nothing of the phones'.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(noteOnB.getByRole('textbox')).toHaveValue('Rooster van de afdeling eerst bekijken');
  await expect(
    (await openOnPhone(b.page, 'Minder verlies van kwaliteit van diensten')).getByTestId('note').getByRole('textbox'),
  ).toHaveValue('Kwaliteit meten met de teamleiders');

  console.log(`live room latencies (ms, including Playwright's polling): ${JSON.stringify(latencies)}`);
  for (const [what, ms] of Object.entries(latencies)) expect(ms, what).toBeLessThan(1000);

  // The manager's PDF holds the phones' actions and their owners.
  await shareMenu(page, /Actieplan \(PDF\)/);
  const pdfDialog = page.getByRole('dialog', { name: 'Actieplan als PDF' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    pdfDialog.getByRole('button', { name: 'PDF maken' }).click(),
  ]);
  const path = writeTemp('live-room-plan.pdf', await readFile((await download.path())!));
  const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).normalize('NFC').replace(/\s+/g, ' ');
  for (const expected of [
    'Pilot met vier hybride verpleegkundigen',
    'Şahin Yılmaz',
    'Gastlessen door verpleegkundigen op het Summa',
    'Мария Иванова',
    'Kwaliteitsmeting afspreken met de teamleiders',
    'Anne de Vries',
  ]) {
    expect(text).toContain(expected);
  }

  // The phone page at 360 × 740 is accessible.
  await a.page.screenshot({ path: 'test-results/screens/room-phone-360.png', fullPage: true });
  await expectNoSeriousAxeViolations(a.page);
  for (const device of [a, b, c]) await device.context.close();
});

/** The host's stored notes of a workshop with this text. */
async function storedNotes(page: Page, workshopId: string, text: string): Promise<number> {
  const rows = (await readDatabase(page))['notes'] as { workshopId: string; text: string }[];
  return rows.filter((row) => row.workshopId === workshopId && row.text === text).length;
}

test('a phone taken offline adds two notes and reloads while still offline; back online, both notes reach the host, once each', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const data = roomWorkshop('Kamer zonder wifi');
  await openWorkshopOnHost(page, data);
  const room = await openRoomOnHost(page);
  await page.keyboard.press('Escape');
  const { context, page: phonePage } = await phone(browser, 'small');
  const network = await networkSwitch(context);
  await joinFromPhone(phonePage, room.url, /Tafel 2/, { pick: 'Мария Иванова' });

  await network.offline();
  await expect(phonePage.getByTestId('connection-status')).toHaveText('Niet verbonden — je wijzigingen worden bewaard');
  const card = await openOnPhone(phonePage, 'Meer betekenisvol werk');
  const texts = ['Eerst de roosters naast elkaar leggen', 'Vragen wie er al vrijwilligerswerk doet'];
  for (const text of texts) {
    await card.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(text);
    await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
  }
  await expect(card.getByTestId('note')).toHaveCount(2);
  await phonePage.screenshot({ path: 'test-results/screens/room-phone-offline-360.png' });

  // A reload without the network: on a venue's plain-HTTP network the browser has no copy of the page
  // itself (no service worker outside a secure context), so it shows its own offline page…
  const reloaded = await phonePage.reload().then(
    () => true,
    () => false,
  );
  console.log(`offline reload: ${reloaded ? 'the page loaded' : 'the browser could not load the page'}`);
  if (reloaded) await expect(phonePage.getByTestId('connection-status')).toHaveText('Niet verbonden — je wijzigingen worden bewaard');
  // …nothing of it has reached the laptop…
  await page.waitForTimeout(1500);
  for (const text of texts) expect(await storedNotes(page, data.workshop.id, text)).toBe(0);

  // …and back on the network, the page opens again from the address bar and sends what it kept.
  await network.online();
  await phonePage.goto(room.url.replace(/#.*$/, ''));
  await expect(phonePage.getByTestId('connection-status')).toHaveText('Verbonden');
  const cardAgain = await openOnPhone(phonePage, 'Meer betekenisvol werk');
  await expect(cardAgain.getByTestId('note')).toHaveCount(2);
  await expect
    .poll(async () => Promise.all(texts.map((text) => storedNotes(page, data.workshop.id, text))), { timeout: 5000 })
    .toEqual([1, 1]);
  const panel = await hostPanel(page, 'Tafel 2 · Techniek', 'Meer betekenisvol werk');
  await expect(panel.getByRole('textbox', { name: 'Notitie van Мария Иванова' })).toHaveCount(2);
  // Nothing is duplicated, also after another reload of the phone.
  await phonePage.reload();
  await expect(phonePage.getByTestId('connection-status')).toHaveText('Verbonden');
  await page.waitForTimeout(1000);
  expect(await Promise.all(texts.map((text) => storedNotes(page, data.workshop.id, text)))).toEqual([1, 1]);
  await context.close();
});

test('when the bridge’s worker cannot load, the bridge runs in the page: a phone’s note still reaches the host, once', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // The worker's script is refused, as a stricter policy or a broken install would.
  await page.route(/bridgeWorker[^/]*\.js/, (route) => route.abort());
  const data = roomWorkshop('Kamer zonder worker');
  await openWorkshopOnHost(page, data);
  const room = await openRoomOnHost(page);
  await page.keyboard.press('Escape');
  const { context, page: phonePage } = await phone(browser, 'small');
  await joinFromPhone(phonePage, room.url, /Tafel 2/, { pick: 'Мария Иванова' });
  const card = await openOnPhone(phonePage, 'Meer betekenisvol werk');
  const text = 'Ook zonder worker komt dit aan';
  await card.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(text);
  await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect.poll(() => storedNotes(page, data.workshop.id, text), { timeout: 15_000 }).toBe(1);
  expect(page.workers().filter((worker) => worker.url().includes('bridgeWorker'))).toEqual([]);
  await context.close();
});

test('refused, with nothing sent to the client and nothing changed on the host: no code or a wrong one, another table’s document, a removed device (within 2 s), every socket after the room closes', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const data = roomWorkshop('Kamer op slot');
  const [zorg, techniek] = [data.teams[0]!.id, data.teams[1]!.id];
  // Tafel 2 has a note, so that a document sent where it must not be would show.
  data.notes.push({
    id: 'techniek-note',
    teamId: techniek,
    elementId: 'meerwaarde.betekenisvol-werk',
    text: 'Alleen voor Tafel 2',
    colour: 'geel',
    createdAt: '2026-11-22T09:30:00.000Z',
    updatedAt: '2026-11-22T09:30:00.000Z',
  });
  await openWorkshopOnHost(page, data);
  const room = await openRoomOnHost(page);
  // What the test kit's clients need of the room's status: its port and code, both read off the QR code.
  const status = { port: room.port, code: room.code } as OpenRoomStatus;
  const origin = `http://127.0.0.1:${room.port}`;
  const url = `ws://127.0.0.1:${room.port}/sync`;
  const clients = new Clients();
  const before = withoutEditTimes(await readDatabase(page));
  try {
    // No code, or a wrong one: the join is refused; a socket with no token or a made-up one gets nothing.
    const wrong = await http(room.port, 'POST', '/api/join', { headers: { Origin: origin }, body: { code: '0'.repeat(26) } });
    expect(wrong.status).toBe(403);
    const noToken = clients.rawSocket(url, { origin });
    expect(await noToken.opened).toBe(true);
    noToken.send(wire.syncStep1(PLENARY_DOC, new Uint8Array([0])));
    const madeUp = clients.device(status, PLENARY_DOC, 'd.someone.AAAAAAAAAAAAAAAAAAAAAA');
    const withoutCode = clients.device(status, tableDocName(techniek), '');

    // A device of Tafel 1 tries to read and write Tafel 2's document and the plenary one.
    const joined = await joinRoom(status);
    expect((await sitAt(status, joined, zorg, 'Indringer')).status).toBe(200);
    const other = clients.device(status, tableDocName(techniek), tokenOf(joined));
    writeRecord(other.doc, 'notes', {
      id: 'sneaky',
      elementId: 'meerwaarde.betekenisvol-werk',
      text: 'Van een andere tafel',
      colour: 'geel',
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    const plenary = clients.device(status, PLENARY_DOC, tokenOf(joined));
    await expect.poll(() => plenary.provider.isSynced, { timeout: 5000 }).toBe(true);
    plenary.doc.getMap('plenary').set('workshop', { id: data.workshop.id, title: 'Gekaapt', language: 'nl' });

    await page.waitForTimeout(1500);
    expect(noToken.typesFor(PLENARY_DOC)).not.toContain(0);
    expect(madeUp.doc.getMap('plenary').size).toBe(0);
    expect(madeUp.failures.length).toBeGreaterThan(0);
    expect(withoutCode.doc.getMap('notes').size).toBe(0);
    expect(other.doc.getMap('notes').has('techniek-note')).toBe(false);
    expect(other.failures.length).toBeGreaterThan(0);
    expect(await storedNotes(page, data.workshop.id, 'Van een andere tafel')).toBe(0);
    // (The room dialog is open, so the page behind it is hidden from the accessibility tree.)
    await expect(page.locator('.workshop-heading h1')).toHaveText(data.workshop.title);
    expect(withoutEditTimes(await readDatabase(page))).toEqual(before);

    // A phone at Tafel 1 is removed by the facilitator: cut off within 2 s, and what it writes after never arrives.
    const { context, page: phonePage } = await phone(browser, 'small');
    await joinFromPhone(phonePage, room.url, /Tafel 1/, { type: 'Weggestuurd' });
    const dialog = page.getByRole('dialog', { name: /Kamer: deelnemers doen mee/ });
    const removedAt = Date.now();
    await dialog.getByRole('button', { name: 'Weggestuurd uit de kamer verwijderen' }).click();
    await expect(phonePage.getByTestId('not-admitted')).toBeVisible({ timeout: 2000 });
    console.log(`removed device cut off after ${Date.now() - removedAt} ms`);
    await page.screenshot({ path: 'test-results/screens/room-dialog-refusals-1280.png' });
    await phonePage.screenshot({ path: 'test-results/screens/room-phone-removed-360.png' });

    // Closing the room: every socket goes, and nothing written after it reaches the host.
    const second = await joinRoom(status);
    await sitAt(status, second, zorg, 'Laatste');
    const last = clients.device(status, tableDocName(zorg), tokenOf(second));
    await expect.poll(() => last.provider.isSynced, { timeout: 5000 }).toBe(true);
    const lastSocket = clients.rawSocket(url, { origin });
    expect(await lastSocket.opened).toBe(true);
    await dialog.getByRole('button', { name: 'Kamer sluiten' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Kamer sluiten' }).click();
    await expect(dialog.getByRole('button', { name: 'Kamer openen' })).toBeVisible();
    expect(await Promise.race([lastSocket.closed.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 2000))])).toBe(
      true,
    );
    writeRecord(last.doc, 'notes', {
      id: 'too-late',
      elementId: 'meerwaarde.betekenisvol-werk',
      text: 'Na het sluiten',
      colour: 'geel',
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    });
    const again = await http(room.port, 'POST', '/api/join', { headers: { Origin: origin }, body: { code: room.code } }).catch(() => ({
      status: 0,
    }));
    expect(again.status).not.toBe(200);
    await page.waitForTimeout(1500);
    expect(await storedNotes(page, data.workshop.id, 'Na het sluiten')).toBe(0);
    await context.close();
  } finally {
    clients.destroy();
  }
});

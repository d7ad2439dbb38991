import { devices, expect, type Browser, type BrowserContext, type Page, type WebSocketRoute } from '@playwright/test';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { previewUrl } from './chromium';
import { importThroughPicker, workshopFileBytes } from './files';
import { decodeQrOnScreen } from './qr';

/** A workshop with two tables whose ids sort the other way round from their names, and three participants. */
export function roomWorkshop(title: string): WorkshopData {
  let sequence = 0;
  const data = createWorkshopData(
    { title, date: '2026-11-22', language: 'nl', organisations: [{ name: 'Catharina Ziekenhuis', kind: 'cruciaal' }] },
    'Tafel 1 · Zorg',
    { newId: () => `${title.replace(/\W/g, '').toLowerCase()}-${++sequence}`, now: () => '2026-11-22T09:00:00.000Z' },
  );
  data.teams[0]!.id = `z-${data.workshop.id}`;
  data.teams.push({ id: `a-${data.workshop.id}`, name: 'Tafel 2 · Techniek', colour: '#0F766E' });
  const [zorg, techniek] = [data.teams[0]!.id, data.teams[1]!.id];
  data.participants.push(
    { id: `${data.workshop.id}-p1`, name: 'Łukasz Wróbel', organisation: 'ASML', teamId: zorg },
    { id: `${data.workshop.id}-p2`, name: 'Şahin Yılmaz', organisation: 'Catharina Ziekenhuis', teamId: zorg },
    { id: `${data.workshop.id}-p3`, name: 'Мария Иванова', organisation: 'Summa College', teamId: techniek },
  );
  return data;
}

/** Imports the workshop on the host page and waits for its plate (`origin`: the app's, when the page has no base URL). */
export async function openWorkshopOnHost(page: Page, data: WorkshopData, origin = ''): Promise<void> {
  await page.goto(`${origin}/`);
  await importThroughPicker(page, 'kamer.actieplaat', workshopFileBytes(data), () =>
    page.getByRole('button', { name: 'Importeren' }).click(),
  );
  await expect(page.getByRole('heading', { level: 1, name: data.workshop.title })).toBeVisible();
}

/**
 * Opens the room on this computer's loopback address (tests talk to nothing else) from the workshop
 * bar, and returns the join URL read from the QR code's pixels, as a phone's camera would.
 */
export async function openRoomOnHost(page: Page): Promise<{ url: string; port: number; code: string }> {
  await page
    .getByRole('button', { name: /^Kamer/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /Kamer: deelnemers doen mee/ });
  await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
  await dialog.getByRole('button', { name: 'Kamer openen' }).click();
  const qr = dialog.locator('svg.room-qr[data-ready]');
  await expect(qr).toBeVisible();
  const url = await decodeQrOnScreen(qr);
  const parsed = /^http:\/\/127\.0\.0\.1:(\d+)\/#k=([0-9A-Z]{26})$/.exec(url);
  if (!parsed) throw new Error(`The QR code holds an unexpected address: ${url}`);
  return { url, port: Number(parsed[1]), code: parsed[2]! };
}

/** A phone: a Playwright context with a mobile device profile (the first at the 360 px the page is designed for). */
export async function phone(
  browser: Browser,
  profile: 'small' | 'Pixel 7' | 'Galaxy S9+' = 'small',
): Promise<{ context: BrowserContext; page: Page }> {
  const options =
    profile === 'small'
      ? { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, screen: { width: 360, height: 740 } }
      : { ...devices[profile] };
  const context = await browser.newContext({ ...options, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', baseURL: undefined });
  return { context, page: await context.newPage() };
}

/** Scans the code, picks the table and a name from the list, a new name, or none. */
export async function joinFromPhone(
  page: Page,
  url: string,
  table: RegExp,
  who: { pick: string } | { type: string } | 'anonymous',
): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Aan welke tafel zit je?' })).toBeVisible();
  await page.getByTestId('table-choice').filter({ hasText: table }).click();
  await expect(page.getByRole('heading', { name: 'Wie ben je?' })).toBeVisible();
  if (who === 'anonymous') await page.getByRole('button', { name: 'Anoniem blijven' }).click();
  else if ('pick' in who) await page.getByTestId('name-choice').filter({ hasText: who.pick }).click();
  else {
    await page.getByRole('textbox', { name: 'Je naam' }).fill(who.type);
    await page.getByRole('button', { name: 'Meedoen met deze naam' }).click();
  }
  await expect(page.getByTestId('connection-status')).toHaveText('Verbonden');
}

/** Opens an element's card on the phone (its fields exist only once open). */
export async function openOnPhone(page: Page, elementTitle: string) {
  const card = page.locator('article[data-element-id]').filter({ has: page.getByRole('button', { name: elementTitle }) });
  const toggle = card.getByRole('button', { name: elementTitle });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return card;
}

/** The room's control API of the page's server, as the browser edition's page uses it. */
export async function closeAnyRoom(): Promise<void> {
  const host = (await (await fetch(`${previewUrl}/__room/host`)).json()) as { secret: string };
  await fetch(`${previewUrl}/__room/close`, {
    method: 'POST',
    headers: { 'x-room-secret': host.secret, 'content-type': 'application/json' },
    body: '{}',
  });
}

/**
 * Takes a phone off the network and back. Chromium's offline emulation stops page loads and fetches
 * but not WebSockets already routed, so the room's socket goes through Playwright too: offline, every
 * open socket is cut (both ends) and every new one is closed at once, as with no wifi.
 */
export async function networkSwitch(context: BrowserContext): Promise<{ offline(): Promise<void>; online(): Promise<void> }> {
  let down = false;
  const open = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  await context.routeWebSocket(/\/sync$/, (ws) => {
    if (down) return void ws.close({ code: 1001, reason: 'offline' });
    const connection = { page: ws, server: ws.connectToServer() };
    open.add(connection);
    ws.onClose(() => open.delete(connection));
  });
  return {
    async offline() {
      down = true;
      await context.setOffline(true);
      for (const { page, server } of [...open]) {
        await server.close({ code: 1001, reason: 'offline' });
        await page.close({ code: 1001, reason: 'offline' });
      }
      open.clear();
    },
    async online() {
      down = false;
      await context.setOffline(false);
    },
  };
}

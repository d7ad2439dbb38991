/**
 * A walk through the participant page on a 360 × 740 phone against the real room server, taking a
 * screenshot of each step into test-results/participant/ and checking each with axe (WCAG 2.1 AA).
 * Run after `npx vite build --config vite.config.ts`:  npx tsx tests/support/participantTour.ts
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRecords } from '../../shared/room/tableDoc';
import { chromiumArgs, chromiumExecutable } from './chromium';
import { noFacilitation, startRoomHarness, waitUntil } from './participantHarness';

// PARTICIPANT_VIEWPORT=390x844 for another phone; the screenshots then go into a folder of their own.
const viewport = /^(\d+)x(\d+)$/.exec(process.env['PARTICIPANT_VIEWPORT'] ?? '');
const out = resolve(import.meta.dirname, '../../test-results/participant', viewport ? viewport[0] : '');
const problems: string[] = [];

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of serious)
    problems.push(`${name}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${name}: horizontal overflow of ${overflow}px`);
  console.log(`${name}: ${serious.length} serious/critical axe findings, overflow ${overflow}px`);
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const harness = await startRoomHarness(viewport ? { viewport: { width: Number(viewport[1]), height: Number(viewport[2]) } } : {});
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    const { status, host } = harness;
    const base = `http://127.0.0.1:${status.port}/`;

    // 1. Without the QR code: the code form, a wrong code, then the right one (typed with dashes, lower case).
    const phone = await harness.phone(browser, base);
    const page = phone.pages()[0]!;
    await page.getByLabel('Code van het scherm').waitFor();
    await shot(page, '01-join');
    await page.getByLabel('Code van het scherm').fill('0000-0000-0000-0000-0000-0000-00');
    await page.getByRole('button', { name: 'Meedoen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor();
    await shot(page, '02-join-wrong-code');
    await page.getByLabel('Code van het scherm').fill(status.code.toLowerCase().replace(/(.{4})/g, '$1-'));
    await page.getByRole('button', { name: 'Meedoen' }).click();

    // 2. The table, then the name.
    await page.getByRole('heading', { name: 'Aan welke tafel zit je?' }).waitFor();
    await shot(page, '03-table');
    await page.getByRole('button', { name: /Tafel 2 · Techniek/ }).click();
    await page.getByRole('heading', { name: 'Wie ben je?' }).waitFor();
    await shot(page, '04-name', true);
    await page.getByRole('button', { name: /Łukasz Nowak/ }).click();

    // 3. The canvas: open an element, score it, write afspraken, a note and an action.
    await page.getByRole('tablist', { name: 'Thema’s' }).waitFor();
    await shot(page, '05-canvas');
    const element = page.locator('article').filter({ has: page.getByRole('button', { name: 'Beschikbaarheid en betrokkenheid' }) });
    await page.getByRole('tab', { name: /Maatwerk/ }).click();
    await element.getByRole('button', { name: 'Beschikbaarheid en betrokkenheid' }).click();
    await element.getByRole('radio', { name: '3 In voorbereiding' }).check();
    await element.getByRole('radio', { name: 'Hoog' }).check();
    await element.getByLabel('Afspraken').fill('Vier uur per week, op dinsdag. Łukasz en Şahin beginnen in januari.');
    await element.getByLabel('Nieuwe notitie').fill('Rooster van de afdeling eerst bekijken');
    await element.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await element.getByRole('button', { name: 'Nieuwe actie' }).click();
    await element.getByLabel('Wat', { exact: true }).fill('Afspraak maken met HR over de uren');
    await element.getByLabel('Wie', { exact: true }).fill('Anne de Vries');
    await element.getByLabel('Wanneer', { exact: true }).fill('2026-12-15');
    await element.getByRole('button', { name: 'Actie toevoegen' }).click();
    await element.getByTestId('action').waitFor();
    await element.getByRole('button', { name: 'Beschikbaarheid en betrokkenheid' }).scrollIntoViewIfNeeded();
    await shot(page, '06-element-open');
    await element.getByTestId('note').scrollIntoViewIfNeeded();
    await shot(page, '07-notes-actions');
    await shot(page, '08-canvas-full', true);
    await element.getByRole('button', { name: 'Actie “Afspraak maken met HR over de uren” bewerken' }).click();
    await element.getByRole('radio', { name: 'Bezig' }).check();
    await element.getByLabel('Eerste stap').first().fill('Mail aan HR sturen');
    await element.getByRole('radio', { name: 'Bezig' }).scrollIntoViewIfNeeded();
    await shot(page, '08b-action-edit');
    await element.getByRole('button', { name: 'Klaar met bewerken' }).click();

    // The host's copy has what the phone wrote.
    const table = await host.table('team-techniek');
    await waitUntil(
      () => readRecords(table, 'actions').size === 1 && readRecords(table, 'notes').size === 1,
      'the phone’s note and action on the host',
    );
    console.log(
      'host sees',
      readRecords(table, 'people').size,
      'people,',
      readRecords(table, 'notes').size,
      'note,',
      readRecords(table, 'actions').size,
      'action',
    );

    // 4. Offline: the banner, a note typed meanwhile, then back online and on the host.
    await phone.setOffline(true);
    await page.getByText('Niet verbonden — je wijzigingen worden bewaard').waitFor();
    await element.getByLabel('Nieuwe notitie').fill('Geschreven zonder verbinding');
    await element.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '09-offline');
    await phone.setOffline(false);
    await waitUntil(() => readRecords(table, 'notes').size === 2, 'the offline note on the host', 20_000);
    await page.getByTestId('connection-status').filter({ hasText: 'Verbonden' }).waitFor();

    // 5. The facilitator runs a phase with the timer and a per-participant voting round.
    const now = Date.now();
    await host.plenary({
      facilitation: {
        ...noFacilitation(),
        phase: { kind: 'thema', themeId: 'maatwerk' },
        focus: 1,
        timer: { durationMs: 10 * 60_000, startedAt: now - 75_000, elapsedMs: 0 },
        hostNow: now,
        voting: { round: 1, voters: 'participant', dotsPerVoter: 3, revealed: false },
      },
    });
    await page.getByTestId('voting-bar').waitFor();
    await element.getByRole('button', { name: 'Stip plakken op Beschikbaarheid en betrokkenheid' }).click();
    await element.getByRole('button', { name: 'Stip plakken op Beschikbaarheid en betrokkenheid' }).click();
    await page.getByText('Je hebt 1 van 3 stippen over').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '10-voting');

    // 6. A second phone at the same table sees it all live; then English.
    const second = await harness.phone(browser);
    const other = second.pages()[0]!;
    await other.getByRole('heading', { name: 'Aan welke tafel zit je?' }).waitFor();
    if (new URL(other.url()).hash) problems.push(`the code stays in the address bar: ${other.url()}`);
    await other.getByRole('button', { name: /Tafel 2 · Techniek/ }).click();
    await other.getByRole('button', { name: 'Anoniem blijven' }).click();
    await other.getByRole('tablist').waitFor();
    await other.getByRole('button', { name: 'Beschikbaarheid en betrokkenheid' }).click();
    const seen = other.getByRole('textbox', { name: 'Notitie van Łukasz Nowak' }).first();
    await waitUntil(
      async () => (await seen.count()) > 0 && (await seen.inputValue()) === 'Rooster van de afdeling eerst bekijken',
      'the note on the second phone',
    );
    await shot(other, '11-second-phone-anonymous');

    // Two phones on one text: the one not typing follows; the one typing keeps its own text until it lets go.
    const agreementsA = element.getByLabel('Afspraken');
    const agreementsB = other.getByLabel('Afspraken');
    await agreementsB.fill('Tekst van telefoon B');
    await agreementsB.blur();
    await waitUntil(async () => (await agreementsA.inputValue()) === 'Tekst van telefoon B', 'phone A following phone B');
    await agreementsA.fill('A typt nog');
    await agreementsB.fill('B schrijft ertussendoor');
    await agreementsB.blur();
    await page.waitForTimeout(800);
    if ((await agreementsA.inputValue()) !== 'A typt nog') problems.push('a focused field lost its text to another phone');
    await agreementsA.blur();
    await waitUntil(async () => (await agreementsB.inputValue()) === 'A typt nog', 'phone B following phone A after A let go');

    // Deleting a note offers undo.
    const notesBefore = readRecords(table, 'notes').size;
    await other.getByRole('button', { name: 'Notitie verwijderen' }).first().click();
    await other.getByText('Notitie verwijderd.', { exact: true }).waitFor();
    await shot(other, '11b-note-deleted');
    await other.getByRole('button', { name: 'Ongedaan maken' }).click();
    await waitUntil(() => readRecords(table, 'notes').size === notesBefore, 'the deleted note back on the host');
    await other.getByRole('button', { name: 'English' }).click();
    await other.getByRole('tab', { name: /Tailoring|Maatwerk/ }).waitFor();
    await shot(other, '12-english');
    await other.setViewportSize({ width: 1280, height: 800 });
    await shot(other, '13-laptop');

    // The second phone changes table and types a new name: the host gets the person at that table.
    await other.getByRole('button', { name: 'Change table or name' }).click();
    await other.getByRole('button', { name: /Tafel 1 · Zorg/ }).click();
    await other.getByRole('textbox', { name: 'Your name' }).fill('Jan Jansen');
    await other.getByRole('textbox', { name: /Organisation/ }).fill('Gemeente Eindhoven');
    await other.getByRole('button', { name: 'Join with this name' }).click();
    await other.getByText('You: Jan Jansen').waitFor();
    const zorg = await host.table('team-zorg');
    await waitUntil(
      () => [...readRecords(zorg, 'people').values()].some((person) => person['name'] === 'Jan Jansen'),
      'the new person at Tafel 1',
    );
    await waitUntil(async () => {
      const current = await harness.service.status();
      return current.state === 'open' && current.devices.some((device) => device.name === 'Jan Jansen' && device.tableId === 'team-zorg');
    }, 'the device registered at Tafel 1');

    // 7. A note typed offline survives the page being closed (it waits in IndexedDB), and reaches the host later.
    await phone.setOffline(true);
    await page.getByText('Niet verbonden — je wijzigingen worden bewaard').waitFor();
    await element.getByLabel('Nieuwe notitie').fill('Getypt, pagina dicht, nog niet verstuurd');
    await element.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.waitForTimeout(300);
    await page.close();
    await phone.setOffline(false);
    const reopened = await phone.newPage();
    await reopened.goto(base);
    await waitUntil(() => readRecords(table, 'notes').size === 3, 'the note typed before the page closed, on the host', 20_000);
    await reopened.getByRole('tablist').waitFor();
    await shot(reopened, '14-reopened');

    // 8. "New code": the phone is no longer admitted; scanning the new code brings it back to its table and name.
    const fresh = await harness.service.newCode();
    await reopened.getByTestId('not-admitted').waitFor({ timeout: 15_000 });
    await shot(reopened, '15-not-admitted');
    await reopened.goto(fresh.state === 'open' ? fresh.joinUrl : base);
    await reopened.getByText('Jij: Łukasz Nowak').waitFor();
    await reopened.getByTestId('connection-status').filter({ hasText: 'Verbonden' }).waitFor();
    await shot(reopened, '16-rejoined');
    if (new URL(reopened.url()).hash) problems.push(`the code stays in the address bar: ${reopened.url()}`);

    // What the facilitator would see as refused from these phones: the wrong code typed, and the phones' one try
    // with their void credential after "new code" (how they learn it); nothing else.
    const final = await harness.service.status();
    const refusals = final.state === 'open' ? final.refusals.map((refusal) => refusal.reason) : [];
    console.log('refusals the facilitator sees:', refusals.join(', ') || 'none');
    for (const reason of refusals) if (reason !== 'wrong-code' && reason !== 'unknown-device') problems.push(`refusal: ${reason}`);
  } finally {
    await browser.close();
    await harness.stop();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else console.log(`screenshots in ${out}; no serious axe findings, no horizontal overflow`);
}

void main();

import { expect, test, type Page } from '@playwright/test';
import { closeAnyRoom, joinFromPhone, openRoomOnHost, openWorkshopOnHost, phone, roomWorkshop } from '../support/liveRoom';

/**
 * The strict CSP is only worth its name if the app itself never trips it: a violation at run time is
 * either a real attempt to run something the policy forbids or noise that hides one. The host page
 * (import, plate, panel, every tab, the room) and a phone are driven through their main paths while
 * every `securitypolicyviolation` event is collected.
 */

test.afterEach(async () => {
  await closeAnyRoom();
});

type CspWindow = Window & { __csp: string[] };

async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as CspWindow).__csp = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as CspWindow).__csp.push(
        `${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as CspWindow).__csp);

test('the host page and a phone run their main paths without one CSP violation', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await watchCsp(page);
  const data = roomWorkshop('Strikt beleid');
  // The import validates the whole file: the validators run here first.
  await openWorkshopOnHost(page, data);
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  await page.getByRole('dialog').getByRole('group', { name: 'Stand van zaken' }).getByText('Verkend', { exact: true }).click();
  await page.keyboard.press('Escape');
  for (const tab of ['Acties', 'Vergelijken', 'Voorbereiding', 'Plaat']) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  const { url } = await openRoomOnHost(page);
  await page.keyboard.press('Escape');

  const { context, page: phonePage } = await phone(browser);
  await watchCsp(phonePage);
  await joinFromPhone(phonePage, url, /Tafel 1/, { pick: 'Łukasz Wróbel' });
  await expect(phonePage.locator('article[data-element-id]').first()).toBeVisible();

  expect(await violations(page), 'the host page').toEqual([]);
  expect(await violations(phonePage), 'the phone').toEqual([]);
  await context.close();
});

import { expect, test } from '@playwright/test';
import { createWorkshop, openFacilitation } from '../support/library';

test('the projector window follows the control window: theme focus, revealed scores, black screen and the round timer', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Projector en laptop' });
  await page.getByRole('button', { name: 'Passend takenpakket', exact: true }).click();
  await page.getByRole('dialog').getByText('Afgesproken', { exact: true }).click();
  await page.getByRole('dialog').getByText('Midden', { exact: true }).click();
  await page.keyboard.press('Escape');

  await openFacilitation(page);
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  const [projector] = await Promise.all([
    page.waitForEvent('popup'),
    controls.getByRole('button', { name: 'Projectorvenster openen' }).click(),
  ]);
  const shown = projector.getByRole('main', { name: 'Presentatie van de actieplaat' });
  await expect(shown.getByRole('region')).toHaveCount(4);

  // How long the projector takes to follow, in the machine's own clock (printed, not asserted: timings vary).
  await projector.evaluate(() => {
    const w = window as unknown as { followedAt?: number };
    new MutationObserver(() => {
      if (document.querySelectorAll('main section').length === 1) w.followedAt ??= Date.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  const clickedAt = await page.evaluate(() => Date.now());
  await controls.getByRole('button', { name: '2. Maatwerk' }).click();
  await expect(shown.getByRole('region')).toHaveCount(1);
  const followedAt = await projector.evaluate(() => (window as unknown as { followedAt?: number }).followedAt);
  console.log(`projector followed the theme focus ${followedAt! - clickedAt} ms after the click was sent`);
  await expect(shown.getByRole('region', { name: 'Maatwerk' })).toBeVisible();

  await controls.getByLabel('Scores tonen').check();
  await expect(shown.getByRole('listitem').filter({ hasText: 'Passend takenpakket' })).toContainText('stand 4');

  await controls.getByLabel('Zwart scherm').check();
  await expect(shown.getByRole('region')).toHaveCount(0);
  await controls.getByLabel('Zwart scherm').uncheck();
  await expect(shown.getByRole('region', { name: 'Maatwerk' })).toBeVisible();

  // The round timer: 2 minutes, started on the laptop, large on the projector.
  await controls.getByLabel('Minuten voor deze ronde').fill('2');
  await controls.getByRole('button', { name: 'Timer starten' }).click();
  const clock = shown.getByRole('timer', { name: 'Rondetimer' });
  await expect(clock).toHaveText(/^(2:00|1:5\d)$/);
  await expect(controls.getByRole('timer')).toHaveText(/^(2:00|1:5\d)$/);
  await controls.getByRole('button', { name: 'Eén minuut erbij' }).click();
  await expect(clock).toHaveText(/^(3:00|2:5\d)$/);
  await controls.getByRole('button', { name: 'Timer pauzeren' }).click();
  const paused = await controls.getByRole('timer').textContent();
  await expect(clock).toHaveText(paused!);

  // Either window may reload: the projector comes back as it was.
  await projector.reload();
  await expect(shown.getByRole('region', { name: 'Maatwerk' })).toBeVisible();
  await expect(shown.getByRole('listitem').filter({ hasText: 'Passend takenpakket' })).toContainText('stand 4');
  await expect(clock).toHaveText(paused!);
  await page.reload();
  await expect(controls.getByRole('button', { name: '2. Maatwerk' })).toHaveAttribute('aria-pressed', 'true');
  await expect(controls.getByRole('timer')).toHaveText(paused!);

  // Keys pressed on the projector (a clicker plugged into it) steer the laptop too.
  await projector.keyboard.press('Home');
  await expect(shown.getByRole('region')).toHaveCount(4);
  await expect(controls.getByRole('button', { name: 'Hele plaat' })).toHaveAttribute('aria-pressed', 'true');
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.screenshot({ path: 'test-results/screens/projector-timer-1920.png' });

  // Closing the projector window loses nothing: opened again, it shows what the laptop steers.
  await controls.getByRole('button', { name: '3. Mogelijkheden' }).click();
  await projector.close();
  const [reopened] = await Promise.all([
    page.waitForEvent('popup'),
    controls.getByRole('button', { name: 'Projectorvenster openen' }).click(),
  ]);
  const again = reopened.getByRole('main', { name: 'Presentatie van de actieplaat' });
  await expect(again.getByRole('region', { name: 'Mogelijkheden' })).toBeVisible();
  await expect(again.getByRole('timer', { name: 'Rondetimer' })).toHaveText(paused!);
  await page.screenshot({ path: 'test-results/screens/control-window-1280.png' });
});

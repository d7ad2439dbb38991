import { expect, test } from '@playwright/test';
import { createWorkshop, openFacilitation } from '../support/library';

test('the agenda: phases with planned minutes, reordered and adjusted; starting a phase sets the projector theme and the timer', async ({
  page,
}) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Workshop met agenda' });
  await openFacilitation(page);
  const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
  await expect(agenda).toContainText('gepland 150 min');
  const names = agenda.locator('.agenda-name');
  await expect(names).toHaveText([
    '1. Welkom',
    '2. Meerwaarde',
    '3. Maatwerk',
    '4. Mogelijkheden',
    '5. Matching',
    '6. Prioriteren',
    '7. Acties',
    '8. Afsluiting',
  ]);

  await agenda.getByRole('button', { name: 'Acties naar voren' }).click();
  await expect(names.nth(5)).toHaveText('6. Acties');
  await agenda.getByLabel('Geplande minuten voor Acties').fill('25');
  await expect(agenda).toContainText('gepland 145 min');

  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await agenda.getByRole('button', { name: 'Beginnen met Welkom' }).click();
  await expect(agenda.locator('[aria-current="step"]')).toContainText('Welkom');
  await expect(controls.getByRole('timer')).toHaveText(/^(10:00|9:5\d)$/);
  await expect(controls.getByRole('button', { name: 'Hele plaat' })).toHaveAttribute('aria-pressed', 'true');

  await agenda.getByRole('button', { name: 'Volgende: Meerwaarde' }).click();
  await expect(agenda.locator('[aria-current="step"]')).toContainText('Meerwaarde');
  await expect(agenda.locator('.agenda-done')).toContainText('Welkom');
  await expect(agenda.locator('.agenda-done')).toContainText('0 min');
  await expect(controls.getByRole('button', { name: '1. Meerwaarde' })).toHaveAttribute('aria-pressed', 'true');
  await expect(controls.getByRole('timer')).toHaveText(/^(20:00|19:5\d)$/);

  // Kept with the workshop.
  await page.reload();
  await expect(agenda.locator('[aria-current="step"]')).toContainText('Meerwaarde');
  await expect(agenda).toContainText('gepland 145 min');
  await expect(names.nth(5)).toHaveText('6. Acties');
  await page.screenshot({ path: 'test-results/screens/agenda-1280.png' });
});

import { expect, test } from '@playwright/test';
import { createWorkshop } from '../support/library';

test('a facilitator renames an element and adds an own one; the scores on it stay', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Eigen plaat' });
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  await page.getByRole('dialog').getByText('In voorbereiding', { exact: true }).click();
  await expect(page.getByRole('article', { name: 'Vraag in beeld' })).toContainText('3 · In voorbereiding');

  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  await page.getByText('4. Matching').click();
  const editor = page.getByRole('listitem', { name: /4\.1/ });
  await editor.getByLabel('Titel (Nederlands)').fill('Vraag naar extra handen in beeld');
  await editor.getByLabel('Hulpvragen (Nederlands)').fill('Welke afdelingen melden tekorten, en wanneer?');
  await page.getByLabel('Eigen element bij Matching').fill('Terugkoppeling na de inzet');
  await page.getByRole('button', { name: 'Element toevoegen' }).last().click();
  await expect(page.getByRole('listitem', { name: /4\.6/ })).toContainText('Eigen element');

  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  const renamed = page.getByRole('article', { name: 'Vraag naar extra handen in beeld' });
  await expect(renamed).toContainText('3 · In voorbereiding');
  await renamed.getByRole('button', { name: 'Hulpvragen tonen' }).click();
  await expect(renamed).toContainText('Welke afdelingen melden tekorten, en wanneer?');
  const own = page.getByRole('article', { name: 'Terugkoppeling na de inzet' });
  await expect(own).toContainText('4.6');
  await expect(own).toContainText('Eigen element');
  await expect(page.getByRole('region', { name: 'Matching' }).getByRole('article')).toHaveCount(6);

  await page.reload();
  await expect(page.getByRole('article', { name: 'Vraag naar extra handen in beeld' })).toContainText('3 · In voorbereiding');
  await expect(page.getByRole('article', { name: 'Terugkoppeling na de inzet' })).toBeVisible();
});

test('text typed just before a reload is kept, and the status says when it is stored', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Niets kwijt' });
  await page.getByRole('button', { name: 'Opleiding en bijscholing', exact: true }).click();
  const agreements = page.getByRole('dialog').getByLabel('Afspraken', { exact: true });
  await agreements.pressSequentially('Ζωή en Мария regelen de BIG-scholing vóór maart.', { delay: 5 });
  // No blur, no waiting for the typing delay: the page goes away at once.
  await page.reload();
  await expect(page.getByRole('dialog').getByLabel('Afspraken', { exact: true })).toHaveValue(
    'Ζωή en Мария regelen de BIG-scholing vóór maart.',
  );
  await expect(page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status')).toHaveText('Opgeslagen');
});

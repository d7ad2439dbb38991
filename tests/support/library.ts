import { expect, type Page } from '@playwright/test';

export interface WorkshopDraft {
  title: string;
  date?: string;
  location?: string;
  organisations?: { name: string; kind: 'Reguliere werkgever' | 'Maatschappelijk cruciale sector' | 'Anders' }[];
  /** Where to keep a picture of the filled-in dialog, for a person to look at. */
  screenshot?: string;
}

/** Creates a workshop through the Dutch "Nieuwe workshop" dialog, as a facilitator would. */
export async function createWorkshop(page: Page, draft: WorkshopDraft): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe workshop' });
  await dialog.getByLabel('Titel').fill(draft.title);
  if (draft.date) await dialog.getByLabel('Datum').fill(draft.date);
  if (draft.location) await dialog.getByLabel('Locatie').fill(draft.location);
  for (const [index, organisation] of (draft.organisations ?? []).entries()) {
    await dialog.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await dialog.getByLabel('Naam organisatie').nth(index).fill(organisation.name);
    await dialog.getByLabel('Soort').nth(index).selectOption({ label: organisation.kind });
  }
  if (draft.screenshot) await page.screenshot({ path: draft.screenshot });
  await dialog.getByRole('button', { name: 'Workshop maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: draft.title })).toBeVisible();
}

/** Unfolds the facilitator's controls above the plate (folded by default, for the teams). */
export async function openFacilitation(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Regie: projector, timer, stemronde en agenda', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('region', { name: 'Regie voor de projector' })).toBeVisible();
}

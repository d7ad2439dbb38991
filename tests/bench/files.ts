/** Files through the app: a workshop file imported with the file chooser, and the PDF action plan made from it. */
import type { BrowserContext, Page } from '@playwright/test';
import { stat } from 'node:fs/promises';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { profiled } from './profile';

/** A workshop with one team and nothing filled in: the fixed costs of importing and of a PDF, as the baseline. */
export function emptyWorkshop(): WorkshopData {
  let n = 0;
  const factory = { newId: () => `bench-empty-${(n += 1)}`, now: () => '2026-11-22T09:00:00.000Z' };
  return createWorkshopData({ title: 'Lege workshop', date: '2026-11-22', language: 'nl', organisations: [] }, 'Tafel 1', factory);
}

function fileBytes(data: WorkshopData): Buffer {
  return Buffer.from(serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version: 'bench' }, '2026-11-22T15:00:00.000Z')));
}

/**
 * Through the app as a facilitator does it: "Importeren" in the library (file chooser → the workshop's
 * page shows its title), then Delen › Actieplan (PDF) › PDF maken (click → the download starts).
 */
export async function measureFile(
  context: BrowserContext,
  origin: string,
  data: WorkshopData,
  /** The workshop of the figure (profiled on request), not its baseline. */
  { profile = false }: { profile?: boolean } = {},
): Promise<{ importMs: number; storedMs: number; pdfMs: number; pdfBytes: number }> {
  const page = await context.newPage();
  const measured = <T>(on: Page, figure: 'import' | 'pdf', during: () => Promise<T>) => (profile ? profiled(on, figure, during) : during());
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Importeren' }).waitFor();
  const bytes = fileBytes(data);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importeren' }).click()]);
  const startImport = performance.now();
  await measured(page, 'import', async () => {
    await chooser.setFiles({ name: 'bench.actieplaat', mimeType: 'application/json', buffer: bytes });
    await page.getByRole('heading', { level: 1, name: data.workshop.title }).waitFor();
    await page.locator('.element-open').nth(19).waitFor();
  });
  const importMs = performance.now() - startImport;
  // In the page: the file chosen → the workshop stored (read, validated, written in one transaction).
  // No inner functions here: tsx would wrap them in a `__name` helper this page does not have.
  const [stored, chosen] = await page.evaluate(() =>
    ['import-stored', 'file-chosen'].map((name) => performance.getEntriesByName(`actieplaat:${name}`).at(-1)?.startTime ?? Number.NaN),
  );
  const storedMs = stored! - chosen!;

  await page.getByRole('button', { name: 'Delen' }).click();
  await page.getByRole('menuitem', { name: /Actieplan \(PDF\)/ }).click();
  const make = page.getByRole('dialog').getByRole('button', { name: 'PDF maken' });
  await make.waitFor();
  const startPdf = performance.now();
  const [download] = await measured(page, 'pdf', () => Promise.all([page.waitForEvent('download', { timeout: 120_000 }), make.click()]));
  const pdfMs = performance.now() - startPdf;
  const path = await download.path();
  const { size } = await stat(path!);
  await page.close();
  return { importMs, storedMs, pdfMs, pdfBytes: size };
}

import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import type { WorkshopData } from '../../shared/model/workshopData';

/** Chooses an item of the workshop bar's "Delen" menu. */
export async function shareMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Delen' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** A workshop as the bytes of an `.actieplaat` file, as another laptop would have exported it. */
export function workshopFileBytes(data: WorkshopData): Buffer {
  return Buffer.from(serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version: '0.1.0' }, '2026-11-22T15:00:00.000Z')));
}

/** Picks a file in the "Importeren" file chooser, as a facilitator does. */
export async function importThroughPicker(page: Page, name: string, bytes: Buffer, open: () => Promise<void>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: bytes });
}

/** Drags a file from the desktop onto the window and drops it (the HTML drag-and-drop events a browser sends). */
export async function dropFile(page: Page, name: string, bytes: Buffer, screenshot?: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/json' }));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByText('Laat los om dit workshopbestand te importeren')).toBeVisible();
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Laat los om dit workshopbestand te importeren')).toBeHidden();
}

/** Runs a command-line tool and returns what it printed. */
export function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function writeTemp(name: string, bytes: Buffer | Uint8Array): string {
  const folder = join('test-results', 'files');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

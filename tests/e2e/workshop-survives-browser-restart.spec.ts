import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable, previewUrl } from '../support/chromium';
import { createWorkshop } from '../support/library';

test('a workshop is still there after the browser is closed and started again with the same profile', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'actieplaat-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumExecutable,
      args: chromiumArgs,
      baseURL: previewUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
    });
  try {
    const first = await launch();
    const page = await first.newPage();
    await page.goto('/');
    await createWorkshop(page, { title: 'Nationale Zorgreserve Noord', date: '2027-01-15' });
    await first.close();

    const second = await launch();
    const again = await second.newPage();
    await again.goto('/');
    await expect(again.getByRole('link', { name: 'Nationale Zorgreserve Noord' })).toBeVisible();
    await expect(again.getByText('15 januari 2027')).toBeVisible();
    await again.getByRole('link', { name: 'Nationale Zorgreserve Noord' }).click();
    await expect(again.getByRole('article')).toHaveCount(20);
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

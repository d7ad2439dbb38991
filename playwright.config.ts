import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutable, previewPort, previewUrl } from './tests/support/chromium';

/** End-to-end specs drive the built renderer (`npm run build`) over HTTP in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: previewUrl,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${previewPort} --strictPort`,
    url: previewUrl,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    // The live room's server keeps its documents here: a fresh folder for every run, not the user's.
    env: {
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      ACTIEPLAAT_ROOM_DIR: process.env['ACTIEPLAAT_ROOM_DIR'] ?? mkdtempSync(join(tmpdir(), 'actieplaat-e2e-rooms-')),
    },
  },
});

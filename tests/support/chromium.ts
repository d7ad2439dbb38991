/** Debian's Chromium, with the flags this offline, sandboxed machine needs. */
export const chromiumExecutable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const previewPort = Number(process.env['PREVIEW_PORT'] ?? 4173);
export const previewUrl = `http://127.0.0.1:${previewPort}`;

import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { rendererConfig } from './vite.config';
import { benchmarkWorkshop } from './tests/fixtures/benchmarkWorkshop';
import { seedDatabase, storedRows } from './tests/support/seedWorkshop';
import { chromiumArgs, chromiumExecutable } from './tests/support/chromium';
import { chooseFocus } from './tests/bench/probes';

const server = await preview({ ...rendererConfig, configFile: false, logLevel: 'warn', build: { ...rendererConfig.build, outDir: process.cwd() + '/out/renderer' }, preview: { port: 4198, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const data = benchmarkWorkshop();
const focus = chooseFocus(data);
await page.goto('http://127.0.0.1:4198/');
await page.locator('#main').waitFor();
await page.evaluate(seedDatabase, storedRows(data));
await page.goto(`http://127.0.0.1:4198/#/workshop/${focus.workshopId}?team=${focus.teamId}`);
await page.locator('.element-open').nth(19).waitFor();
await page.getByRole('button', { name: focus.title, exact: true }).click();
await page.locator('.element-panel .note textarea').first().waitFor();
await page.evaluate(() => {
  (window as any).lat = [];
  addEventListener('keydown', (e) => { const t = e.timeStamp; requestAnimationFrame(() => setTimeout(() => (window as any).lat.push(performance.now() - t), 0)); }, true);
});
async function measure(label: string) {
  await page.locator('.element-panel .note textarea').first().click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => ((window as any).lat = []));
  for (let i = 0; i < 30; i++) { await page.keyboard.type('x'); await page.waitForTimeout(60); }
  const lat: number[] = await page.evaluate(() => (window as any).lat);
  lat.sort((a, b) => a - b);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(label, 'nodes', nodes, 'median', lat[15]!.toFixed(1), 'p90', lat[27]!.toFixed(1));
}
await measure('as is');
await measure('as is again');
await page.evaluate(() => document.querySelectorAll('.note .swatches').forEach((n) => n.remove()));
await measure('swatches removed');
await page.evaluate(() => document.querySelectorAll('.note').forEach((n, i) => i > 0 && n.remove()));
await measure('other notes removed');
await page.evaluate(() => document.querySelectorAll('.plate-area, .plate, .plate-view').forEach((n) => n.remove()));
await measure('plate removed');
// , .plate').forEach((n) => ((n as HTMLElement).style.display = 'none')));

//  option:not(:checked)').forEach((n) => n.remove()));

await browser.close();
await server.close();

// `npm run icons`: the desktop app's icons in resources/, drawn from the app's mark (renderer/components/
// PlateMark.tsx: the plate's four themes as four coloured columns, in the themes' own colours) on a light
// tile, as resources/icon.svg, then rendered by Debian's Chromium to resources/icon.png (1024 × 1024),
// resources/icons/<n>x<n>.png (the Linux set), resources/icon.ico (Windows) and resources/icon.icns (macOS).
// electron-builder could convert icon.png itself, but it downloads a tool for that; ready icons keep the
// packaging inputs checked in and looked at. Run it again when the mark or a theme colour changes.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeIds } from '../shared/canvas/defaultTemplate';
import { themeStyles } from '../shared/canvas/themeStyle';
import { chromiumArgs, chromiumExecutable } from '../tests/support/chromium';

const resources = 'resources';
const renderedSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const windowsSizes = [16, 24, 32, 48, 64, 128, 256];
/** Apple's icon types that hold a PNG of the given pixel size (the @2x types included). */
const macTypes: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];

/** The mark's columns in its own 32 × 32 box, exactly as PlateMark draws them. */
function markColumns(): string {
  return themeIds
    .map((id, index) => {
      const y = 4 + (index % 2) * 3;
      const height = 24 - (index % 2) * 3;
      return `<rect x="${2 + index * 7.25}" y="${y}" width="6" height="${height}" rx="1.5" fill="${themeStyles[id].colour}"/>`;
    })
    .join('\n    ');
}

/**
 * 1024 × 1024 with the tile inset by 100 (the margin macOS icons keep, so the app does not look larger than
 * its neighbours in the Dock); the mark, 27.75 × 24 in its box, scaled by 20 and centred on the tile.
 */
function iconSvg(): string {
  const scale = 20;
  const [markCentreX, markCentreY] = [(2 + 29.75) / 2, (4 + 28) / 2];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <rect x="100" y="100" width="824" height="824" rx="184" fill="#FFFFFF" stroke="#D5D9E0" stroke-width="8"/>
  <g transform="translate(${512 - markCentreX * scale} ${512 - markCentreY * scale}) scale(${scale})">
    ${markColumns()}
  </g>
</svg>
`;
}

/** A Windows icon: a directory of PNG images (Windows Vista and later read PNG entries). */
function icoFile(pngs: Map<number, Buffer>): Buffer {
  const sizes = windowsSizes.filter((size) => pngs.has(size));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, index) => {
    const png = pngs.get(size)!;
    const entry = 6 + 16 * index;
    header.writeUInt8(size % 256, entry); // 0 means 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...sizes.map((size) => pngs.get(size)!)]);
}

/** A macOS icon family: `icns`, its length, then one typed, length-prefixed PNG per size. */
function icnsFile(pngs: Map<number, Buffer>): Buffer {
  const entries = macTypes.map(([type, size]) => {
    const png = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

async function main(): Promise<void> {
  const svg = iconSvg();
  writeFileSync(join(resources, 'icon.svg'), svg);
  mkdirSync(join(resources, 'icons'), { recursive: true });
  const pngs = new Map<number, Buffer>();
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    for (const size of renderedSizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const scaled = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${scaled}`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      pngs.set(size, png);
      if (linuxSizes.includes(size)) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), png);
      if (size === 1024) writeFileSync(join(resources, 'icon.png'), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(resources, 'icon.ico'), icoFile(pngs));
  writeFileSync(join(resources, 'icon.icns'), icnsFile(pngs));
  console.log(`Wrote ${resources}/icon.svg, icon.png, icon.ico, icon.icns and ${linuxSizes.length} sizes in ${resources}/icons/.`);
}

await main();

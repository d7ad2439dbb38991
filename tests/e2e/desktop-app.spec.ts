import { _electron as electron, chromium, expect, test, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { shareMenu, tool, workshopFileBytes } from '../support/files';
import { createWorkshop } from '../support/library';
import { joinFromPhone, phone, roomWorkshop } from '../support/liveRoom';
import { decodeQrOnScreen } from '../support/qr';

// The real desktop app, driven through Electron (Playwright's `_electron`). Electron's program is
// downloaded lazily and that download is blocked on some machines (this project's CI among them): there
// every journey below is skipped with the reason printed, and the shell is covered by types, unit tests with
// electron faked, the security scan and the checks of the built files. The GitHub workflow
// (.github/workflows/desktop.yml, README "Proof on GitHub") runs them on Linux, Windows and macOS, where
// ACTIEPLAAT_ELECTRON_REQUIRED turns a missing program into a failure.

const electronPackage = resolve('node_modules/electron');
const binaryName = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform as string] ?? 'electron';
const electronRequired = Boolean(process.env['ACTIEPLAAT_ELECTRON_REQUIRED']);

/**
 * Where electron's package keeps its program (`require('electron')` says the same, but asking it
 * would start the download when the program is missing).
 */
function electronBinary(): { path: string } | { missing: string } {
  const pathFile = join(electronPackage, 'path.txt');
  const path = join(electronPackage, 'dist', existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : binaryName);
  return existsSync(path) ? { path } : { missing: relative(process.cwd(), path) };
}

/** Skips the test with its reason printed; fails it instead where `required` (the GitHub workflow). */
function skipBecause(reason: string, required = electronRequired): void {
  if (required) throw new Error(`Not skipped, because this run requires it: ${reason}`);
  console.log(`Skipped: ${reason}`);
  test.skip(true, reason);
}

/** Electron's program, or undefined with the test skipped (the reason printed). */
function electronOrSkip(): string | undefined {
  const binary = electronBinary();
  if ('path' in binary) return binary.path;
  skipBecause(`Electron's binary is not installed (its download is blocked on this machine): ${binary.missing} missing`);
  return undefined;
}

/** The environment the app starts with: the test's, without electron-vite's dev server. */
function appEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => name !== 'ELECTRON_RENDERER_URL' && value !== undefined),
  );
  return { ...(env as Record<string, string>), ...extra };
}

/** The built app with its own data folder (`--user-data-dir`, Electron's switch for app.getPath('userData')), and its first window. */
async function launch(
  executablePath: string,
  userData: string,
  options: { files?: string[]; env?: Record<string, string> } = {},
): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({
    executablePath,
    args: [`--user-data-dir=${userData}`, 'out/main/index.js', ...(options.files ?? [])],
    env: appEnv(options.env),
    locale: 'nl-NL',
  });
  return { app, window: await app.firstWindow() };
}

interface Desktop {
  executable: string;
  /** The app's data folder, for every start of this test. */
  userData: string;
  /** A folder for the test's own files (workshop files to open, saved exports). */
  files: string;
  /** Starts the app on `userData`; every app started is closed after the test. */
  start(options?: { files?: string[]; env?: Record<string, string> }): Promise<{ app: ElectronApplication; window: Page }>;
}

/**
 * One journey in the real app: skipped with its reason where Electron's program is missing; its folders
 * made before and removed after, and every app it started closed, whatever happens in between.
 */
async function onTheDesktop(name: string, journey: (desktop: Desktop) => Promise<void>): Promise<void> {
  const executable = electronOrSkip();
  if (!executable) return;
  test.setTimeout(120_000);
  const userData = await mkdtemp(join(tmpdir(), `actieplaat-desktop-${name}-`));
  const files = await mkdtemp(join(tmpdir(), `actieplaat-desktop-${name}-files-`));
  const apps: ElectronApplication[] = [];
  const start: Desktop['start'] = async (options) => {
    const started = await launch(executable, userData, options);
    apps.push(started.app);
    return started;
  };
  try {
    await journey({ executable, userData, files, start });
  } finally {
    // An app the journey closed itself is closed already.
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await rm(userData, { recursive: true, force: true });
    await rm(files, { recursive: true, force: true });
  }
}

/** Clicks an item of the native application menu, by its id (electron/main/menu.ts), as a click with the mouse does. */
async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`The menu has no ${itemId} item`);
    item.click();
  }, id);
}

const menuItemEnabled = (app: ElectronApplication, id: string) =>
  app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.enabled ?? false, id);

/** The native menu as a person reads it: each menu's label with its items' labels (separators left out). */
const menuOutline = (app: ElectronApplication) =>
  app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((menu) => ({
      label: menu.label,
      items: (menu.submenu?.items ?? []).filter((item) => item.type !== 'separator').map((item) => item.label),
    })),
  );

/** A workshop as an `.actieplaat` file in `folder`, as another laptop exported it. */
async function workshopFile(folder: string, name: string, title: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, workshopFileBytes(roomWorkshop(title)));
  return path;
}

function canListenOn(address: string): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(0, address, () => server.close(() => done(true)));
  });
}

/** `zod/v4` → `zod`, `@scope/name/sub` → `@scope/name`. */
function packageOf(specifier: string): string {
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

test('the built main process loads nothing from node_modules but what electron-builder.yml packs', () => {
  const main = readFileSync('out/main/index.js', 'utf8');
  const specifiers = [...main.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^import\s+)["']([^"']+)["']/gm)].map(
    (match) => match[1]!,
  );
  const external = specifiers.filter(
    (name) => !name.startsWith('.') && !name.startsWith('node:') && !builtinModules.includes(name) && name !== 'electron',
  );
  const packages = [...new Set(external.map(packageOf))];
  const packed = /!node_modules\/!\(([^)]+)\)/.exec(readFileSync('electron-builder.yml', 'utf8'))?.[1]?.split('|') ?? [];
  expect(specifiers).toContain('electron');
  expect(packed.length).toBeGreaterThan(0);
  // A scope (`@hocuspocus`) packs every package under it.
  expect(packages.filter((name) => !packed.includes(name) && !packed.includes(name.split('/')[0]!))).toEqual([]);
});

test('a facilitator on the desktop: creates a workshop, exports its action plan through Bestand › PDF, and finds it after a restart', () =>
  onTheDesktop('restart', async ({ files, start }) => {
    const pdfPath = join(files, 'Actieplan.pdf');
    const title = 'Defensie en zorg samen Zwolle';
    const { app, window } = await start();
    await expect(window.getByRole('button', { name: 'Nieuwe workshop' }).first()).toBeVisible();

    await test.step('create a workshop', () => createWorkshop(window, { title, date: '2027-03-04' }));

    await test.step('export the PDF through the native menu, into a chosen file', async () => {
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, pdfPath);
      await expect.poll(() => menuItemEnabled(app, 'export.pdf')).toBe(true);
      await clickMenuItem(app, 'export.pdf');
      const dialog = window.getByRole('dialog', { name: 'Actieplan als PDF' });
      await dialog.getByRole('button', { name: 'PDF maken' }).click();
      await expect(window.getByText('Opgeslagen als “Actieplan.pdf”.')).toBeVisible({ timeout: 60_000 });
      expect(tool('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'])).toContain(title);
    });

    await app.close();

    await test.step('start again with the same data folder: the workshop is there', async () => {
      const again = await start();
      await expect(again.window.getByRole('link', { name: title })).toBeVisible();
      await again.window.getByRole('link', { name: title }).click();
      await expect(again.window.getByRole('heading', { level: 1, name: title })).toBeVisible();
    });
  }));

test('the native menu: in Dutch, then in the page’s language; enabled as the page says; its items act in the page', () =>
  onTheDesktop('menu', async ({ start }) => {
    const mac = process.platform === 'darwin';
    const { app, window } = await start();
    await expect(window.getByRole('button', { name: 'Nieuwe workshop' }).first()).toBeVisible();

    await test.step('the menus and the Bestand items, in Dutch (macOS has the app’s own menu first, with Afsluiten)', async () => {
      const outline = await menuOutline(app);
      expect(outline.map((menu) => menu.label)).toEqual([...(mac ? ['Actieplaat'] : []), 'Bestand', 'Bewerken', 'Beeld', 'Help']);
      expect(outline.find((menu) => menu.label === 'Bestand')?.items).toEqual([
        'Nieuwe workshop',
        'Openen of importeren…',
        'Exporteren als PDF (actieplan)…',
        'Exporteren als workshopbestand…',
        'Exporteren als CSV (acties)…',
        'Exporteren als Excel-werkmap (acties)…',
        ...(mac ? [] : ['Afsluiten']),
      ]);
      expect(outline.find((menu) => menu.label === 'Beeld')?.items).toEqual(
        expect.arrayContaining(['Presentatiemodus', 'Projectorvenster openen', 'Kamer openen (deelnemers met hun telefoon)…']),
      );
      // Nothing to export before a workshop is open.
      for (const id of ['export.pdf', 'export.csv', 'view.projector', 'room.open']) expect(await menuItemEnabled(app, id), id).toBe(false);
    });

    await test.step('Bestand › Nieuwe workshop opens the page’s dialog; the workshop it makes enables the exports', async () => {
      await clickMenuItem(app, 'workshop.new');
      const dialog = window.getByRole('dialog', { name: 'Nieuwe workshop' });
      await dialog.getByLabel('Titel').fill('Menu-workshop Deventer');
      await dialog.getByRole('button', { name: 'Workshop maken' }).click();
      await expect(window.getByRole('heading', { level: 1, name: 'Menu-workshop Deventer' })).toBeVisible();
      for (const id of ['export.pdf', 'export.csv', 'view.projector', 'room.open'])
        await expect.poll(() => menuItemEnabled(app, id), id).toBe(true);
    });

    await test.step('the page in English: the menu follows', async () => {
      await window.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
      await expect
        .poll(async () => (await menuOutline(app)).map((menu) => menu.label))
        .toEqual([...(mac ? ['Actieplaat'] : []), 'File', 'Edit', 'View', 'Help']);
    });

    await test.step('View › Presentation shows the workshop’s presentation', async () => {
      await clickMenuItem(app, 'view.presentation');
      await expect(window).toHaveURL(/#\/present\//);
    });
  }));

test('save dialogs (stubbed at Electron’s dialog module): the PDF, the CSV and the workshop file land where the facilitator chose', () =>
  onTheDesktop('save', async ({ files, start }) => {
    const title = 'Onderwijs en techniek Enschede';
    const { app, window } = await start();
    await createWorkshop(window, { title, date: '2027-05-06' });

    // The dialog answers with the name it suggested, in the data folder, and notes what it was asked.
    await app.evaluate(
      ({ dialog }, { folder, separator }) => {
        const asked: { defaultPath: string; extensions: string[] }[] = [];
        Object.assign(globalThis, { saveDialogsAsked: asked });
        dialog.showSaveDialog = (async (...args: unknown[]) => {
          const options = args.at(-1) as SaveDialogOptions;
          const defaultPath = options.defaultPath ?? '';
          asked.push({ defaultPath, extensions: (options.filters ?? []).flatMap((filter) => filter.extensions) });
          return { canceled: false, filePath: `${folder}${separator}${defaultPath}` };
        }) as typeof dialog.showSaveDialog;
      },
      { folder: files, separator: sep },
    );
    const asked = () =>
      app.evaluate(() => (globalThis as unknown as { saveDialogsAsked: { defaultPath: string; extensions: string[] }[] }).saveDialogsAsked);

    /** Saves through the Delen menu; returns the saved file's bytes once the page says it is saved. */
    const save = async (item: string | RegExp, extension: string, confirm?: () => Promise<void>): Promise<Buffer> => {
      const before = (await asked()).length;
      await shareMenu(window, item);
      await confirm?.();
      await expect.poll(async () => (await asked()).length, { timeout: 60_000 }).toBe(before + 1);
      const { defaultPath, extensions } = (await asked())[before]!;
      // A bare name for the dialog to start with, ending in the extension of its only filter.
      expect(basename(defaultPath)).toBe(defaultPath);
      expect(defaultPath.endsWith(`.${extension}`)).toBe(true);
      expect(extensions).toEqual([extension]);
      await expect(window.getByText(`Opgeslagen als “${defaultPath}”.`)).toBeVisible({ timeout: 60_000 });
      return readFile(join(files, defaultPath));
    };

    const pdf = await save(/Actieplan \(PDF\)/, 'pdf', () =>
      window.getByRole('dialog', { name: 'Actieplan als PDF' }).getByRole('button', { name: 'PDF maken' }).click(),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');

    const csv = await save('Acties (CSV)', 'csv');
    expect(csv.toString('utf8')).toMatch(/^\uFEFFWat,Wie,Organisatie,/);

    const file = JSON.parse((await save('Workshopbestand', 'actieplaat')).toString('utf8')) as {
      format: string;
      workshop: { title: string; date: string };
    };
    expect(file).toMatchObject({ format: 'actieplaat.workshop', workshop: { title, date: '2027-05-06' } });
  }));

test('a workshop file opened by its path: named on the command line at the start, and double-clicked while the app runs', () =>
  onTheDesktop('open', async ({ executable, userData, files, start }) => {
    const first = await workshopFile(files, 'Zorg en techniek Eindhoven.actieplaat', 'Zorg en techniek Eindhoven');
    const started = await start({ files: [first] });
    await expect(started.window.getByRole('heading', { level: 1, name: 'Zorg en techniek Eindhoven' })).toBeVisible();

    await test.step('a second start with another file hands it to the running app, and ends', async () => {
      const second = await workshopFile(files, 'Defensie Den Helder.actieplaat', 'Defensie Den Helder');
      // As Windows and Linux start the app for a double-clicked file: the program with the file, same data folder.
      const again = spawn(executable, [`--user-data-dir=${userData}`, 'out/main/index.js', second], { env: appEnv(), stdio: 'ignore' });
      const ended = new Promise<void>((done) => again.once('exit', () => done()));
      await expect(started.window.getByRole('heading', { level: 1, name: 'Defensie Den Helder' })).toBeVisible({ timeout: 30_000 });
      await Promise.race([ended, new Promise((done) => setTimeout(done, 30_000))]);
      expect(again.exitCode, 'the second start ended by itself').not.toBeNull();
    });

    // Both are in the library.
    await started.window.getByRole('link', { name: 'Alle workshops' }).first().click();
    for (const title of ['Zorg en techniek Eindhoven', 'Defensie Den Helder'])
      await expect(started.window.getByRole('link', { name: title })).toBeVisible();
  }));

test('the projector window goes full screen on the second display, where there is one', () =>
  onTheDesktop('projector', async ({ start }) => {
    const started = await start();
    const { app } = started;
    const displays = await app.evaluate(({ screen }) => screen.getAllDisplays().map((display) => display.bounds));
    if (displays.length < 2) {
      const [only] = displays;
      skipBecause(
        `this machine shows Electron one display (${only?.width ?? '?'} × ${only?.height ?? '?'}): the projector window on a second display cannot be tried here`,
        Boolean(process.env['ACTIEPLAAT_SECOND_DISPLAY_REQUIRED']),
      );
      return;
    }
    await createWorkshop(started.window, { title: 'Projector op het tweede scherm' });
    await expect.poll(() => menuItemEnabled(app, 'view.projector')).toBe(true);
    const opened = app.waitForEvent('window');
    await clickMenuItem(app, 'view.projector');
    const projector = await opened;
    await expect(projector).toHaveURL(/#\/present\//);

    const placement = () =>
      app.evaluate(({ BrowserWindow, screen }) => {
        const windows = BrowserWindow.getAllWindows();
        const projectorWindow = windows.find((window) => window.webContents.getURL().includes('#/present/'));
        const control = windows.find((window) => window !== projectorWindow);
        if (!projectorWindow || !control) return undefined;
        const bounds = projectorWindow.getBounds();
        const display = screen.getDisplayMatching(bounds);
        return { bounds, display: display.bounds, on: display.id, controlOn: screen.getDisplayMatching(control.getBounds()).id };
      });
    const inside = (placed: Awaited<ReturnType<typeof placement>>) =>
      placed !== undefined &&
      placed.on !== placed.controlOn &&
      placed.bounds.x >= placed.display.x &&
      placed.bounds.y >= placed.display.y &&
      placed.bounds.x + placed.bounds.width <= placed.display.x + placed.display.width &&
      placed.bounds.y + placed.bounds.height <= placed.display.y + placed.display.height;
    await expect.poll(async () => inside(await placement()), { timeout: 15_000 }).toBe(true);
    console.log('projector window:', JSON.stringify(await placement()));
  }));

test('the room opens on the laptop’s network address, and a phone joins on it', () =>
  onTheDesktop('room', async ({ files, start }) => {
    // A second loopback address plays the laptop's wifi address (ACTIEPLAAT_TEST_LAN_ADDRESS, honoured by the unpackaged
    // app only): the room listens on it as it would on a network card, and nothing outside this machine reaches it.
    const lanAddress = '127.0.0.2';
    if (!(await canListenOn(lanAddress))) {
      skipBecause(`${lanAddress} is not an address of this machine (on macOS: sudo ifconfig lo0 alias ${lanAddress} up)`);
      return;
    }
    let browser: Browser | undefined;
    try {
      const title = 'Kamer op het netwerk Tilburg';
      const { app, window } = await start({
        files: [await workshopFile(files, 'Kamer.actieplaat', title)],
        env: { ACTIEPLAAT_TEST_LAN_ADDRESS: lanAddress },
      });
      await expect(window.getByRole('heading', { level: 1, name: title })).toBeVisible();

      await expect.poll(() => menuItemEnabled(app, 'room.open')).toBe(true);
      await clickMenuItem(app, 'room.open');
      const dialog = window.getByRole('dialog', { name: /Kamer: deelnemers doen mee/ });
      // The network card comes first and is chosen; loopback (127.0.0.1) is listed after it.
      await expect(dialog.getByRole('radio', { name: /LAN \(test\) 127\.0\.0\.2/ })).toBeChecked();
      await expect(dialog.getByRole('radio', { name: /127\.0\.0\.1/ })).not.toBeChecked();
      await dialog.getByRole('button', { name: 'Kamer openen' }).click();

      const qr = dialog.locator('svg.room-qr[data-ready]');
      await expect(qr).toBeVisible();
      const url = await decodeQrOnScreen(qr);
      const port = /^http:\/\/127\.0\.0\.2:(\d+)\/#k=[0-9A-Z]{26}$/.exec(url)?.[1];
      expect(port, `the join address ${url}`).toBeDefined();
      await expect(dialog.getByText(`Of open 127.0.0.2:${port} en typ de code:`)).toBeVisible();

      browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
      const { page } = await phone(browser);
      await joinFromPhone(page, url, /Tafel 1/, { pick: 'Łukasz Wróbel' });
      await expect(dialog.getByRole('row', { name: /Łukasz Wróbel.*Tafel 1 · Zorg.*Verbonden/ })).toBeVisible();
    } finally {
      await browser?.close();
    }
  }));

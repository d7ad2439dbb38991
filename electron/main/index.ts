import { app, ipcMain, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcChannels } from '../../shared/ipc';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeOf, resolveAppFile } from './appProtocol';
import { registerBackupHandlers } from './backupHandlers';
import { registerHandlers } from './handlers';
import { registerRoomHandlers } from './roomHandlers';
import { createIpcRegistry } from './ipcRegistry';
import { denyAllPermissions, hardenApp, isAppUrl } from './security';
import { DesktopShell } from './desktopShell';
import { workshopFileFromArgv } from './fileOpen';
import { testLanInterfaces } from '../room/addresses';

// Set by `electron-vite dev` only; a packaged or previewed app serves its own files from app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = join(import.meta.dirname, '../renderer');
// The desktop journey test's network (README, "Proof on GitHub"): a second loopback address shown to the room as
// a network card, so that the test opens the room on an address other than 127.0.0.1. Never in a packaged app.
const testNetwork = app.isPackaged ? undefined : testLanInterfaces(process.env['ACTIEPLAAT_TEST_LAN_ADDRESS']);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

app.enableSandbox();
hardenApp(app, devServerUrl);

const shell = new DesktopShell(devServerUrl);
// One running app: opening a file while it runs (double-click, file association) goes to that app.
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();

app.on('second-instance', (_event, argv, workingDirectory) => {
  const file = workshopFileFromArgv(argv, workingDirectory);
  if (file) void shell.openFile(file);
  else shell.focus();
});

// macOS hands files over with an event, also before the app is ready.
const openedBeforeReady: string[] = [];
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (app.isReady()) void shell.openFile(path);
  else openedBeforeReady.push(path);
});

async function serveAppFile(request: Request): Promise<Response> {
  const file = resolveAppFile(rendererRoot, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).toString());
  if (!response.ok) return new Response('Not found', { status: 404 });
  return new Response(response.body, {
    status: 200,
    headers: { 'Content-Type': mimeTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

void app.whenReady().then(async () => {
  if (!firstInstance) return;
  protocol.handle(APP_SCHEME, serveAppFile);
  denyAllPermissions(session.defaultSession);
  const registry = createIpcRegistry(ipcMain, (event) => isAppUrl(event.senderFrame?.url ?? '', devServerUrl));
  registerHandlers(registry, devServerUrl, shell);
  registerBackupHandlers(registry);
  registerRoomHandlers(registry, {
    participantRoot: rendererRoot,
    devServerUrl,
    ...(testNetwork ? { networkInterfaces: () => testNetwork } : {}),
  });
  // Every channel of the contract has its handler, or the app does not start half-wired.
  const unhandled = ipcChannels.filter((channel) => !registry.channels().includes(channel));
  if (unhandled.length > 0) throw new Error(`IPC channels without a handler: ${unhandled.join(', ')}`);
  shell.buildMenu();
  await shell.openMainWindow();
  const fromCommandLine = workshopFileFromArgv(process.argv, process.cwd());
  for (const path of [...openedBeforeReady, ...(fromCommandLine ? [fromCommandLine] : [])]) void shell.openFile(path);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (app.isReady()) void shell.openMainWindow();
});

import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTROL_PREFIX, createControlApi, type ControlApi } from './controlApi';
import { RoomService } from './roomService';

// The browser edition's room (`npm run web`, and `npm start` where Electron cannot run): the same
// RoomService as the desktop app, run by the page's own server, reached through the control API.
// Nothing starts until the page first asks: a build or an Electron dev server that never calls
// `/__room/` never makes a room service.

export interface RoomPluginOptions {
  /** Default: `ACTIEPLAAT_ROOM_DIR`, else the OS's app-data folder + `Actieplaat/browser-rooms`. */
  dataDir?: string;
  /** Default: the renderer's build folder (`out/renderer`), where the participant page is built. */
  participantRoot?: string;
  /** Stop the room on SIGINT and SIGTERM (default); the tests leave the process's signals alone. */
  handleSignals?: boolean;
}

/** Where the browser edition keeps its rooms, as the OS would for an installed app. */
export function defaultRoomDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  const chosen = env['ACTIEPLAAT_ROOM_DIR'];
  if (chosen) return chosen;
  const base =
    platform === 'win32'
      ? (env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env['XDG_DATA_HOME'] ?? join(home, '.local', 'share'));
  return join(base, 'Actieplaat', 'browser-rooms');
}

/** What the plugin needs of Vite's dev and preview servers. */
export interface PageServer {
  middlewares: { use(handler: (request: IncomingMessage, response: ServerResponse, next: () => void) => void): unknown };
  httpServer: HttpServer | object | null;
  close(): Promise<void>;
}

const STOP_WITHIN_MS = 2000;

export function roomPlugin(options: RoomPluginOptions = {}): Plugin {
  let outDir: string | undefined;
  const origins = new Set<string>();
  let running: { service: RoomService; api: ControlApi } | undefined;
  let stopping: Promise<void> | undefined;
  let signalsHeard = false;

  function start(): { service: RoomService; api: ControlApi } {
    if (running) return running;
    const service = new RoomService({
      dataDir: options.dataDir ?? defaultRoomDir(),
      participantRoot: options.participantRoot ?? outDir ?? resolve('out/renderer'),
      hostOrigins: [...origins],
    });
    running = { service, api: createControlApi({ room: service }) };
    // A room the page server died with (killed, crashed) opens again by itself, so the phones reconnect.
    void service.recover().catch((error: unknown) => console.error('[room] could not reopen the room', error));
    if (!signalsHeard && options.handleSignals !== false) {
      signalsHeard = true;
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          // Once the room has stopped, the signal does what it would have done (unless someone else handles it).
          void stop().then(() => {
            if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
          });
        });
      }
    }
    return running;
  }

  /** The room's documents written and its listeners stopped, waiting at most two seconds. */
  function stop(): Promise<void> {
    const current = running;
    if (!current) return stopping ?? Promise.resolve();
    running = undefined;
    stopping = (async () => {
      current.api.close();
      await Promise.race([current.service.stop(), new Promise((done) => setTimeout(done, STOP_WITHIN_MS).unref())]);
    })().finally(() => (stopping = undefined));
    return stopping;
  }

  function mount(server: PageServer): void {
    server.middlewares.use((request, response, next) => {
      if (!(request.url ?? '').startsWith(CONTROL_PREFIX)) return next();
      if (stopping) return void response.writeHead(503, { 'Cache-Control': 'no-store' }).end();
      start().api.handle(request, response, next);
    });
    const http = server.httpServer as HttpServer | null;
    if (http && 'address' in http) {
      const learnOrigins = () => {
        const address = http.address();
        if (typeof address !== 'object' || !address) return;
        origins.add(`http://127.0.0.1:${address.port}`);
        origins.add(`http://localhost:${address.port}`);
        running?.service.setHostOrigins([...origins]);
      };
      if (http.listening) learnOrigins();
      http.on('listening', learnOrigins);
      http.on('close', () => void stop());
    }
    // Vite closes the server on SIGTERM and then exits: the room stops first.
    const close = server.close.bind(server);
    server.close = async () => {
      await stop();
      await close();
    };
  }

  return {
    name: 'actieplaat-room',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      mount(server);
    },
    configurePreviewServer(server) {
      mount(server);
    },
  };
}

/**
 * The participant page against the real room server (electron/room/roomService.ts) on 127.0.0.1,
 * with a host client that writes the plenary and table documents as the host's bridge would, and
 * phones as Playwright contexts with a mobile profile. For the screenshot tour
 * (participantTour.ts) and for end-to-end specs. Needs the built renderer (`npx vite build`).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { RoomService } from '../../electron/room/roomService';
import { defaultTemplate } from '../../shared/canvas/defaultTemplate';
import { writePlenary, type PlenaryContent, type PlenaryFacilitation } from '../../shared/room/plenaryDoc';
import { PLENARY_DOC, tableDocName, type OpenRoomStatus } from '../../shared/room/protocol';

export const HOST_ORIGIN = 'app://actieplaat';
export const builtRenderer = resolve(import.meta.dirname, '../../out/renderer');

/** A phone as the brief designs for: 360 × 740, touch, Dutch. */
export const phoneProfile: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
  userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
};

export function noFacilitation(): PlenaryFacilitation {
  return { phase: null, focus: 'all', timer: { durationMs: 0, startedAt: null, elapsedMs: 0 }, hostNow: Date.now(), voting: null };
}

/** A workshop with the default plate, three tables and a few participants (names in several scripts). */
export function samplePlenary(): PlenaryContent {
  return {
    workshop: { id: 'w-harness', title: 'Zorg en techniek Brainport', language: 'nl', date: '2026-11-22' },
    themes: defaultTemplate.themes.map((theme) => ({
      id: theme.id,
      title: { nl: theme.title.nl, en: theme.title.en },
      question: { nl: theme.question.nl, en: theme.question.en },
      elements: theme.elements.map((element) => ({
        id: element.id,
        title: { nl: element.title.nl, en: element.title.en },
        questions: { nl: element.questions.nl, en: element.questions.en },
      })),
    })),
    teams: [
      { id: 'team-zorg', name: 'Tafel 1 · Zorg', colour: '#0F766E' },
      { id: 'team-techniek', name: 'Tafel 2 · Techniek' },
      { id: 'team-onderwijs', name: 'Tafel 3 · Onderwijs' },
    ],
    participants: [
      { id: 'p-anne', name: 'Anne de Vries', organisation: 'Catharina Ziekenhuis', teamId: 'team-zorg' },
      { id: 'p-lukasz', name: 'Łukasz Nowak', organisation: 'ASML', teamId: 'team-techniek' },
      { id: 'p-sahin', name: 'Şahin Yılmaz', organisation: 'VDL', teamId: 'team-techniek' },
      { id: 'p-nunez', name: 'María Ñúñez', organisation: 'Fontys', teamId: 'team-onderwijs' },
      { id: 'p-eleni', name: 'Ελένη Παπαδοπούλου', organisation: 'Gemeente Eindhoven' },
    ],
    facilitation: noFacilitation(),
  };
}

/** The host's side of the room: its documents over the host socket, as the bridge holds them. */
export class HostClient {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Map<string, HocuspocusProvider>();

  constructor(status: OpenRoomStatus) {
    class HostWebSocket extends WebSocket {
      constructor(url: string) {
        super(url, { origin: HOST_ORIGIN });
        this.on('error', () => undefined);
      }
    }
    this.socket = new HocuspocusProviderWebsocket({
      url: status.hostUrl,
      WebSocketPolyfill: HostWebSocket,
      delay: 200,
      minDelay: 200,
      maxDelay: 1000,
    });
    this.token = status.hostToken;
  }

  private readonly token: string;

  /** The document, synced with the room. */
  async doc(name: string): Promise<Y.Doc> {
    let provider = this.providers.get(name);
    if (!provider) {
      provider = new HocuspocusProvider({ websocketProvider: this.socket, name, document: new Y.Doc(), token: this.token });
      provider.attach();
      this.providers.set(name, provider);
    }
    const synced = provider;
    await waitUntil(() => synced.isSynced, `host sync of ${name}`);
    return synced.document;
  }

  async plenary(content: Partial<PlenaryContent>): Promise<void> {
    writePlenary(await this.doc(PLENARY_DOC), content);
  }

  table(teamId: string): Promise<Y.Doc> {
    return this.doc(tableDocName(teamId));
  }

  destroy(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.socket.destroy();
  }
}

export async function waitUntil(test: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface RoomHarness {
  service: RoomService;
  status: OpenRoomStatus;
  host: HostClient;
  /** Opens a phone (a new browser context, its own storage) on the join URL or another address of the room. */
  phone(browser: Browser, url?: string): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/** A room open on 127.0.0.1 for a workshop, serving the built participant page, with the sample plenary written. */
export async function startRoomHarness(
  options: { participantRoot?: string; plenary?: PlenaryContent; viewport?: { width: number; height: number } } = {},
): Promise<RoomHarness> {
  const participantRoot = options.participantRoot ?? builtRenderer;
  await access(join(participantRoot, 'participant', 'index.html')).catch(() => {
    throw new Error(`no participant page in ${participantRoot}: run \`npx vite build --config vite.config.ts\` first`);
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'actieplaat-harness-'));
  const service = new RoomService({ dataDir, participantRoot, hostOrigins: [HOST_ORIGIN] });
  const status = await service.open({ workshopId: 'w-harness', address: '127.0.0.1' });
  if (status.state !== 'open') throw new Error(`room did not open: ${JSON.stringify(status)}`);
  const host = new HostClient(status);
  await host.plenary(options.plenary ?? samplePlenary());
  return {
    service,
    status,
    host,
    async phone(browser, url = status.joinUrl) {
      const context = await browser.newContext({ ...phoneProfile, ...(options.viewport ? { viewport: options.viewport } : {}) });
      const page = await context.newPage();
      await page.goto(url);
      return context;
    },
    async stop() {
      host.destroy();
      await service.close();
      await service.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { DocSource, OpenedDoc } from './roomBridge';

export interface HocuspocusDocsOptions {
  /** The room server's address for the host (`OpenRoomStatus.hostUrl`, loopback). */
  url: string;
  /** The host's token (`OpenRoomStatus.hostToken`). */
  token: string;
  /** A WebSocket class where there is no global one (Node 20 in tests). */
  WebSocketPolyfill?: unknown;
  /** The server refused the host's token for a document. */
  onAuthenticationFailed?(documentName: string, reason: string): void;
}

/** The room's documents over one WebSocket to the room server: a Hocuspocus provider per document. */
export class HocuspocusDocs implements DocSource {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly providers = new Set<HocuspocusProvider>();

  constructor(private readonly options: HocuspocusDocsOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: options.url,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
  }

  open(name: string): OpenedDoc {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.options.token,
      onAuthenticationFailed: ({ reason }) => this.options.onAuthenticationFailed?.(name, reason),
    });
    // With a shared socket the provider joins it only when attached (Hocuspocus 3).
    provider.attach();
    this.providers.add(provider);
    const synced = new Promise<void>((resolve) => {
      if (provider.isSynced) return resolve();
      const onSynced = () => {
        provider.off('synced', onSynced);
        resolve();
      };
      provider.on('synced', onSynced);
    });
    return {
      doc,
      synced,
      flushed: () =>
        new Promise<void>((resolve) => {
          if (provider.unsyncedChanges === 0) return resolve();
          const onUnsynced = ({ number }: { number: number }) => {
            if (number !== 0) return;
            provider.off('unsyncedChanges', onUnsynced);
            resolve();
          };
          provider.on('unsyncedChanges', onUnsynced);
        }),
      close: () => {
        this.providers.delete(provider);
        provider.destroy();
        doc.destroy();
      },
    };
  }

  /** Closes every document still open and the socket. */
  destroy(): void {
    for (const provider of this.providers) {
      provider.destroy();
      provider.document.destroy();
    }
    this.providers.clear();
    this.socket.destroy();
  }
}

import * as Y from 'yjs';
import type { DocSource, OpenedDoc } from './roomBridge';

/**
 * A room server in memory, for tests: it keeps each document (as the real server persists them), and
 * clients (the host's bridge, phones) hold their own copies kept in step by exchanging Yjs updates.
 * A client can go offline (its changes stay with it) and come back (both sides catch up).
 */
export class MemoryRoom {
  readonly docs = new Map<string, Y.Doc>();
  /** Updates the server received, per document. */
  readonly received = new Map<string, number>();

  server(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(name, doc);
      doc.on('update', () => this.received.set(name, (this.received.get(name) ?? 0) + 1));
    }
    return doc;
  }

  connect(name: string, doc = new Y.Doc()): MemoryClient {
    return new MemoryClient(this.server(name), doc);
  }

  /** A `DocSource` for the bridge: each `open` a fresh client document, synced after a turn of the event loop. */
  source(): MemorySource {
    return new MemorySource(this);
  }
}

export class MemoryClient {
  online = false;
  private readonly toServer: (update: Uint8Array, origin: unknown) => void;
  private readonly fromServer: (update: Uint8Array, origin: unknown) => void;

  constructor(
    readonly server: Y.Doc,
    readonly doc: Y.Doc,
  ) {
    this.toServer = (update, origin) => {
      if (this.online && origin !== this) Y.applyUpdate(this.server, update, this);
    };
    this.fromServer = (update, origin) => {
      if (this.online && origin !== this) Y.applyUpdate(this.doc, update, this);
    };
    doc.on('update', this.toServer);
    server.on('update', this.fromServer);
    this.goOnline();
  }

  goOffline(): void {
    this.online = false;
  }

  /** Back online: each side sends what the other lacks. */
  goOnline(): void {
    if (this.online) return;
    this.online = true;
    Y.applyUpdate(this.server, Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.server)), this);
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.server, Y.encodeStateVector(this.doc)), this);
  }

  close(): void {
    this.online = false;
    this.doc.off('update', this.toServer);
    this.server.off('update', this.fromServer);
  }
}

export class MemorySource implements DocSource {
  readonly opened: string[] = [];
  readonly closed: string[] = [];
  readonly clients = new Map<string, MemoryClient>();

  constructor(private readonly room: MemoryRoom) {}

  open(name: string): OpenedDoc {
    const doc = new Y.Doc();
    let closed = false;
    let client: MemoryClient | undefined;
    const synced = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      if (closed) return;
      client = this.room.connect(name, doc);
      this.clients.set(name, client);
    });
    this.opened.push(name);
    return {
      doc,
      synced,
      close: () => {
        closed = true;
        this.closed.push(name);
        client?.close();
        if (client && this.clients.get(name) === client) this.clients.delete(name);
        doc.destroy();
      },
    };
  }
}

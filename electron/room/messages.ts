// Just enough of the Hocuspocus wire format to judge a message before Hocuspocus handles it: its
// document name and type, and the Yjs update a sync message carries. Everything is read defensively:
// a message comes from a stranger and may be any bytes.

/** Hocuspocus's message types (@hocuspocus/server `MessageType`). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
  SyncStatus: 8,
} as const;

/** y-protocols' sync steps. */
const SyncStep2 = 1;
const SyncUpdate = 2;

class Reader {
  position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 53; shift += 7) {
      const byte = this.bytes[this.position++];
      if (byte === undefined) throw new RangeError('end of message');
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
    throw new RangeError('integer too long');
  }

  bytesOf(length: number): Uint8Array {
    if (length > this.bytes.length - this.position) throw new RangeError('end of message');
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  varBytes(): Uint8Array {
    return this.bytesOf(this.varUint());
  }

  varString(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.varBytes());
  }
}

export interface Envelope {
  documentName: string;
  type: number;
}

/** The document and type every Hocuspocus message starts with, or `null` for bytes that are not one. */
export function readEnvelope(bytes: Uint8Array): Envelope | null {
  try {
    const reader = new Reader(bytes);
    const documentName = reader.varString();
    const type = reader.varUint();
    return documentName.length <= 300 ? { documentName, type } : null;
  } catch {
    return null;
  }
}

export type SyncContent = { kind: 'update'; update: Uint8Array } | { kind: 'other' } | { kind: 'malformed' };

/** The Yjs update a sync message would apply (sync step 2 or an update); `other` for any other message. */
export function syncContentOf(bytes: Uint8Array): SyncContent {
  try {
    const reader = new Reader(bytes);
    reader.varString();
    const type = reader.varUint();
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return { kind: 'other' };
    const step = reader.varUint();
    return step === SyncStep2 || step === SyncUpdate ? { kind: 'update', update: reader.varBytes() } : { kind: 'other' };
  } catch {
    return { kind: 'malformed' };
  }
}

/** A message as `ws` hands it over, as one byte array. */
export function messageBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data) && data.every((part) => part instanceof Uint8Array)) return Buffer.concat(data as Uint8Array[]);
  return null;
}

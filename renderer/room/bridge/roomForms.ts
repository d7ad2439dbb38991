import * as Y from 'yjs';
import type { Action } from '../../../shared/model/action';
import type { Assessment } from '../../../shared/model/assessment';
import type { Note } from '../../../shared/model/note';
import type { Participant } from '../../../shared/model/participant';
import { elementOfScoreKey, parseVoteKey, scoreFields, scoreKey, tableMaps, voteKey } from '../../../shared/room/tableDoc';
import type { RoomShadow } from '../../data/roomShadows';

// A record's "room form": the fields a table document holds of it, as plain JSON. The bridge compares
// the database's room form of a record, the document's, and the last one both agreed on (its shadow).

export type Collection = 'notes' | 'actions' | 'scores' | 'votes' | 'people';
export type Fields = Record<string, unknown>;

/** The fields of each collection's records in a table document (the key, an id, is not one of them). */
export const roomFields: Record<Collection, readonly string[]> = {
  notes: ['elementId', 'text', 'colour', 'authorId', 'createdAt', 'updatedAt'],
  actions: ['title', 'elementIds', 'owner', 'dueDate', 'firstStep', 'status', 'authorId', 'createdAt', 'updatedAt'],
  scores: scoreFields,
  votes: ['dots'],
  people: ['name', 'organisation'],
};

/** Keys that must never be copied into an object: they reach its prototype. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// --- Keys ---------------------------------------------------------------------------------------------

/**
 * One record of one table document: `n:<note id>`, `a:<action id>`, `s:<element id>` (its scores),
 * `v:<vote key>` (a voter's dots on an element in a round) or `p:<participant id>`.
 */
export type RoomKey = string;

const prefixOf: Record<Collection, string> = { notes: 'n', actions: 'a', scores: 's', votes: 'v', people: 'p' };
const collectionOf: Record<string, Collection> = { n: 'notes', a: 'actions', s: 'scores', v: 'votes', p: 'people' };

export function roomKey(collection: Collection, id: string): RoomKey {
  return `${prefixOf[collection]}:${id}`;
}

export function parseRoomKey(key: RoomKey): { collection: Collection; id: string } {
  return { collection: collectionOf[key.slice(0, 1)]!, id: key.slice(2) };
}

/** People first: a note or a dot of a participant who joined in the same change needs them stored. */
export function keyOrder(a: RoomKey, b: RoomKey): number {
  return Number(!a.startsWith('p:')) - Number(!b.startsWith('p:'));
}

// --- Canonical text and hashes ------------------------------------------------------------------------

/** JSON with the keys of every object sorted: equal values, equal text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i > 0 ? ',' : '') + (value[i] === undefined ? 'null' : canonical(value[i]));
    return `${text}]`;
  }
  const keys = Object.keys(value);
  if (keys.length > 1) keys.sort();
  let text = '{';
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonical(item)}`;
  }
  return `${text}}`;
}

/** Whether two room forms are equal: as `canonical` would tell, without writing either out. */
export function sameFields(a: Fields, b: Fields): boolean {
  let count = 0;
  for (const key in a) {
    const value = a[key];
    if (value === undefined) continue;
    count += 1;
    const other = b[key];
    if (value !== other && (typeof value !== 'object' || value === null || canonical(value) !== canonical(other))) return false;
  }
  for (const key in b) if (b[key] !== undefined) count -= 1;
  return count === 0;
}

/** cyrb53: a fast 53-bit string hash, as 11 or fewer base-36 characters. Not cryptographic; it need not be. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function hashValue(value: unknown): string {
  return hashText(canonical(value));
}

/** The shadow of a room form: its hash and each field's. */
export function shadowOf(fields: Fields, text = canonical(fields)): RoomShadow {
  const f: Record<string, string> = {};
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) f[key] = hashValue(fields[key]);
  return { h: hashText(text), f };
}

/** Whether a value is plain JSON: no prototype tricks, no forbidden keys, no Yjs types, not too deep. */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 16) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype && value.every((item) => isPlainJson(item, depth + 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.keys(value).every((key) => !forbiddenKeys.has(key) && isPlainJson((value as Record<string, unknown>)[key], depth + 1));
}

// --- The database's side ------------------------------------------------------------------------------

function pick(record: object, fields: readonly string[]): Fields {
  const result: Fields = {};
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (value !== undefined) result[field] = value;
  }
  return result;
}

export const noteForm = (note: Note): Fields => pick(note, roomFields.notes);
export const actionForm = (action: Action): Fields => pick(action, roomFields.actions);
export const scoreForm = (assessment: Assessment): Fields => pick(assessment, roomFields.scores);
export const personForm = (participant: Participant): Fields => pick(participant, roomFields.people);
export const voteForm = (dots: number): Fields => ({ dots });

/** The values a score field has when a document leaves it out. */
export const scoreDefaults: Readonly<Fields> = { maturity: null, importance: null, notApplicable: false, agreements: '' };

// --- The document's side ------------------------------------------------------------------------------

/** A record as a document holds it (untrusted): its room fields, whether it holds more, what is wrong with it. */
export interface DocValue {
  fields: Fields;
  /** Keys beyond the room form, to be cleaned away. */
  extra: boolean;
  /** Why it cannot be stored whatever its fields say (a forbidden key, not a record, not plain data). */
  problem?: string;
}

/** A record of a table document, or `undefined` when it has none under this key. */
export function readDocValue(doc: Y.Doc, collection: Collection, id: string): DocValue | undefined {
  const maps = tableMaps(doc);
  const problemOfId = forbiddenKeys.has(id) ? `forbidden key "${id}"` : undefined;
  if (collection === 'scores') {
    const fields: Fields = {};
    let found = false;
    let problem = problemOfId;
    for (const field of scoreFields) {
      const key = scoreKey(field, id);
      if (!maps.scores.has(key)) continue;
      found = true;
      const value = maps.scores.get(key);
      if (!isPlainJson(value)) problem ??= `${field} is not plain data`;
      else fields[field] = value;
    }
    if (!found) return undefined;
    for (const [field, value] of Object.entries(scoreDefaults)) if (!Object.hasOwn(fields, field)) fields[field] = value;
    return { fields, extra: false, ...(problem ? { problem } : {}) };
  }
  if (collection === 'votes') {
    if (!maps.votes.has(id)) return undefined;
    const dots = maps.votes.get(id);
    return { fields: { dots }, extra: false, ...(isPlainJson(dots) ? {} : { problem: 'dots is not plain data' }) };
  }
  const map = maps[collection];
  if (!map.has(id)) return undefined;
  const entry: unknown = map.get(id);
  if (!(entry instanceof Y.Map)) return { fields: {}, extra: true, problem: 'not a record' };
  const allowed = roomFields[collection];
  const fields: Fields = {};
  let extra = false;
  let problem = problemOfId;
  for (const [field, value] of (entry as Y.Map<unknown>).entries()) {
    if (forbiddenKeys.has(field)) {
      problem ??= `forbidden key "${field}"`;
      extra = true;
    } else if (!allowed.includes(field)) extra = true;
    else if (!isPlainJson(value)) problem ??= `${field} is not plain data`;
    else fields[field] = value;
  }
  return { fields, extra, ...(problem ? { problem } : {}) };
}

/**
 * The Yjs clients that wrote what a document's record holds beyond `stored` (the database's room form
 * of it), or the record itself when no field tells: who sent a record that is refused. The room
 * server knows which device each client is; the host's own writes are left out.
 */
export function writersOf(doc: Y.Doc, key: RoomKey, stored: Fields | undefined): number[] {
  const { collection, id } = parseRoomKey(key);
  const maps = tableMaps(doc);
  const writers = new Set<number>();
  const add = (item: Y.Item | undefined) => {
    if (item && !item.deleted) writers.add(item.id.client);
  };
  const differs = (field: string, value: unknown) =>
    !stored || !Object.hasOwn(stored, field) || canonical(stored[field]) !== canonical(value);
  if (collection === 'scores') {
    for (const field of scoreFields) {
      const fieldKey = scoreKey(field, id);
      if (maps.scores.has(fieldKey) && differs(field, maps.scores.get(fieldKey))) add(maps.scores._map.get(fieldKey));
    }
  } else if (collection === 'votes') add(maps.votes._map.get(id));
  else {
    const entry: unknown = maps[collection].get(id);
    if (entry instanceof Y.Map)
      for (const [field, item] of (entry as Y.Map<unknown>)._map) if (!item.deleted && differs(field, entry.get(field))) add(item);
    if (writers.size === 0) add(maps[collection]._map.get(id));
  }
  writers.delete(doc.clientID);
  return [...writers];
}

/** The Yjs client that wrote a key of the `scores` or `votes` map; none when the host did. */
export function writerOfKey(doc: Y.Doc, { map, key }: JunkKey): number[] {
  const item = tableMaps(doc)[map]._map.get(key);
  return item && !item.deleted && item.id.client !== doc.clientID ? [item.id.client] : [];
}

/** A key of the `scores` or `votes` map that names no record: to be removed. */
export interface JunkKey {
  map: 'scores' | 'votes';
  key: string;
}

/** Every record of a table document by key, and the keys that name none. */
export function readDoc(doc: Y.Doc): { values: Map<RoomKey, DocValue>; junk: JunkKey[] } {
  const maps = tableMaps(doc);
  const values = new Map<RoomKey, DocValue>();
  const junk: JunkKey[] = [];
  for (const collection of ['people', 'notes', 'actions'] as const) {
    for (const id of maps[collection].keys()) {
      const value = readDocValue(doc, collection, id);
      if (value) values.set(roomKey(collection, id), value);
    }
  }
  const elements = new Set<string>();
  for (const key of maps.scores.keys()) {
    const elementId = elementOfScoreKey(key);
    if (elementId === null) junk.push({ map: 'scores', key });
    else elements.add(elementId);
  }
  for (const elementId of elements) {
    const value = readDocValue(doc, 'scores', elementId);
    if (value) values.set(roomKey('scores', elementId), value);
  }
  for (const key of maps.votes.keys()) {
    if (!isVoteKey(key)) junk.push({ map: 'votes', key });
    else values.set(roomKey('votes', key), readDocValue(doc, 'votes', key)!);
  }
  return { values, junk };
}

/** A vote key as `voteKey` writes it (one spelling per vote, so no vote is counted twice). */
export function isVoteKey(key: string): boolean {
  const parts = parseVoteKey(key);
  return parts !== null && voteKey(parts) === key;
}

export function isEmptyDoc(doc: Y.Doc): boolean {
  return Object.values(tableMaps(doc)).every((map) => map.size === 0);
}

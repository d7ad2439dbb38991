import * as Y from 'yjs';

// How one table's records live in its Yjs document. Every value read from a document is untrusted
// (any device of the table may have written it): readers return plain values, and the host's bridge
// checks them with the model's validators before anything is stored.
//
//   scores   Y.Map  `${field}|${elementId}` → value   (flat, so two phones scoring one element merge)
//   notes    Y.Map  noteId → Y.Map of the note's fields (without teamId)
//   actions  Y.Map  actionId → Y.Map of the action's fields (without teamId)
//   votes    Y.Map  JSON [round, voterKind, voterId, elementId] → dots (a number ≥ 1)
//   people   Y.Map  participantId → Y.Map { name, organisation? }: who joined at this table

export const scoreFields = ['maturity', 'importance', 'notApplicable', 'agreements', 'updatedAt', 'updatedBy'] as const;
export type ScoreField = (typeof scoreFields)[number];

/** An element's scores as the table document holds them. */
export interface RoomAssessment {
  maturity: number | null;
  importance: number | null;
  notApplicable: boolean;
  agreements: string;
  updatedAt: string;
  /** The participant who last changed it, when known. */
  updatedBy?: string;
}

export interface RoomNote {
  id: string;
  elementId: string;
  text: string;
  colour: string;
  authorId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface RoomActionOwner {
  name: string;
  organisation?: string;
}

export interface RoomAction {
  id: string;
  title: string;
  elementIds: string[];
  owner: RoomActionOwner | null;
  dueDate: string | null;
  firstStep?: string;
  status: string;
  authorId?: string;
  createdAt: string;
  updatedAt: string;
}

export type RoomVoterKind = 'team' | 'participant';
export interface RoomVote {
  round: number;
  voter: RoomVoterKind;
  /** The team's id, or the participant's. */
  voterId: string;
  elementId: string;
  dots: number;
}

export interface RoomPerson {
  id: string;
  name: string;
  organisation?: string;
}

export function tableMaps(doc: Y.Doc) {
  return {
    scores: doc.getMap<unknown>('scores'),
    notes: doc.getMap<Y.Map<unknown>>('notes'),
    actions: doc.getMap<Y.Map<unknown>>('actions'),
    votes: doc.getMap<unknown>('votes'),
    people: doc.getMap<Y.Map<unknown>>('people'),
  };
}

export type RecordCollection = 'notes' | 'actions' | 'people';

// --- Reading ------------------------------------------------------------------------------------------

export function scoreKey(field: ScoreField, elementId: string): string {
  return `${field}|${elementId}`;
}

/** Every element's score fields, as written (untrusted). */
export function readScores(doc: Y.Doc): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const [key, value] of tableMaps(doc).scores) {
    const bar = key.indexOf('|');
    if (bar <= 0) continue;
    const field = key.slice(0, bar);
    if (!(scoreFields as readonly string[]).includes(field)) continue;
    const elementId = key.slice(bar + 1);
    let fields = result.get(elementId);
    if (!fields) result.set(elementId, (fields = {}));
    fields[field] = value;
  }
  return result;
}

/** The element a score key belongs to, or `null` for a key that is no score key. */
export function elementOfScoreKey(key: string): string | null {
  const bar = key.indexOf('|');
  return bar > 0 && (scoreFields as readonly string[]).includes(key.slice(0, bar)) ? key.slice(bar + 1) : null;
}

/** One record of `notes`, `actions` or `people` as plain fields (untrusted), or `undefined`. */
export function readRecord(doc: Y.Doc, collection: RecordCollection, id: string): Record<string, unknown> | undefined {
  const entry = tableMaps(doc)[collection].get(id);
  if (!(entry instanceof Y.Map)) return undefined;
  // Keys as data (a `__proto__` key stays a key, it never becomes the object's prototype).
  const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [field, value] of entry.entries()) record[field] = value instanceof Y.AbstractType ? value.toJSON() : value;
  record['id'] = id;
  return record;
}

export function readRecords(doc: Y.Doc, collection: RecordCollection): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>();
  for (const id of tableMaps(doc)[collection].keys()) {
    const record = readRecord(doc, collection, id);
    if (record) result.set(id, record);
  }
  return result;
}

export function voteKey(vote: Pick<RoomVote, 'round' | 'voter' | 'voterId' | 'elementId'>): string {
  return JSON.stringify([vote.round, vote.voter, vote.voterId, vote.elementId]);
}

/** A vote key's parts, or `null` for a key that is none. */
export function parseVoteKey(key: string): Omit<RoomVote, 'dots'> | null {
  try {
    const parts: unknown = JSON.parse(key);
    if (!Array.isArray(parts) || parts.length !== 4) return null;
    const [round, voter, voterId, elementId] = parts as unknown[];
    if (typeof round !== 'number' || !Number.isInteger(round) || (voter !== 'team' && voter !== 'participant')) return null;
    if (typeof voterId !== 'string' || typeof elementId !== 'string') return null;
    const vote = { round, voter, voterId, elementId } as const;
    // One spelling per vote: a key written any other way would let one vote live under two keys.
    return voteKey(vote) === key ? vote : null;
  } catch {
    return null;
  }
}

/** Every vote, as written (dots untrusted). */
export function readVotes(doc: Y.Doc): Array<Omit<RoomVote, 'dots'> & { key: string; dots: unknown }> {
  const result: Array<Omit<RoomVote, 'dots'> & { key: string; dots: unknown }> = [];
  for (const [key, dots] of tableMaps(doc).votes) {
    const parts = parseVoteKey(key);
    if (parts) result.push({ ...parts, key, dots });
  }
  return result;
}

// --- Writing (each in one Yjs transaction, tagged with `origin`) --------------------------------------

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Sets an element's score fields; fields given as `undefined` are removed. */
export function writeScores(doc: Y.Doc, elementId: string, fields: Partial<Record<ScoreField, unknown>>, origin?: unknown): void {
  const { scores } = tableMaps(doc);
  doc.transact(() => {
    for (const [field, value] of Object.entries(fields) as Array<[ScoreField, unknown]>) {
      const key = scoreKey(field, elementId);
      if (value === undefined) {
        if (scores.has(key)) scores.delete(key);
      } else if (!same(scores.get(key), value)) scores.set(key, value);
    }
  }, origin);
}

/** Removes every score field of an element. */
export function deleteScores(doc: Y.Doc, elementId: string, origin?: unknown): void {
  writeScores(doc, elementId, Object.fromEntries(scoreFields.map((field) => [field, undefined])), origin);
}

/**
 * Creates a record, or brings an existing one to exactly these fields: a field that differs is set,
 * a field no longer there is removed, the rest is left alone (so a concurrent edit of another field stays).
 */
export function writeRecord<T extends { id: string }>(doc: Y.Doc, collection: RecordCollection, record: T, origin?: unknown): void {
  const map = tableMaps(doc)[collection];
  const { id, ...fields } = record as { id: string } & Record<string, unknown>;
  doc.transact(() => {
    const existing = map.get(id);
    if (!(existing instanceof Y.Map)) {
      const entry = new Y.Map<unknown>();
      for (const [field, value] of Object.entries(fields)) if (value !== undefined) entry.set(field, value);
      map.set(id, entry);
      return;
    }
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) {
        if (existing.has(field)) existing.delete(field);
      } else if (!same(existing.get(field), value)) existing.set(field, value);
    }
    for (const field of [...existing.keys()]) if (!Object.hasOwn(fields, field)) existing.delete(field);
  }, origin);
}

/** Changes some fields of an existing record (`undefined` removes one); nothing when it is gone. */
export function patchRecord(doc: Y.Doc, collection: RecordCollection, id: string, patch: object, origin?: unknown): boolean {
  const existing = tableMaps(doc)[collection].get(id);
  if (!(existing instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) {
        if (existing.has(field)) existing.delete(field);
      } else if (!same(existing.get(field), value)) existing.set(field, value);
    }
  }, origin);
  return true;
}

export function deleteRecord(doc: Y.Doc, collection: RecordCollection, id: string, origin?: unknown): void {
  const map = tableMaps(doc)[collection];
  if (map.has(id)) doc.transact(() => map.delete(id), origin);
}

/** Sets a vote's dots; 0 or less removes it. */
export function writeVote(doc: Y.Doc, vote: RoomVote, origin?: unknown): void {
  const { votes } = tableMaps(doc);
  const key = voteKey(vote);
  doc.transact(() => {
    if (vote.dots <= 0) {
      if (votes.has(key)) votes.delete(key);
    } else if (votes.get(key) !== vote.dots) votes.set(key, vote.dots);
  }, origin);
}

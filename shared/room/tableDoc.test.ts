import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseVoteKey, readRecord, readScores, tableMaps, voteKey, writeRecord, writeScores } from './tableDoc';

describe('table document', () => {
  it('reads a record with a `__proto__` key as data, never as its prototype', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    entry.set('__proto__', { polluted: true });
    entry.set('text', 'Hallo');
    tableMaps(doc).notes.set('n1', entry);
    const record = readRecord(doc, 'notes', 'n1')!;
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record).sort()).toEqual(['__proto__', 'id', 'text']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('brings a record to exactly the given fields, removing one named like an Object method', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    entry.set('constructor', 'x');
    entry.set('text', 'oud');
    tableMaps(doc).notes.set('n1', entry);
    writeRecord(doc, 'notes', { id: 'n1', text: 'nieuw' });
    expect(tableMaps(doc).notes.get('n1')!.toJSON()).toEqual({ text: 'nieuw' });
  });

  it('takes a vote key only as voteKey spells it', () => {
    const key = voteKey({ round: 1, voter: 'team', voterId: 't1', elementId: 'matching.vraag' });
    expect(parseVoteKey(key)).toEqual({ round: 1, voter: 'team', voterId: 't1', elementId: 'matching.vraag' });
    expect(parseVoteKey('[1, "team", "t1", "matching.vraag"]')).toBeNull();
    expect(parseVoteKey('[1.5,"team","t1","matching.vraag"]')).toBeNull();
    expect(parseVoteKey('[1,"jury","t1","matching.vraag"]')).toBeNull();
  });

  it('keeps two phones’ scores of one element when they set different fields', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeScores(a, 'matching.vraag', { maturity: 3 });
    writeScores(b, 'matching.vraag', { importance: 2 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readScores(a).get('matching.vraag')).toEqual({ maturity: 3, importance: 2 });
    expect(readScores(b).get('matching.vraag')).toEqual({ maturity: 3, importance: 2 });
  });
});

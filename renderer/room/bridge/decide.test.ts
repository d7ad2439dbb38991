import { describe, expect, it } from 'vitest';
import { decide, mergeFields } from './decide';
import { canonical, isPlainJson, shadowOf, type DocValue, type Fields } from './roomForms';

const early = '2026-11-22T10:00:00.000Z';
const later = '2026-11-22T10:05:00.000Z';
const note = (fields: Fields = {}): Fields => ({
  elementId: 'matching.vraag',
  text: 'VOG',
  colour: 'geel',
  createdAt: early,
  updatedAt: early,
  ...fields,
});
const doc = (fields: Fields, extra = false): DocValue => ({ fields, extra });

describe('decide', () => {
  it('agrees when both sides hold the same, and cleans keys beyond the room form', () => {
    expect(decide(note(), doc(note()), undefined)).toEqual({ kind: 'agree' });
    expect(decide(undefined, undefined, undefined)).toEqual({ kind: 'agree' });
    expect(decide(note(), doc(note(), true), shadowOf(note()))).toEqual({ kind: 'clean' });
  });

  it('writes the host’s change into the document when the document still holds the agreed value', () => {
    const agreed = shadowOf(note());
    expect(decide(note({ text: 'Nieuw' }), doc(note()), agreed)).toEqual({ kind: 'toDoc' });
    expect(decide(undefined, doc(note()), agreed)).toEqual({ kind: 'toDoc' });
    expect(decide(note(), undefined, undefined)).toEqual({ kind: 'toDoc' });
  });

  it('stores a device’s change when the database still holds the agreed value', () => {
    const agreed = shadowOf(note());
    expect(decide(note(), doc(note({ text: 'Nieuw' })), agreed)).toEqual({ kind: 'toDexie', value: note({ text: 'Nieuw' }) });
    expect(decide(note(), undefined, agreed)).toEqual({ kind: 'toDexie', value: undefined });
    expect(decide(undefined, doc(note()), undefined)).toEqual({ kind: 'toDexie', value: note() });
  });

  it('refuses a record with a problem whatever its fields', () => {
    expect(decide(note(), { fields: note(), extra: true, problem: 'forbidden key "__proto__"' }, undefined)).toEqual({
      kind: 'refuse',
      problem: 'forbidden key "__proto__"',
    });
  });

  it('lets a deletion win over an edit on the other side', () => {
    const agreed = shadowOf(note());
    expect(decide(undefined, doc(note({ text: 'Bewerkt' })), agreed)).toEqual({ kind: 'toDoc' });
    expect(decide(note({ text: 'Bewerkt' }), undefined, agreed)).toEqual({ kind: 'toDexie', value: undefined });
  });

  it('merges edits of different fields made on both sides', () => {
    const agreed = shadowOf(note());
    const host = note({ colour: 'roze', updatedAt: later });
    const device = note({ text: 'Bewerkt', updatedAt: early.replace('10:00', '10:01') });
    expect(decide(host, doc(device), agreed)).toEqual({
      kind: 'toDexie',
      value: note({ colour: 'roze', text: 'Bewerkt', updatedAt: later }),
    });
  });
});

describe('mergeFields', () => {
  it('gives a field both changed to the side edited last, the document on a tie', () => {
    const agreed = shadowOf(note());
    expect(mergeFields(note({ text: 'Host', updatedAt: later }), note({ text: 'Telefoon' }), agreed)['text']).toBe('Host');
    expect(mergeFields(note({ text: 'Host' }), note({ text: 'Telefoon', updatedAt: later }), agreed)['text']).toBe('Telefoon');
    expect(mergeFields(note({ text: 'Host' }), note({ text: 'Telefoon' }), agreed)['text']).toBe('Telefoon');
  });

  it('drops a field one side removed', () => {
    const agreed = shadowOf(note({ authorId: 'p1' }));
    expect(mergeFields(note({ authorId: 'p1', colour: 'roze' }), note(), agreed)).toEqual(note({ colour: 'roze' }));
  });
});

describe('room forms', () => {
  it('writes equal values as equal text, whatever the order of their keys', () => {
    expect(canonical({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonical({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  it('takes only plain data', () => {
    expect(isPlainJson({ name: 'Мария', tags: ['a'], n: 1, ok: true, none: null })).toBe(true);
    expect(isPlainJson(JSON.parse('{"__proto__": {"admin": true}}'))).toBe(false);
    expect(isPlainJson(Object.create({ admin: true }) as object)).toBe(false);
    expect(isPlainJson({ constructor: 1 })).toBe(false);
    expect(isPlainJson(Number.NaN)).toBe(false);
    expect(isPlainJson(new Date())).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { identityAfterJoin, readIdentity, writeIdentity, type KeyValueStore } from './identity';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('stored identity', () => {
  it('round-trips', () => {
    const store = memoryStore();
    const identity = { roomId: 'r', deviceId: 'd', credential: 'c', tableId: 't', name: 'Łukasz', participantId: 'p', registered: true };
    writeIdentity(store, identity);
    expect(readIdentity(store)).toEqual(identity);
    writeIdentity(store, null);
    expect(readIdentity(store)).toBeNull();
  });

  it('keeps an anonymous name step as the empty name, without a participant', () => {
    const store = memoryStore();
    writeIdentity(store, { roomId: 'r', deviceId: 'd', credential: 'c', tableId: 't', name: '', participantId: 'p' });
    expect(readIdentity(store)).toEqual({ roomId: 'r', deviceId: 'd', credential: 'c', tableId: 't', name: '' });
  });

  it('refuses damaged or foreign values', () => {
    const store = memoryStore();
    for (const value of ['{', 'null', '[]', '42', JSON.stringify({ roomId: 'r', deviceId: 3, credential: 'c' })]) {
      store.data.set('actieplaat.room.identity', value);
      expect(readIdentity(store)).toBeNull();
    }
    store.data.set('actieplaat.room.identity', JSON.stringify({ roomId: 'r', deviceId: 'd', credential: 'c', tableId: 5, name: 'x' }));
    expect(readIdentity(store)).toEqual({ roomId: 'r', deviceId: 'd', credential: 'c' });
  });

  it('survives a store that throws', () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(() => writeIdentity(store, { roomId: 'r', deviceId: 'd', credential: 'c' })).not.toThrow();
    expect(readIdentity(store)).toBeNull();
  });
});

describe('identityAfterJoin', () => {
  const joined = { roomId: 'r', deviceId: 'd2', credential: 'c2' };
  it('keeps table and name in the same room, to be registered again', () => {
    const previous = { roomId: 'r', deviceId: 'd1', credential: 'c1', tableId: 't', name: 'An', participantId: 'p', registered: true };
    expect(identityAfterJoin(previous, joined)).toEqual({
      ...joined,
      tableId: 't',
      name: 'An',
      participantId: 'p',
      organisation: undefined,
      registered: false,
    });
  });
  it('starts afresh in another room', () => {
    expect(identityAfterJoin({ roomId: 'other', deviceId: 'd1', credential: 'c1', tableId: 't' }, joined)).toEqual(joined);
    expect(identityAfterJoin(null, joined)).toEqual(joined);
  });
});

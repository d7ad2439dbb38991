import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordChange } from '../data/changes';
import { COALESCE_WINDOW_MS, History } from './history';

/** A note's text going from `before` to `after`; `undefined` means the note is not there. */
function typed(before: string | undefined, after: string | undefined, key = 'n-1'): RecordChange[] {
  const record = (text: string | undefined) => (text === undefined ? undefined : { id: key, text });
  return [{ table: 'notes', key, before: record(before), after: record(after) }];
}

const texts = (changes: readonly RecordChange[] | undefined) =>
  changes?.map((change) => [(change.before as { text?: string } | undefined)?.text, (change.after as { text?: string } | undefined)?.text]);

let now: number;
let history: History;

beforeEach(() => {
  now = 1_000_000;
  history = new History(() => now);
});

describe('History', () => {
  it('starts with nothing to undo or redo', () => {
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBeUndefined();
  });

  it('undo hands back the inverse of the last edit, redo the edit itself', () => {
    history.record(typed(undefined, 'Reservisten'));
    expect(history.canUndo).toBe(true);

    expect(history.undo()).toEqual(typed('Reservisten', undefined));
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(true);

    expect(history.redo()).toEqual(typed(undefined, 'Reservisten'));
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
  });

  it('undoes the most recent edit first and redoes in the original order', () => {
    history.record(typed(undefined, 'a', 'n-1'));
    history.record(typed(undefined, 'b', 'n-2'));
    history.record(typed(undefined, 'c', 'n-3'));

    expect([history.undo(), history.undo(), history.undo()].map((changes) => changes?.[0]?.key)).toEqual(['n-3', 'n-2', 'n-1']);
    expect(history.undo()).toBeUndefined();
    expect([history.redo(), history.redo(), history.redo()].map((changes) => changes?.[0]?.key)).toEqual(['n-1', 'n-2', 'n-3']);
    expect(history.redo()).toBeUndefined();
  });

  it('forgets what could be redone as soon as a new edit is recorded', () => {
    history.record(typed(undefined, 'a', 'n-1'));
    history.record(typed(undefined, 'b', 'n-2'));
    history.undo();
    expect(history.canRedo).toBe(true);

    history.record(typed(undefined, 'c', 'n-3'));
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeUndefined();
    expect(texts(history.undo())).toEqual([['c', undefined]]);
    expect(texts(history.undo())).toEqual([['a', undefined]]);
  });

  describe('coalescing', () => {
    it('makes edits with the same key within the window one undo step, from the first before to the last after', () => {
      history.record(typed('', 'R'), 'note:n-1:text');
      now += 1000;
      history.record(typed('R', 'Re'), 'note:n-1:text');
      now += COALESCE_WINDOW_MS - 1;
      history.record(typed('Re', 'Reservisten'), 'note:n-1:text');

      expect(texts(history.undo())).toEqual([['Reservisten', '']]);
      expect(history.canUndo).toBe(false);
      expect(texts(history.redo())).toEqual([['', 'Reservisten']]);
    });

    it('keeps one step while the user keeps typing, each edit within the window of the previous one', () => {
      for (let i = 1; i <= 10; i += 1) {
        history.record(typed('x'.repeat(i - 1), 'x'.repeat(i)), 'agreements:t-1:matching.aanbod');
        now += COALESCE_WINDOW_MS - 1000;
      }
      expect(texts(history.undo())).toEqual([['x'.repeat(10), '']]);
      expect(history.canUndo).toBe(false);
    });

    it('starts a new step once the window has passed', () => {
      history.record(typed('', 'Pool'), 'note:n-1:text');
      now += COALESCE_WINDOW_MS;
      history.record(typed('Pool', 'Pool van 40'), 'note:n-1:text');

      expect(texts(history.undo())).toEqual([['Pool van 40', 'Pool']]);
      expect(texts(history.undo())).toEqual([['Pool', '']]);
    });

    it('does not merge edits with different keys or without a key', () => {
      history.record(typed('', 'a'), 'note:n-1:text');
      history.record(typed('geel', 'roze'), 'note:n-1:colour');
      history.record(typed(undefined, 'b', 'n-2'));
      history.record(typed(undefined, 'c', 'n-3'));

      expect(texts(history.undo())).toEqual([['c', undefined]]);
      expect(texts(history.undo())).toEqual([['b', undefined]]);
      expect(texts(history.undo())).toEqual([['roze', 'geel']]);
      expect(texts(history.undo())).toEqual([['a', '']]);
      expect(history.canUndo).toBe(false);
    });

    it('does not merge into a step that was broken by an edit with another key', () => {
      history.record(typed('', 'a'), 'note:n-1:text');
      history.record(typed(undefined, 'x', 'n-2'));
      history.record(typed('a', 'ab'), 'note:n-1:text');

      expect(texts(history.undo())).toEqual([['ab', 'a']]);
      expect(texts(history.undo())).toEqual([['x', undefined]]);
      expect(texts(history.undo())).toEqual([['a', '']]);
    });

    it('never merges a redone step with the next edit, even with the same key and within the window', () => {
      history.record(typed('', 'a'), 'note:n-1:text');
      history.undo();
      history.redo();
      history.record(typed('a', 'ab'), 'note:n-1:text');

      expect(texts(history.undo())).toEqual([['ab', 'a']]);
      expect(texts(history.undo())).toEqual([['a', '']]);
    });

    it('does not merge a new edit into a step that has been undone', () => {
      history.record(typed('', 'a'), 'note:n-1:text');
      history.undo();
      history.record(typed('', 'b'), 'note:n-1:text');

      expect(texts(history.undo())).toEqual([['b', '']]);
      expect(history.canUndo).toBe(false);
      expect(history.canRedo).toBe(true);
    });
  });
});

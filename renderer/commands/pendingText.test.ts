import { describe, expect, it } from 'vitest';
import { pendingText } from './pendingText';

describe('pendingText: typed text not yet handed to the database', () => {
  it('is pending from the first key until the field hands its text over, and tells its listeners each time', () => {
    const changes: boolean[] = [];
    const stop = pendingText.subscribe(() => changes.push(pendingText.isPending()));
    const flush = () => pendingText.delete(flush);

    pendingText.add(flush);
    pendingText.add(flush); // the next key of the same field
    expect(pendingText.isPending()).toBe(true);
    pendingText.flushAll();
    expect(pendingText.isPending()).toBe(false);
    pendingText.delete(flush);
    stop();

    expect(changes).toEqual([true, false]);
  });

  it('stays pending while another field still waits', () => {
    const first = () => pendingText.delete(first);
    const second = () => pendingText.delete(second);
    pendingText.add(first);
    pendingText.add(second);
    first();
    expect(pendingText.isPending()).toBe(true);
    second();
    expect(pendingText.isPending()).toBe(false);
  });
});

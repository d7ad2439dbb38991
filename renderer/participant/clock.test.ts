import { describe, expect, it } from 'vitest';
import { formatClock } from '../../shared/facilitation/timer';
import { clockOffset, roundRemaining } from './clock';

describe('the round timer on a phone', () => {
  const timer = { durationMs: 5 * 60_000, startedAt: 1_000_000, elapsedMs: 30_000 };

  it('counts down on the host clock, corrected for the phone clock', () => {
    // The phone runs 7 s behind the host: the host wrote at 1_010_000, the phone received it at 1_003_000.
    const offset = clockOffset(1_010_000, 1_003_000)!;
    expect(offset).toBe(7_000);
    // 60 s after receiving, by the phone's clock: 30 s before + 70 s since the start on the host's clock.
    expect(roundRemaining(timer, 1_063_000, offset)).toBe(5 * 60_000 - 30_000 - 70_000);
    expect(formatClock(roundRemaining(timer, 1_063_000, offset))).toBe('3:20');
  });

  it('stands still while paused and shows how far over', () => {
    const paused = { ...timer, startedAt: null };
    expect(roundRemaining(paused, 9_999_999, 0)).toBe(270_000);
    expect(formatClock(roundRemaining({ ...timer, durationMs: 0 }, 1_012_000, 0))).toBe('+0:42');
    expect(formatClock(roundRemaining({ ...timer, durationMs: 60_000 }, 1_012_000, 0))).toBe('0:18');
  });

  it('never runs backwards before the start (a phone clock far behind)', () => {
    expect(roundRemaining(timer, 0, 0)).toBe(270_000);
  });

  it('gives no offset without a host stamp', () => {
    expect(clockOffset(0, 123)).toBeNull();
  });
});

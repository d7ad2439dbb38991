import { describe, expect, it } from 'vitest';
import { addMinute, formatClock, isRunning, newTimer, pause, remaining, reset, start } from './timer';

describe('the round timer', () => {
  it('counts down from the set minutes while running, and holds while paused', () => {
    let timer = newTimer(5);
    expect(remaining(timer, 1_000)).toBe(300_000);
    timer = start(timer, 1_000);
    expect(isRunning(timer)).toBe(true);
    expect(remaining(timer, 61_000)).toBe(240_000);
    timer = pause(timer, 61_000);
    expect(remaining(timer, 500_000)).toBe(240_000);
    timer = start(timer, 500_000);
    expect(remaining(timer, 530_000)).toBe(210_000);
  });
  it('reads the same in two windows, because it stores when it started, not a count', () => {
    const shared = JSON.parse(JSON.stringify(start(newTimer(2), 10_000)));
    expect(remaining(shared, 40_000)).toBe(90_000);
  });
  it('adds a minute, running or not, and goes negative past zero', () => {
    const running = start(newTimer(1), 0);
    expect(remaining(addMinute(running), 30_000)).toBe(90_000);
    expect(remaining(running, 75_000)).toBe(-15_000);
  });
  it('resets to the full time, or to new minutes, stopped', () => {
    const used = pause(start(newTimer(10), 0), 120_000);
    expect(remaining(reset(used), 999_999)).toBe(600_000);
    expect(reset(used, 3)).toMatchObject({ durationMs: 180_000, startedAt: null, elapsedMs: 0 });
  });
  it('shows minutes and seconds, rounding up while counting down, and the overtime with a plus', () => {
    expect(formatClock(300_000)).toBe('5:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-12_400)).toBe('+0:12');
  });
});

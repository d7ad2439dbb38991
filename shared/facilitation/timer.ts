/**
 * A round timer as data that any window can read the same way: it stores when it started (wall-clock
 * milliseconds), not a ticking count, so the laptop and the projector agree and a reload loses nothing.
 */
export interface TimerState {
  durationMs: number;
  /** Set while running: the moment of the last start. */
  startedAt: number | null;
  /** Time run before the last start (the timer was paused in between). */
  elapsedMs: number;
  /** Whether a sound plays when the time is up. */
  sound: boolean;
}

export const MINUTE_MS = 60_000;

export function newTimer(minutes: number): TimerState {
  return { durationMs: Math.max(0, minutes) * MINUTE_MS, startedAt: null, elapsedMs: 0, sound: false };
}

export function elapsed(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

/** Milliseconds left; negative once the time is up (how far over). */
export function remaining(timer: TimerState, now: number): number {
  return timer.durationMs - elapsed(timer, now);
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

export function start(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

export function pause(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? timer : { ...timer, elapsedMs: elapsed(timer, now), startedAt: null };
}

export function addMinute(timer: TimerState): TimerState {
  return { ...timer, durationMs: timer.durationMs + MINUTE_MS };
}

/** Back to the full time, stopped; optionally with another duration. */
export function reset(timer: TimerState, minutes?: number): TimerState {
  return {
    ...timer,
    durationMs: minutes === undefined ? timer.durationMs : Math.max(0, minutes) * MINUTE_MS,
    startedAt: null,
    elapsedMs: 0,
  };
}

/** "4:05", and "+0:12" once the time is up. */
export function formatClock(milliseconds: number): string {
  const over = milliseconds < 0;
  const seconds = over ? Math.floor(-milliseconds / 1000) : Math.ceil(milliseconds / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

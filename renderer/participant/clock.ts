import type { PlenaryFacilitation } from '../../shared/room/plenaryDoc';

/**
 * How far the host's clock is ahead of this phone's (milliseconds), measured when a timer change
 * arrives live: the host stamps `hostNow` as it writes. A value read from the phone's own copy, or
 * in the first sync after connecting, may be old, so it gives no measure (`null`).
 */
export function clockOffset(hostNow: number, receivedAt: number): number | null {
  return hostNow > 0 ? hostNow - receivedAt : null;
}

/** Milliseconds left in the round on the host's clock; negative once over (as `formatClock` shows "+0:12"). */
export function roundRemaining(timer: PlenaryFacilitation['timer'], localNow: number, offset: number): number {
  const hostNow = localNow + offset;
  return timer.durationMs - (timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, hostNow - timer.startedAt)));
}

import type { RefusalReport } from '../../../shared/room/protocol';
import type { FacilitationSnapshot } from './plenary';
import type { RoomBridgeState } from './roomBridge';

/** What the facilitator's window asks of the bridge's worker. */
export type BridgeWorkerRequest =
  | { type: 'start'; workshopId: string; hostUrl: string; hostToken: string; facilitation?: FacilitationSnapshot }
  | { type: 'facilitation'; facilitation: FacilitationSnapshot }
  /** Answered with `idle` of the same id once the bridge has stored all it received. */
  | { type: 'whenIdle'; id: number }
  | { type: 'stop' };

/** What the bridge's worker tells the window. */
export type BridgeWorkerEvent =
  /** The worker's script loaded: it takes requests. */
  | { type: 'ready' }
  | { type: 'state'; state: RoomBridgeState }
  | { type: 'refusal'; report: RefusalReport }
  | { type: 'idle'; id: number }
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

/** The part of the facilitator's state the bridge reads: plain data, posted whenever it changes. */
export function facilitationSnapshot(state: FacilitationSnapshot): FacilitationSnapshot {
  const { durationMs, startedAt, elapsedMs } = state.timer;
  return { focus: state.focus, timer: { durationMs, startedAt, elapsedMs }, voting: state.voting ? { ...state.voting } : null };
}

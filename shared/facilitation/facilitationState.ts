import { newTimer, type TimerState } from './timer';
import type { VotingRound } from './voting';

/** The whole plate, or one theme by its index in the template. */
export type PresentationFocus = 'all' | number;

/**
 * What the facilitator steers and the projector shows, per workshop: transient (no part of the workshop's
 * file, no undo step), but kept across reloads and shared by every window of the app.
 */
export interface FacilitationState {
  focus: PresentationFocus;
  scoresShown: boolean;
  blank: boolean;
  timer: TimerState;
  /** The dot-voting round under way (its dots are stored with the workshop), or none. */
  voting: VotingRound | null;
  /** The live room's join slide (QR code, address, who joined) is on the projector. */
  joinSlide: boolean;
}

/** A workshop's state before the facilitator has steered anything. */
export const initialFacilitation: FacilitationState = {
  focus: 'all',
  scoresShown: false,
  blank: false,
  timer: newTimer(10),
  voting: null,
  joinSlide: false,
};

type Loose<T> = { [K in keyof T]?: unknown };

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * A stored state as this version reads it: each field that is missing or malformed (an older or newer
 * release wrote it, or something else did) takes its initial value; unknown fields are dropped.
 */
export function facilitationFrom(stored: unknown): FacilitationState {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Loose<FacilitationState>;
  const timer = (typeof value.timer === 'object' && value.timer !== null ? value.timer : {}) as Loose<TimerState>;
  const voting = (typeof value.voting === 'object' ? value.voting : null) as Loose<VotingRound> | null;
  return {
    focus: value.focus === 'all' || isCount(value.focus) ? value.focus : 'all',
    scoresShown: value.scoresShown === true,
    blank: value.blank === true,
    timer: isTime(timer.durationMs)
      ? {
          durationMs: timer.durationMs,
          startedAt: isTime(timer.startedAt) ? timer.startedAt : null,
          elapsedMs: isTime(timer.elapsedMs) ? timer.elapsedMs : 0,
          sound: timer.sound === true,
        }
      : initialFacilitation.timer,
    voting:
      voting && isCount(voting.round) && isCount(voting.dotsPerVoter)
        ? {
            round: voting.round,
            voters: voting.voters === 'participant' ? 'participant' : 'team',
            dotsPerVoter: voting.dotsPerVoter,
            revealed: voting.revealed === true,
          }
        : null,
    joinSlide: value.joinSlide === true,
  };
}

import { useCallback, useSyncExternalStore } from 'react';
import { newTimer, type TimerState } from '../../shared/facilitation/timer';
import type { VotingRound } from '../../shared/facilitation/voting';

export type PresentationFocus = 'all' | number;

/** What the facilitator steers and the projector shows: transient, but kept across reloads. */
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

const initialState: FacilitationState = {
  focus: 'all',
  scoresShown: false,
  blank: false,
  timer: newTimer(10),
  voting: null,
  joinSlide: false,
};
const KEY_PREFIX = 'actieplaat.facilitation.';
const CHANNEL = 'actieplaat-facilitation';

type Message = { workshopId: string; state: FacilitationState };

/**
 * One state per workshop, shared by every window of this app on this computer: kept in localStorage
 * (so a reload of either window keeps it) and announced on a BroadcastChannel (so the other window
 * follows at once, without polling).
 */
class FacilitationStore {
  private states = new Map<string, FacilitationState>();
  private listeners = new Map<string, Set<() => void>>();
  private channel: BroadcastChannel | undefined;

  private connect(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(CHANNEL);
    this.channel.onmessage = (event: MessageEvent<Message>) => this.receive(event.data.workshopId, event.data.state);
    window.addEventListener('storage', (event) => {
      if (event.key?.startsWith(KEY_PREFIX) && event.newValue) this.receive(event.key.slice(KEY_PREFIX.length), parse(event.newValue));
    });
  }

  get(workshopId: string): FacilitationState {
    this.connect();
    let state = this.states.get(workshopId);
    if (!state) {
      state = parse(readStorage(KEY_PREFIX + workshopId));
      this.states.set(workshopId, state);
    }
    return state;
  }

  set(workshopId: string, change: (state: FacilitationState) => Partial<FacilitationState>): void {
    const next = { ...this.get(workshopId), ...change(this.get(workshopId)) };
    this.states.set(workshopId, next);
    try {
      localStorage.setItem(KEY_PREFIX + workshopId, JSON.stringify(next));
    } catch {
      // Without storage the windows still follow each other; only a reload forgets.
    }
    this.channel?.postMessage({ workshopId, state: next } satisfies Message);
    this.notify(workshopId);
  }

  subscribe(workshopId: string, listener: () => void): () => void {
    this.connect();
    let set = this.listeners.get(workshopId);
    if (!set) this.listeners.set(workshopId, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  private receive(workshopId: string, state: FacilitationState): void {
    this.states.set(workshopId, state);
    this.notify(workshopId);
  }

  private notify(workshopId: string): void {
    for (const listener of this.listeners.get(workshopId) ?? []) listener();
  }
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** A stored state, or the initial one for anything missing or malformed. */
function parse(raw: string | null): FacilitationState {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<FacilitationState>) : {};
    const focus =
      value.focus === 'all' || (typeof value.focus === 'number' && Number.isInteger(value.focus) && value.focus >= 0) ? value.focus : 'all';
    const timer =
      value.timer && typeof value.timer.durationMs === 'number' ? { ...initialState.timer, ...value.timer } : initialState.timer;
    const voting =
      value.voting && Number.isInteger(value.voting.round) && Number.isInteger(value.voting.dotsPerVoter)
        ? {
            round: value.voting.round,
            voters: value.voting.voters === 'participant' ? ('participant' as const) : ('team' as const),
            dotsPerVoter: value.voting.dotsPerVoter,
            revealed: value.voting.revealed === true,
          }
        : null;
    return {
      focus,
      scoresShown: value.scoresShown === true,
      blank: value.blank === true,
      timer,
      voting,
      joinSlide: value.joinSlide === true,
    };
  } catch {
    return initialState;
  }
}

const store = new FacilitationStore();

/** One workshop's state outside React (the live room's bridge): read it, and hear when it changes. */
export function facilitationOf(workshopId: string): { get(): FacilitationState; subscribe(listener: () => void): () => void } {
  return { get: () => store.get(workshopId), subscribe: (listener) => store.subscribe(workshopId, listener) };
}

export function useFacilitation(
  workshopId: string,
): [FacilitationState, (change: (state: FacilitationState) => Partial<FacilitationState>) => void] {
  const subscribe = useCallback((listener: () => void) => store.subscribe(workshopId, listener), [workshopId]);
  const state = useSyncExternalStore(subscribe, () => store.get(workshopId));
  const update = useCallback(
    (change: (state: FacilitationState) => Partial<FacilitationState>) => store.set(workshopId, change),
    [workshopId],
  );
  return [state, update];
}

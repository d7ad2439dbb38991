import { useCallback, useSyncExternalStore } from 'react';
import { initialFacilitation, type FacilitationState } from '../../shared/facilitation/facilitationState';
import { facilitationRepository } from '../data';
import type { FacilitationChange, FacilitationRepository } from '../data/facilitationRepository';

export type { FacilitationState, PresentationFocus } from '../../shared/facilitation/facilitationState';

interface Followed {
  /** The last state read or written here; none before the first read. */
  state: FacilitationState | undefined;
  listeners: Set<() => void>;
  /** Stops the live query; set while anything listens. */
  stop: (() => void) | undefined;
}

/**
 * This window's view of the facilitator's state per workshop. The database is the one place it is
 * kept and the one way it travels between windows: a live query per workshop (while anything here
 * listens) brings every committed write, this window's or another's. A change made here shows at once,
 * before its transaction commits, so that a field typed in does not wait for the database.
 */
export class FacilitationView {
  private readonly followed = new Map<string, Followed>();

  constructor(private readonly repository: FacilitationRepository) {}

  private entry(workshopId: string): Followed {
    let entry = this.followed.get(workshopId);
    if (!entry) this.followed.set(workshopId, (entry = { state: undefined, listeners: new Set(), stop: undefined }));
    return entry;
  }

  /** The state as last read; the initial one before the first read arrives. */
  get(workshopId: string): FacilitationState {
    return this.followed.get(workshopId)?.state ?? initialFacilitation;
  }

  subscribe(workshopId: string, listener: () => void): () => void {
    const entry = this.entry(workshopId);
    entry.listeners.add(listener);
    entry.stop ??= this.repository.watch(
      workshopId,
      (state) => this.receive(workshopId, state),
      (error: unknown) => console.error('Could not read the facilitation state', error),
    );
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size > 0) return;
      entry.stop?.();
      entry.stop = undefined;
    };
  }

  /** Resolves once the workshop's state has been read (at once when it has). */
  async load(workshopId: string): Promise<void> {
    if (this.entry(workshopId).state) return;
    const state = await this.repository.read(workshopId);
    // A live query that answered in the meantime read as recently.
    if (!this.entry(workshopId).state) this.receive(workshopId, state);
  }

  update(workshopId: string, change: FacilitationChange): void {
    const shown = this.get(workshopId);
    this.receive(workshopId, { ...shown, ...change(shown) });
    this.repository.update(workshopId, change).catch((error: unknown) => {
      console.error('Could not store the facilitation state', error);
      // Back to what the database has, where it can still be read.
      void this.repository.read(workshopId).then(
        (state) => this.receive(workshopId, state),
        () => undefined,
      );
    });
  }

  private receive(workshopId: string, state: FacilitationState): void {
    const entry = this.entry(workshopId);
    // The same content keeps the same object: nothing renders again for a write that changed nothing here.
    if (entry.state && JSON.stringify(entry.state) === JSON.stringify(state)) return;
    entry.state = state;
    for (const listener of entry.listeners) listener();
  }
}

const view = new FacilitationView(facilitationRepository);

/**
 * One workshop's state outside React (the live room's bridge), once it has been read: read it, and hear
 * when it changes.
 */
export async function facilitationOf(
  workshopId: string,
): Promise<{ get(): FacilitationState; subscribe(listener: () => void): () => void }> {
  await view.load(workshopId);
  return { get: () => view.get(workshopId), subscribe: (listener) => view.subscribe(workshopId, listener) };
}

/**
 * The workshop's facilitation state, and the function that changes it: `change` gets the state as
 * stored and returns the fields that change. Every window of the app that shows the workshop follows.
 */
export function useFacilitation(workshopId: string): [FacilitationState, (change: FacilitationChange) => void] {
  const subscribe = useCallback((listener: () => void) => view.subscribe(workshopId, listener), [workshopId]);
  const state = useSyncExternalStore(subscribe, () => view.get(workshopId));
  const update = useCallback((change: FacilitationChange) => view.update(workshopId, change), [workshopId]);
  return [state, update];
}

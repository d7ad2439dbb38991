import { liveQuery } from 'dexie';
import { facilitationFrom, initialFacilitation, type FacilitationState } from '../../shared/facilitation/facilitationState';
import type { ActieplaatDatabase } from './db';

/** What a change of the facilitator's makes of the state it is given: the fields that change. */
export type FacilitationChange = (state: FacilitationState) => Partial<FacilitationState>;

/**
 * The facilitator's state per workshop, one row of the `facilitation` table each. Every window reads
 * it with a live query (`watch`), so a write in one window reaches the others as every record does: by
 * Dexie's `storagemutated` event. It is no workshop edit: no undo step, no "last edited" stamp, no part
 * of the workshop's file.
 */
export class FacilitationRepository {
  constructor(private readonly database: ActieplaatDatabase) {}

  /** The workshop's state; the initial one while the facilitator has steered nothing. */
  async read(workshopId: string): Promise<FacilitationState> {
    const row = await this.database.facilitation.get(workshopId);
    return row ? facilitationFrom(row) : initialFacilitation;
  }

  /**
   * Applies `change` to the state as stored, in one transaction: two windows that change it at once
   * each see the other's write, and neither is lost. Resolves to the state stored.
   */
  update(workshopId: string, change: FacilitationChange): Promise<FacilitationState> {
    const table = this.database.facilitation;
    return this.database.transaction('rw', table, async () => {
      const current = await this.read(workshopId);
      const next = facilitationFrom({ ...current, ...change(current) });
      await table.put({ ...next, workshopId });
      return next;
    });
  }

  /**
   * Follows the workshop's state: `onState` hears it once read, and again after every committed write
   * of it, in this window or another. Returns the function that stops following.
   */
  watch(workshopId: string, onState: (state: FacilitationState) => void, onError: (error: unknown) => void): () => void {
    const subscription = liveQuery(() => this.read(workshopId)).subscribe({ next: onState, error: onError });
    return () => subscription.unsubscribe();
  }
}

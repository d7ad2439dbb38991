import { ChangeWriter, type ChangeSet } from '../data/changes';
import type { ActieplaatDatabase } from '../data/db';
import { WorkshopEdits } from '../data/edits';
import { recordFactory } from '../data/records';
import { WorkshopRepository } from '../data/workshopRepository';
import { editActions } from './editActions';
import type { EditRequest } from './editRequest';

/**
 * Typed text is written here synchronously on every key, before the typing delay hands it to the
 * database. A window closed or killed mid-sentence leaves its text here; the next start stores it.
 */
const PREFIX = 'actieplaat.draft.';

interface TextDraft {
  workshopId: string;
  request: EditRequest;
  /** Rises with every key, so that a store of older text never clears newer text. */
  serial: number;
}

let serial = 0;

export function saveDraft(field: string, workshopId: string, request: EditRequest): number {
  serial += 1;
  try {
    localStorage.setItem(PREFIX + field, JSON.stringify({ workshopId, request, serial } satisfies TextDraft));
  } catch {
    // Storage full or unavailable: the database write after the delay still happens.
  }
  return serial;
}

/** Forgets a draft once its text is in the database, unless newer text was typed since. */
export function clearDraft(field: string, storedSerial: number): void {
  try {
    const raw = localStorage.getItem(PREFIX + field);
    if (raw && (JSON.parse(raw) as TextDraft).serial <= storedSerial) localStorage.removeItem(PREFIX + field);
  } catch {
    // Nothing to clear.
  }
}

/** Stores every draft a previous session left behind; returns how many were recovered. */
export async function recoverTextDrafts(database: ActieplaatDatabase): Promise<number> {
  const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (key): key is string => key?.startsWith(PREFIX) ?? false,
  );
  let recovered = 0;
  const writer = new ChangeWriter(database, recordFactory.now);
  for (const key of keys) {
    try {
      const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as TextDraft | null;
      const action = draft && Object.hasOwn(editActions, draft.request.name) ? editActions[draft.request.name] : undefined;
      if (draft && action && (await new WorkshopRepository(database).exists(draft.workshopId))) {
        const edits = new WorkshopEdits(database, recordFactory, draft.workshopId);
        const perform = action.perform as (edits: WorkshopEdits, payload: unknown) => ChangeSet | Promise<ChangeSet>;
        const changes = await perform(edits, draft.request.payload);
        if (changes.length > 0) await writer.apply(draft.workshopId, changes);
        recovered += 1;
      }
      localStorage.removeItem(key);
    } catch (error) {
      console.error('Could not recover typed text', key, error);
    }
  }
  return recovered;
}

import { ChangeWriter, type ChangeSet } from '../data/changes';
import type { ActieplaatDatabase } from '../data/db';
import { WorkshopEdits } from '../data/edits';
import { recordFactory } from '../data/records';
import { editCommands } from './editCommands';
import type { EditRequest } from './editRequest';

/**
 * Typed text is written here synchronously on every key, before the typing delay hands it to the
 * database. A window closed or killed mid-sentence leaves its text here; the next start stores it.
 *
 * The browser writes localStorage to disk lazily (Chromium: seconds after a change, then at most about
 * once a minute), and not in step with IndexedDB. So a killed browser can leave on disk a draft that its
 * window had long cleared, older than the text stored since. Each draft therefore carries when it was
 * typed, and the next start stores it only if nothing of its workshop was stored after that.
 */
const PREFIX = 'actieplaat.draft.';

interface TextDraft {
  workshopId: string;
  request: EditRequest;
  /** Rises with every key, so that a store of older text never clears newer text. */
  serial: number;
  /** When the text was typed, on the clock that stamps the workshop's `updatedAt`. Absent in drafts of older versions. */
  typedAt?: string;
}

let serial = 0;

export function saveDraft(field: string, workshopId: string, request: EditRequest, now: () => string = recordFactory.now): number {
  serial += 1;
  try {
    localStorage.setItem(PREFIX + field, JSON.stringify({ workshopId, request, serial, typedAt: now() } satisfies TextDraft));
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

/**
 * Stores every draft a previous session left behind, unless its workshop was stored after the draft was
 * typed: that store holds this text or newer (its own commit, a later edit, an undo), which a stale draft
 * must not overwrite. Returns how many were recovered.
 */
export async function recoverTextDrafts(database: ActieplaatDatabase): Promise<number> {
  const drafts = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index))
    .filter((key): key is string => key?.startsWith(PREFIX) ?? false)
    .map((key) => ({ key, draft: readDraft(key) }));
  // When each workshop was last stored, read before any draft is: storing one must not make the next look stale.
  const workshopIds = [...new Set(drafts.flatMap(({ draft }) => (draft ? [draft.workshopId] : [])))];
  const workshops = await Promise.allSettled(workshopIds.map((id) => database.workshops.get(id)));
  const storedAt = new Map(workshopIds.map((id, index) => [id, workshops[index]!]));
  let recovered = 0;
  const writer = new ChangeWriter(database, recordFactory.now);
  for (const { key, draft } of drafts) {
    try {
      const action = draft && Object.hasOwn(editCommands, draft.request.name) ? editCommands[draft.request.name] : undefined;
      const workshop = draft && storedAt.get(draft.workshopId);
      if (workshop?.status === 'rejected') throw workshop.reason;
      const stored = workshop?.value?.updatedAt;
      // No workshop: it was deleted since. No `typedAt`: a draft of an older version, stored as it always was.
      const current = stored !== undefined && !(draft?.typedAt !== undefined && stored > draft.typedAt);
      if (draft && action && current) {
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

function readDraft(key: string): TextDraft | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as TextDraft | null;
  } catch {
    return null;
  }
}

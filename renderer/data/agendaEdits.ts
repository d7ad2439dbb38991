import { changeAgenda, defaultAgenda, type Agenda, type AgendaChange } from '../../shared/facilitation/agenda';
import { facilitationFrom, initialFacilitation, type FacilitationState } from '../../shared/facilitation/facilitationState';
import { reset, start } from '../../shared/facilitation/timer';
import type { RecordChange } from './changes';
import type { ActieplaatDatabase } from './db';

/** What starting a phase puts on the projector: its theme (or the whole plate), and the round timer at its minutes. */
export interface PhaseStart {
  /** The index of the phase's theme in the template, or `all`. */
  focus: FacilitationState['focus'];
  minutes: number;
  /** The moment the timer starts, in milliseconds. */
  at: number;
}

/**
 * A change of the workshop's agenda, applied to the agenda as stored (read in the edit's own transaction,
 * so two windows changing it at once do not overwrite each other). Starting a phase also puts its theme on
 * the projector and starts the round timer at its minutes: one edit, one undo step, which takes back the
 * agenda, the projector and the timer alike.
 */
export async function agendaChanges(
  db: ActieplaatDatabase,
  workshopId: string,
  change: AgendaChange,
  phaseStart?: PhaseStart,
): Promise<RecordChange[]> {
  const before = await db.workshops.get(workshopId);
  if (!before) return [];
  const agenda: Agenda = (before.agenda as Agenda | undefined) ?? defaultAgenda();
  const after = { ...before, agenda: { ...agenda, ...changeAgenda(agenda, change) } };
  const changes: RecordChange[] = [{ table: 'workshops', key: workshopId, before, after }];
  if (phaseStart) {
    const stored = await db.facilitation.get(workshopId);
    const state = stored ? facilitationFrom(stored) : initialFacilitation;
    const next: FacilitationState = {
      ...state,
      focus: phaseStart.focus,
      blank: false,
      timer: start(reset(state.timer, phaseStart.minutes), phaseStart.at),
    };
    changes.push({ table: 'facilitation', key: workshopId, before: stored, after: { ...next, workshopId } });
  }
  return changes;
}

import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Action } from '../../shared/model/action';
import { isActionIncomplete, isActionOverdue } from '../../shared/model/vocabulary';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { Participant } from '../../shared/model/participant';
import type { Vote } from '../../shared/model/vote';
import { ownerSuggestions, type OwnerSuggestion } from '../../shared/model/owners';
import { db } from './index';
import { steadyMap, useSteady, useSteadyLiveQuery } from './steady';

export interface CellSummary {
  notes: number;
  actions: number;
  incompleteActions: number;
  /** Past their date and not done ("verlopen"). */
  overdueActions: number;
}

export interface TeamCanvas {
  assessments: Map<string, Assessment>;
  summaries: Map<string, CellSummary>;
}

const emptySummary: CellSummary = { notes: 0, actions: 0, incompleteActions: 0, overdueActions: 0 };

export function cellSummary(canvas: TeamCanvas | undefined, elementId: string): CellSummary {
  return canvas?.summaries.get(elementId) ?? emptySummary;
}

function teamRange(teamId: string): [unknown[], unknown[]] {
  return [
    [teamId, Dexie.minKey],
    [teamId, Dexie.maxKey],
  ];
}

/** One team's scores and, per element, how many notes and actions it has, and how many of those are incomplete or overdue on `today`. */
export function useTeamCanvas(workshopId: string, teamId: string | undefined, today: string): TeamCanvas | undefined {
  const canvas = useLiveQuery(async () => {
    if (!teamId) return { assessments: new Map(), summaries: new Map() };
    const [lower, upper] = teamRange(teamId);
    const [assessments, noteKeys, actions] = await Promise.all([
      db.assessments.where('[teamId+elementId]').between(lower, upper, true, true).toArray(),
      // Only the index keys ([team, element]): counting a thousand notes needs none of their text,
      // and an edit of a note's text does not move its key, so it does not re-run this query.
      db.notes.where('[teamId+elementId]').between(lower, upper, true, true).keys(),
      db.actions.where('teamId').equals(teamId).toArray(),
    ]);
    const summaries = new Map<string, CellSummary>();
    const summary = (elementId: string) => {
      let found = summaries.get(elementId);
      if (!found) summaries.set(elementId, (found = { ...emptySummary }));
      return found;
    };
    for (const key of noteKeys) if (Array.isArray(key)) summary(String(key[1])).notes += 1;
    for (const action of actions) {
      for (const elementId of action.elementIds) {
        const cell = summary(elementId);
        cell.actions += 1;
        if (isActionIncomplete(action)) cell.incompleteActions += 1;
        if (isActionOverdue(action, today)) cell.overdueActions += 1;
      }
    }
    return { assessments: new Map(assessments.map((assessment) => [assessment.elementId, assessment])), summaries };
  }, [workshopId, teamId, today]);
  // An element whose score and counts did not change keeps its objects: its card is not drawn again.
  return useSteady(canvas, (previous, next) => {
    if (!next) return next;
    const assessments = steadyMap(previous?.assessments, next.assessments);
    const summaries = steadyMap(previous?.summaries, next.summaries);
    return previous && assessments === previous.assessments && summaries === previous.summaries ? previous : { assessments, summaries };
  });
}

export interface ElementDetail {
  assessment: Assessment | undefined;
  notes: Note[];
  actions: Action[];
}

/** Everything one team recorded on one element. */
export function useElementDetail(teamId: string, elementId: string): ElementDetail | undefined {
  return useSteadyLiveQuery(async () => {
    const [assessment, notes, actions] = await Promise.all([
      db.assessments.get([teamId, elementId]),
      db.notes.where('[teamId+elementId]').equals([teamId, elementId]).toArray(),
      db.actions.where('teamId').equals(teamId).toArray(),
    ]);
    notes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return {
      assessment,
      notes,
      actions: actions.filter((action) => action.elementIds.includes(elementId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    };
  }, [teamId, elementId]);
}

export function useParticipants(workshopId: string): Participant[] | undefined {
  return useSteadyLiveQuery(
    async () => (await db.participants.where('workshopId').equals(workshopId).toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [workshopId],
  );
}

/** The workshop's participants, as names for an action's owner with their organisation. */
export function useOwnerSuggestions(workshopId: string): readonly OwnerSuggestion[] {
  const participants = useParticipants(workshopId);
  return useMemo(() => ownerSuggestions(participants ?? []), [participants]);
}

export function useActions(workshopId: string): Action[] | undefined {
  return useLiveQuery(() => db.actions.where('workshopId').equals(workshopId).toArray(), [workshopId]);
}

/** Every team's scores in the workshop, for comparing teams. */
export function useWorkshopAssessments(workshopId: string): Assessment[] | undefined {
  return useLiveQuery(() => db.assessments.where('workshopId').equals(workshopId).toArray(), [workshopId]);
}

/** The workshop's dot-voting dots, every round. */
export function useVotes(workshopId: string): Vote[] | undefined {
  return useLiveQuery(() => db.votes.where('workshopId').equals(workshopId).toArray(), [workshopId]);
}

import { placedTeams } from '../../shared/model/order';
import type { StoredTable } from '../../shared/model/storedRecords';
import type { Vote } from '../../shared/model/vote';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { Stored, StoredSession } from './db';

/**
 * The workshop's records as rows: tagged with the workshop, its teams placed in the order of their array,
 * its votes without a number (the database numbers them: a `seq` in a file's vote is no key of this library),
 * its earlier sessions placed in their chain.
 */
export function workshopRows(data: WorkshopData) {
  const workshopId = data.workshop.id;
  const tag = <T extends object>(record: T): Stored<T> => ({ ...record, workshopId });
  return {
    workshops: [data.workshop] as const,
    templates: [tag(data.template)] as const,
    teams: placedTeams(data.teams).map(tag),
    participants: data.participants.map(tag),
    assessments: data.assessments.map(tag),
    notes: data.notes.map(tag),
    actions: data.actions.map(tag),
    votes: data.votes.map(({ seq: _seq, ...vote }: Vote & { seq?: unknown }) => tag(vote)),
    sessions: (data.earlierSessions ?? []).map((session, position): StoredSession => ({ ...tag(session), position })),
  } satisfies Record<StoredTable, readonly object[]>;
}

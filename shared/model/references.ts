import type { Action } from './action';
import type { Assessment } from './assessment';
import type { Note } from './note';
import type { Participant } from './participant';
import { idSchema } from './primitives';
import type { ReferenceProblem } from './vocabulary';
import type { Vote } from './vote';

export type RecordPath = (string | number)[];

export interface CrossRecordProblem {
  problem: ReferenceProblem;
  /** The id that is used twice or that points nowhere. */
  value: string;
  path: RecordPath;
}

/**
 * The records whose references can be checked, at their positions in their collection; `undefined`
 * where a record could not be read (its own problems are reported; its references are not checked).
 */
export interface ReadableRecords {
  participants: readonly (Participant | undefined)[];
  assessments: readonly (Assessment | undefined)[];
  notes: readonly (Note | undefined)[];
  actions: readonly (Action | undefined)[];
  votes: readonly (Vote | undefined)[];
}

/**
 * The cross-record rules of a workshop: unique ids (of records and of the template's elements), at most
 * one assessment per team and element, and references that point at a record of the workshop.
 * `workshop` is the workshop as given, readable or not: the ids of every record that has a valid id
 * count, so that a reference to a team with another problem is not reported as a reference to nothing.
 */
export function crossRecordProblems(workshop: Readonly<Record<string, unknown>>, readable: ReadableRecords): CrossRecordProblem[] {
  const problems: CrossRecordProblem[] = [];
  const check = (ok: boolean, problem: ReferenceProblem, value: string | undefined, path: RecordPath) => {
    if (!ok) problems.push({ problem, value: value ?? '', path });
  };
  const unique = (entries: readonly { id: string; path: RecordPath }[], problem: ReferenceProblem) => {
    const seen = new Set<string>();
    for (const { id, path } of entries) {
      check(!seen.has(id), problem, id, path);
      seen.add(id);
    }
    return seen;
  };
  const elementIds = unique(templateElementIds(workshop['template']), 'duplicate-element');
  const teamIds = unique(recordIds(workshop, 'teams'), 'duplicate-id');
  const participantIds = unique(recordIds(workshop, 'participants'), 'duplicate-id');
  unique(recordIds(workshop, 'notes'), 'duplicate-id');
  unique(recordIds(workshop, 'actions'), 'duplicate-id');

  const team = (id: string | undefined, path: RecordPath) => check(id === undefined || teamIds.has(id), 'unknown-team', id, path);
  const element = (id: string, path: RecordPath) => check(elementIds.has(id), 'unknown-element', id, path);
  const participant = (id: string | undefined, path: RecordPath) =>
    check(id === undefined || participantIds.has(id), 'unknown-participant', id, path);
  readable.participants.forEach((record, i) => record && team(record.teamId, ['participants', i, 'teamId']));
  const assessed = new Set<string>();
  readable.assessments.forEach((record, i) => {
    if (!record) return;
    team(record.teamId, ['assessments', i, 'teamId']);
    element(record.elementId, ['assessments', i, 'elementId']);
    const key = `${record.teamId}\u0000${record.elementId}`;
    check(!assessed.has(key), 'duplicate-assessment', record.elementId, ['assessments', i]);
    assessed.add(key);
  });
  readable.notes.forEach((record, i) => {
    if (!record) return;
    team(record.teamId, ['notes', i, 'teamId']);
    element(record.elementId, ['notes', i, 'elementId']);
    participant(record.authorId, ['notes', i, 'authorId']);
  });
  readable.actions.forEach((record, i) => {
    if (!record) return;
    team(record.teamId, ['actions', i, 'teamId']);
    record.elementIds.forEach((elementId, j) => element(elementId, ['actions', i, 'elementIds', j]));
  });
  readable.votes.forEach((record, i) => {
    if (!record) return;
    element(record.elementId, ['votes', i, 'elementId']);
    team(record.teamId, ['votes', i, 'teamId']);
    participant(record.participantId, ['votes', i, 'participantId']);
  });
  return problems;
}

/** A record's id if it has a valid one, whatever else is wrong with it. */
function idOf(record: unknown): string | undefined {
  const id = typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as { id?: unknown }).id : undefined;
  return idSchema.safeParse(id).success ? (id as string) : undefined;
}

function listAt(value: unknown, key: string): unknown[] {
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list : [];
}

function recordIds(workshop: Readonly<Record<string, unknown>>, collection: string): { id: string; path: RecordPath }[] {
  return listAt(workshop, collection).flatMap((record, i) => {
    const id = idOf(record);
    return id === undefined ? [] : [{ id, path: [collection, i, 'id'] }];
  });
}

/** The template's element ids, as far as the template can be read, each with where it stands. */
function templateElementIds(template: unknown): { id: string; path: RecordPath }[] {
  return listAt(template, 'themes').flatMap((theme, t) =>
    listAt(theme, 'elements').flatMap((element, e) => {
      const id = idOf(element);
      return id === undefined ? [] : [{ id, path: ['template', 'themes', t, 'elements', e, 'id'] }];
    }),
  );
}

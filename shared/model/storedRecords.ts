/**
 * The validators of every record the database stores: the file format's schema of each record, and the
 * tags the database adds. Every write checks against these (renderer/data/recordChecks.ts), so that an
 * edit, a phone's edit in the room and an import store only what a file of the workshop could hold.
 * This module loads zod: the interface imports it only when it first writes, never on start-up.
 */
import { z } from 'zod';
import '../zodConfig';
import { actionSchema } from './action';
import { assessmentSchema } from './assessment';
import { fieldFinding, valueAt, type FieldFinding } from './fieldProblems';
import { noteSchema } from './note';
import { participantSchema } from './participant';
import { idSchema } from './primitives';
import { earlierSessionSchema } from './session';
import { teamSchema } from './team';
import { templateSchema } from './template';
import { voteSchema } from './vote';
import { EARLIER_SESSIONS_MAX, MIN_TEAMS, workshopLimits, type WorkshopCollection } from './vocabulary';
import { workshopSchema } from './workshop';

/** The database's tables of a workshop's records. */
export type StoredTable = 'workshops' | 'templates' | 'teams' | 'participants' | 'assessments' | 'notes' | 'actions' | 'votes' | 'sessions';

/** The workshop a record belongs to: the database tags every record but the workshop's own. */
const tagged = { workshopId: idSchema };
const place = z.number().int().min(0);

export const storedRecordSchemas = {
  workshops: workshopSchema,
  templates: templateSchema.extend(tagged),
  /** A team's place in the workshop's order; absent where something else wrote it (it comes last then). */
  teams: teamSchema.extend({ ...tagged, position: place.optional() }),
  participants: participantSchema.extend(tagged),
  assessments: assessmentSchema.extend(tagged),
  notes: noteSchema.extend(tagged),
  actions: actionSchema.extend(tagged),
  /** The vote's number, the table's key; absent until the database gives it one. */
  votes: voteSchema.extend({ ...tagged, seq: z.number().int().min(1).optional() }),
  sessions: earlierSessionSchema.extend({ ...tagged, position: place }),
} as const satisfies Record<StoredTable, z.ZodType>;

/** Why a record may not be stored: the first of its problems. */
export interface StoredRecordProblem extends FieldFinding {
  table: StoredTable;
  /** The field as the file format spells it (`title`, `owner.name`); absent when the record as a whole is wrong. */
  field?: string;
}

/** The first problem of a record to be stored in `table`, or `undefined` when it may be stored. */
export function storedRecordProblem(table: StoredTable, record: unknown): StoredRecordProblem | undefined {
  const result = storedRecordSchemas[table].safeParse(record);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  // Positions inside a field's list (`elementIds.0`, `themes.2.elements.1.title`) say little to a person.
  const field = issue.path.filter((part) => typeof part === 'string').join('.');
  return { table, ...(field ? { field } : {}), ...fieldFinding(issue, valueAt(record, issue.path)) };
}

/**
 * The first problem of a whole workshop to be stored, given as its rows table by table (each table's
 * records as the database stores them): a collection with fewer or more records than a workshop may have,
 * then a record that may not be stored. The same rules as a workshop file's; `undefined` when it may be stored.
 */
export function storedWorkshopProblem(rows: Readonly<Record<StoredTable, readonly unknown[]>>): StoredRecordProblem | undefined {
  if (rows.teams.length < MIN_TEAMS) return { table: 'teams', problem: 'too-few', limit: MIN_TEAMS };
  for (const table of Object.keys(workshopLimits) as WorkshopCollection[]) {
    const limit = workshopLimits[table];
    if (rows[table].length > limit) return { table, problem: 'too-many', limit };
  }
  if (rows.sessions.length > EARLIER_SESSIONS_MAX) return { table: 'sessions', problem: 'too-many', limit: EARLIER_SESSIONS_MAX };
  for (const table of Object.keys(storedRecordSchemas) as StoredTable[]) {
    for (const record of rows[table]) {
      const problem = storedRecordProblem(table, record);
      if (problem) return problem;
    }
  }
  return undefined;
}

import { z } from 'zod';
import '../zodConfig';
import { fieldFinding, valueAt, type FieldProblem } from '../model/fieldProblems';
import { crossRecordProblems, type RecordPath } from '../model/references';
import { earlierSessionSchema, type EarlierSession } from '../model/session';
import { templateSchema } from '../model/template';
import { EARLIER_SESSIONS_MAX, MIN_TEAMS, workshopLimits, type ReferenceProblem, type WorkshopCollection } from '../model/vocabulary';
import { workshopSchema } from '../model/workshop';
import { recordSchemas, workshopDataSchema, type WorkshopData } from '../model/workshopData';
import { dropNullOptionals } from './tolerantNulls';
import { workshopFileSchema, type WorkshopFile } from './workshopFile';

/** Where in the file a problem is: a record of a collection (1-based, as a person counts) or the envelope. */
export type FileRecord =
  { collection: WorkshopCollection | 'earlierSessions'; position: number } | { collection: 'workshop' | 'template' | 'file' };

export type { FieldProblem };

export interface FileIssue {
  record: FileRecord;
  /** The field's name as the file spells it (`title`, `owner.name`); absent when the record as a whole is wrong. */
  field?: string;
  problem: FieldProblem | ReferenceProblem;
  /** The limit that was crossed, for too-long / too-many. */
  limit?: number;
}

/** Of each part of the file (the envelope, the workshop, the template, each collection) the first this many issues are kept. */
export const MAX_ISSUES_PER_PART = 20;

export type Validation = { ok: true; data: WorkshopData; file: WorkshopFile } | { ok: false; issues: FileIssue[]; total: number };

const collections = Object.keys(workshopLimits) as WorkshopCollection[];
const partOrder: FileRecord['collection'][] = ['file', 'workshop', 'template', ...collections, 'earlierSessions'];

/**
 * Validates a parsed, migrated workshop file in one pass, so that one refusal names every problem:
 * the envelope, the workshop, the template and each record on its own, then the ids and references
 * between the records that could be read. Optional fields written as `null` count as absent.
 * Changes `file` in place (the importer's own parsed copy).
 */
export function validateWorkshopFile(file: Record<string, unknown>): Validation {
  dropNullOptionals(workshopFileSchema, file);
  dropNullOptionals(workshopDataSchema, file);
  const issues: FileIssue[] = [];
  const collect = <T>(result: z.ZodSafeParseResult<T>, at: RecordPath): T | undefined => {
    if (result.success) return result.data;
    for (const issue of result.error.issues) issues.push(describeIssue({ ...issue, path: [...at, ...issue.path] }, file));
    return undefined;
  };

  const envelope = collect(workshopFileSchema.safeParse(file), []);
  const workshop = collect(workshopSchema.safeParse(file['workshop']), ['workshop']);
  const template = collect(templateSchema.safeParse(file['template']), ['template']);
  const readable = <T>(collection: WorkshopCollection, schema: z.ZodType<T>): (T | undefined)[] => {
    const list = file[collection];
    const rules = z
      .array(z.unknown())
      .min(collection === 'teams' ? MIN_TEAMS : 0)
      .max(workshopLimits[collection]);
    collect(rules.safeParse(list), [collection]);
    return Array.isArray(list) ? list.map((record, i) => collect(schema.safeParse(record), [collection, i])) : [];
  };
  const records = {
    teams: readable('teams', recordSchemas.teams),
    participants: readable('participants', recordSchemas.participants),
    assessments: readable('assessments', recordSchemas.assessments),
    notes: readable('notes', recordSchemas.notes),
    actions: readable('actions', recordSchemas.actions),
    votes: readable('votes', recordSchemas.votes),
  };
  for (const { problem, path } of crossRecordProblems(file, records)) issues.push({ ...locate(path), problem });
  // A follow-up's earlier sessions: read-only snapshots whose ids are links, not references to check.
  const sessions = file['earlierSessions'];
  if (sessions !== undefined) {
    collect(z.array(z.unknown()).max(EARLIER_SESSIONS_MAX).safeParse(sessions), ['earlierSessions']);
    if (Array.isArray(sessions)) sessions.forEach((session, i) => collect(earlierSessionSchema.safeParse(session), ['earlierSessions', i]));
  }

  if (issues.length > 0 || !envelope || !workshop || !template) {
    return { ok: false, issues: firstOfEachPart(issues), total: issues.length };
  }
  // No issue: every record was read, none is `undefined`.
  const earlierSessions = Array.isArray(sessions) && sessions.length > 0 ? { earlierSessions: sessions as EarlierSession[] } : {};
  const data = { workshop, template, ...records, ...earlierSessions } as WorkshopData;
  return { ok: true, data, file: { ...envelope, ...data } as WorkshopFile };
}

/** The issues in the order of the file (part by part, record by record), at most `MAX_ISSUES_PER_PART` of each part. */
function firstOfEachPart(issues: FileIssue[]): FileIssue[] {
  const position = (issue: FileIssue) => ('position' in issue.record ? issue.record.position : 0);
  const sorted = [...issues].sort(
    (a, b) => partOrder.indexOf(a.record.collection) - partOrder.indexOf(b.record.collection) || position(a) - position(b),
  );
  const kept = new Map<string, number>();
  return sorted.filter((issue) => {
    const count = kept.get(issue.record.collection) ?? 0;
    kept.set(issue.record.collection, count + 1);
    return count < MAX_ISSUES_PER_PART;
  });
}

/** Which record and field a path of the file points at. */
function locate(path: readonly PropertyKey[]): Pick<FileIssue, 'record' | 'field'> {
  const [head, index, ...rest] = path.map(String);
  let record: FileRecord;
  let fieldPath: string[];
  if (head !== undefined && (collections as string[]).includes(head) && index !== undefined && /^\d+$/.test(index)) {
    record = { collection: head as WorkshopCollection, position: Number(index) + 1 };
    fieldPath = rest;
  } else if (head === 'earlierSessions' && index !== undefined && /^\d+$/.test(index)) {
    record = { collection: head, position: Number(index) + 1 };
    // Within a session, the field's own name (`maturity` of one of its scores) is what a person knows.
    fieldPath = rest.slice(-1);
  } else if (head === 'workshop' || head === 'template') {
    record = { collection: head };
    fieldPath = path.slice(1).map(String);
  } else {
    record = { collection: 'file' };
    fieldPath = path.map(String);
  }
  // Positions inside a field's list (`elementIds.0`, `themes.2.elements.1.title`) say little to a person.
  const field = fieldPath.filter((part) => !/^\d+$/.test(part)).join('.') || undefined;
  return { record, ...(field ? { field } : {}) };
}

/** A validator's finding in the terms of the file: which record, which field, what is wrong with it. */
function describeIssue(issue: z.core.$ZodIssue, file: Record<string, unknown>): FileIssue {
  return { ...locate(issue.path), ...fieldFinding(issue, valueAt(file, issue.path)) };
}

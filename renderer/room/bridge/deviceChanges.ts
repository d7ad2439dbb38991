import type { ZodType } from 'zod';
import { dotsUsedBy } from '../../../shared/facilitation/voting';
import { actionSchema, type Action } from '../../../shared/model/action';
import { assessmentSchema, type Assessment } from '../../../shared/model/assessment';
import { noteSchema, type Note } from '../../../shared/model/note';
import { participantSchema, type Participant } from '../../../shared/model/participant';
import { voteSchema } from '../../../shared/model/vote';
import { parseVoteKey } from '../../../shared/room/tableDoc';
import type { RecordChange } from '../../data/changes';
import type { DeviceBatch } from './deviceBatch';
import type { Stored, StoredVote } from '../../data/db';
import type { CountedTable, RoomRecords } from '../../data/roomRecords';
import type { Entry } from './recordIndex';
import {
  actionForm,
  forbiddenKeys,
  noteForm,
  parseRoomKey,
  personForm,
  roomFields,
  scoreForm,
  voteForm,
  type Fields,
  type RoomKey,
} from './roomForms';

/** What becomes of a device's change of one record. */
export type DeviceOutcome =
  | { kind: 'stored'; changes: RecordChange[]; stored: Fields | undefined }
  | { kind: 'refused'; problem: string; collection: string; id: string };

/** How the facilitator's list of refusals names each kind of record. */
export const collectionNames = {
  notes: 'notes',
  actions: 'actions',
  scores: 'assessments',
  votes: 'votes',
  people: 'participants',
} as const;

function firstIssue(schema: ZodType, record: unknown): string | undefined {
  const result = schema.safeParse(record);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** `undefined` in a patch removes an optional field. */
function without<T extends object>(record: T, fields: readonly string[], keep: Fields): T {
  const result = { ...record } as Record<string, unknown>;
  for (const field of fields) if (!Object.hasOwn(keep, field)) delete result[field];
  return result as T;
}

/**
 * Turns a device's changes of one table into database changes, checking each first: the model's
 * validators, its references (elements of the workshop's template, known participants, this table),
 * the workshop's limits and the voting round's budget, against what its `DeviceBatch` reads and adds.
 */
export class DeviceChanges {
  private tableExists: boolean | undefined;

  constructor(
    private readonly batch: DeviceBatch,
    private readonly teamId: string,
  ) {}

  private get records(): RoomRecords {
    return this.batch.records;
  }

  private get workshopId(): string {
    return this.batch.workshopId;
  }

  private overLimit(table: CountedTable): Promise<string | undefined> {
    return this.batch.overLimit(table);
  }

  private participant(id: string): Promise<Stored<Participant> | undefined> {
    return this.batch.participant(id);
  }

  private async unknownElement(elementIds: readonly string[], before: readonly string[] = []): Promise<string | undefined> {
    const known = await this.batch.elementIds();
    const unknown = elementIds.find((elementId) => !before.includes(elementId) && !known.has(elementId));
    return unknown === undefined ? undefined : `unknown-element "${unknown}"`;
  }

  private async unknownParticipant(id: unknown, before: unknown): Promise<string | undefined> {
    if (id === undefined || id === before || typeof id !== 'string') return undefined;
    return (await this.participant(id)) ? undefined : `unknown-participant "${id}"`;
  }

  /** Someone else's record under this id: of another workshop (ids are keys of the whole library) or another table. */
  private foreign(record: { workshopId: string; teamId?: string } | undefined): boolean {
    return record !== undefined && (record.workshopId !== this.workshopId || record.teamId !== this.teamId);
  }

  async build(key: RoomKey, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome> {
    const { collection, id } = parseRoomKey(key);
    const refuse = (problem: string): DeviceOutcome => ({ kind: 'refused', problem, collection: collectionNames[collection], id });
    if (forbiddenKeys.has(id)) return refuse(`forbidden key "${id}"`);
    // The team may have been removed since the document's change came in.
    this.tableExists ??= await this.records.hasTeam(this.teamId);
    if (!this.tableExists) return refuse(`unknown-team "${this.teamId}"`);
    const problemOr = async (outcome: () => Promise<DeviceOutcome | string>): Promise<DeviceOutcome> => {
      const result = await outcome();
      return typeof result === 'string' ? refuse(result) : result;
    };
    switch (collection) {
      case 'notes':
        return problemOr(() => this.note(id, value, current));
      case 'actions':
        return problemOr(() => this.action(id, value, current));
      case 'scores':
        return problemOr(() => this.score(id, value, current));
      case 'votes':
        return problemOr(() => this.vote(id, value, current));
      case 'people':
        return problemOr(() => this.person(id, value, current));
    }
  }

  private async note(id: string, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome | string> {
    const before = current?.records[0] as Stored<Note> | undefined;
    if (!value)
      return { kind: 'stored', changes: before ? [{ table: 'notes', key: id, before, after: undefined }] : [], stored: undefined };
    if (!before && this.foreign((await this.records.notes([id]))[0])) return `id "${id}" is in use`;
    if (!before) {
      const over = await this.overLimit('notes');
      if (over) return over;
    }
    const after = without<Stored<Note>>(
      { ...(before ?? {}), ...value, id, teamId: this.teamId, workshopId: this.workshopId } as Stored<Note>,
      roomFields.notes,
      value,
    );
    const problem =
      firstIssue(noteSchema, after) ??
      (await this.unknownElement([after.elementId], before ? [before.elementId] : [])) ??
      (await this.unknownParticipant(after.authorId, before?.authorId));
    if (problem) return problem;
    return { kind: 'stored', changes: [{ table: 'notes', key: id, before, after }], stored: noteForm(after) };
  }

  private async action(id: string, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome | string> {
    const before = current?.records[0] as Stored<Action> | undefined;
    if (!value)
      return { kind: 'stored', changes: before ? [{ table: 'actions', key: id, before, after: undefined }] : [], stored: undefined };
    if (!before && this.foreign((await this.records.actions([id]))[0])) return `id "${id}" is in use`;
    if (!before) {
      const over = await this.overLimit('actions');
      if (over) return over;
    }
    const after = without<Stored<Action>>(
      { ...(before ?? {}), ...value, id, teamId: this.teamId, workshopId: this.workshopId } as Stored<Action>,
      roomFields.actions,
      value,
    );
    const problem =
      firstIssue(actionSchema, after) ??
      (await this.unknownElement(after.elementIds, before?.elementIds)) ??
      (await this.unknownParticipant(after.authorId, before?.authorId));
    if (problem) return problem;
    return { kind: 'stored', changes: [{ table: 'actions', key: id, before, after }], stored: actionForm(after) };
  }

  private async score(elementId: string, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome | string> {
    const before = current?.records[0] as Stored<Assessment> | undefined;
    const key = [this.teamId, elementId];
    if (!value)
      return { kind: 'stored', changes: before ? [{ table: 'assessments', key, before, after: undefined }] : [], stored: undefined };
    if (!before) {
      const unknown = await this.unknownElement([elementId]);
      if (unknown) return unknown;
      const over = await this.overLimit('assessments');
      if (over) return over;
    }
    const base: Stored<Assessment> = before ?? {
      teamId: this.teamId,
      elementId,
      maturity: null,
      importance: null,
      notApplicable: false,
      agreements: '',
      updatedAt: '',
      workshopId: this.workshopId,
    };
    const after = without<Stored<Assessment>>(
      { ...base, ...value, teamId: this.teamId, elementId, workshopId: this.workshopId } as Stored<Assessment>,
      roomFields.scores,
      value,
    );
    const problem = firstIssue(assessmentSchema, after) ?? (await this.unknownParticipant(after.updatedBy, before?.updatedBy));
    if (problem) return problem;
    return { kind: 'stored', changes: [{ table: 'assessments', key, before, after }], stored: scoreForm(after) };
  }

  private async vote(key: string, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome | string> {
    const parts = parseVoteKey(key);
    if (!parts) return 'not a vote';
    const voting = this.batch.voting;
    if (!voting) return 'no voting round is under way';
    if (parts.round !== voting.round) return `round ${parts.round} is not under way`;
    if (parts.voter !== voting.voters) return `this round is for ${voting.voters} votes`;
    if (parts.voter === 'team' && parts.voterId !== this.teamId) return `unknown-team "${parts.voterId}"`;
    if (parts.voter === 'participant') {
      const participant = await this.participant(parts.voterId);
      if (participant?.teamId !== this.teamId) return `unknown-participant "${parts.voterId}"`;
    }
    const unknown = await this.unknownElement([parts.elementId]);
    if (unknown) return unknown;
    const dots = value?.['dots'];
    const voter = parts.voter === 'team' ? { teamId: this.teamId } : { participantId: parts.voterId };
    const record = { round: parts.round, elementId: parts.elementId, teamId: this.teamId, ...voter, dots };
    if (value) {
      const problem = firstIssue(voteSchema, record);
      if (problem) return problem;
    }
    const befores = (current?.records ?? []) as StoredVote[];
    const others = (await this.batch.allVotes()).filter((vote) => !befores.some((before) => before.seq === vote.seq));
    const used = dotsUsedBy(others, parts.round, voter) + (typeof dots === 'number' ? dots : 0);
    if (value && used > voting.dotsPerVoter) return `${used} dots, over the round's ${voting.dotsPerVoter}`;

    const changes: RecordChange[] = [];
    const [first, ...rest] = befores;
    for (const before of rest) changes.push({ table: 'votes', key: before.seq!, before, after: undefined });
    let kept: StoredVote | undefined;
    if (!value) {
      if (first) changes.push({ table: 'votes', key: first.seq!, before: first, after: undefined });
    } else if (first) {
      kept = { ...first, dots: dots as number };
      changes.push({ table: 'votes', key: first.seq!, before: first, after: kept });
    } else {
      const over = await this.overLimit('votes');
      if (over) return over;
      kept = { ...record, dots: dots as number, workshopId: this.workshopId, seq: await this.batch.voteSeq() };
      changes.push({ table: 'votes', key: kept.seq!, before: undefined, after: kept });
    }
    this.batch.votes = kept ? [...others, kept] : others;
    return { kind: 'stored', changes, stored: kept ? voteForm(kept.dots) : undefined };
  }

  private async person(id: string, value: Fields | undefined, current: Entry | undefined): Promise<DeviceOutcome | string> {
    const existing = current?.records[0] as Stored<Participant> | undefined;
    const known = existing ?? (await this.participant(id));
    if (!value) {
      // Left the table: the participant stays in the workshop, without a table.
      if (!known || known.teamId !== this.teamId) return { kind: 'stored', changes: [], stored: undefined };
      const { teamId: _teamId, ...after } = known;
      this.batch.setParticipant(after);
      return { kind: 'stored', changes: [{ table: 'participants', key: id, before: known, after }], stored: undefined };
    }
    if (known) {
      // Someone the facilitator knows sat down here: they move to this table, under the name the facilitator has for them.
      if (known.teamId === this.teamId) return { kind: 'stored', changes: [], stored: personForm(known) };
      const after = { ...known, teamId: this.teamId };
      this.batch.setParticipant(after);
      return { kind: 'stored', changes: [{ table: 'participants', key: id, before: known, after }], stored: personForm(after) };
    }
    const [elsewhere] = await this.records.participants([id]);
    if (elsewhere) return `id "${id}" is in use`;
    const after: Stored<Participant> = {
      id,
      ...(value as { name: string; organisation?: string }),
      teamId: this.teamId,
      workshopId: this.workshopId,
    };
    const problem = firstIssue(participantSchema, after);
    if (problem) return problem;
    const over = await this.overLimit('participants');
    if (over) return over;
    this.batch.setParticipant(after);
    return { kind: 'stored', changes: [{ table: 'participants', key: id, before: undefined, after }], stored: personForm(after) };
  }
}

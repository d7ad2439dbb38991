import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { Participant } from '../../shared/model/participant';
import type { PlacedTeam, Team } from '../../shared/model/team';
import { orderedTeams, placedTeams } from '../../shared/model/order';
import type { CanvasElement, Template } from '../../shared/model/template';
import type { Workshop } from '../../shared/model/workshop';
import { isVoteOf, type Voter } from '../../shared/facilitation/voting';
import type { RecordFactory } from '../../shared/workshop/newWorkshop';
import { mergeTeams, type TeamDecision } from '../../shared/file/mergeTeams';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { EditableTable, RecordChange } from './changes';
import type { ActieplaatDatabase, Stored, StoredVote } from './db';
import { WorkshopRepository, withFreshIds } from './workshopRepository';
import type { AgendaChange } from '../../shared/facilitation/agenda';
import { agendaChanges, type PhaseStart } from './agendaEdits';

export type AssessmentPatch = Partial<Pick<Assessment, 'maturity' | 'importance' | 'notApplicable' | 'agreements'>>;
export type NotePatch = Partial<Pick<Note, 'text' | 'colour' | 'authorId' | 'teamId' | 'elementId'>>;
export type ActionFields = Pick<Action, 'title' | 'elementIds' | 'owner' | 'dueDate' | 'status'> &
  Partial<Pick<Action, 'teamId' | 'firstStep'>>;
export type ActionPatch = Partial<ActionFields>;
export type WorkshopDetails = Partial<
  Pick<Workshop, 'title' | 'date' | 'location' | 'goal' | 'facilitator' | 'organisations' | 'language' | 'agenda'>
>;
export type ElementPatch = Partial<Pick<CanvasElement, 'title' | 'questions'>>;

/** `undefined` in a patch removes an optional field, as a form's emptied input means. */
function patched<T extends object>(record: T, patch: object): T {
  const next = { ...record, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

/**
 * Every edit of a workshop's content, as the records it changes (before and after). Nothing here
 * writes: the command manager applies the result and keeps it for undo.
 */
export class WorkshopEdits {
  constructor(
    private readonly db: ActieplaatDatabase,
    private readonly factory: RecordFactory,
    readonly workshopId: string,
  ) {}

  private tag<T extends object>(record: T): Stored<T> {
    return { ...record, workshopId: this.workshopId };
  }

  async scoreElement(teamId: string, elementId: string, patch: AssessmentPatch): Promise<RecordChange[]> {
    const key: [string, string] = [teamId, elementId];
    const before = await this.db.assessments.get(key);
    const base: Stored<Assessment> =
      before ?? this.tag({ teamId, elementId, maturity: null, importance: null, notApplicable: false, agreements: '', updatedAt: '' });
    // Changed here, at the facilitator's laptop: no longer what a participant's phone last scored.
    const { updatedBy: _phone, ...scored } = base;
    const after = { ...scored, ...patch, updatedAt: this.factory.now() };
    return [{ table: 'assessments', key, before, after }];
  }

  addNote(fields: Pick<Note, 'teamId' | 'elementId' | 'text' | 'colour'> & { authorId?: string }): RecordChange[] {
    const now = this.factory.now();
    const note: Stored<Note> = this.tag({ id: this.factory.newId(), ...fields, createdAt: now, updatedAt: now });
    return [{ table: 'notes', key: note.id, before: undefined, after: note }];
  }

  async updateNote(id: string, patch: NotePatch): Promise<RecordChange[]> {
    const before = await this.db.notes.get(id);
    if (!before) return [];
    return [{ table: 'notes', key: id, before, after: { ...patched(before, patch), updatedAt: this.factory.now() } }];
  }

  async deleteNote(id: string): Promise<RecordChange[]> {
    const before = await this.db.notes.get(id);
    return before ? [{ table: 'notes', key: id, before, after: undefined }] : [];
  }

  addAction(fields: ActionFields): RecordChange[] {
    const now = this.factory.now();
    const action: Stored<Action> = this.tag({ id: this.factory.newId(), ...fields, createdAt: now, updatedAt: now });
    return [{ table: 'actions', key: action.id, before: undefined, after: action }];
  }

  async updateAction(id: string, patch: ActionPatch): Promise<RecordChange[]> {
    const before = await this.db.actions.get(id);
    if (!before) return [];
    return [{ table: 'actions', key: id, before, after: { ...patched(before, patch), updatedAt: this.factory.now() } }];
  }

  async deleteAction(id: string): Promise<RecordChange[]> {
    const before = await this.db.actions.get(id);
    return before ? [{ table: 'actions', key: id, before, after: undefined }] : [];
  }

  /** A new team, last in the workshop's order. */
  async addTeam(name: string, colour?: string): Promise<RecordChange[]> {
    const teams = await this.teams();
    const position = Math.max(-1, ...teams.map((team) => team.position)) + 1;
    const team: Stored<PlacedTeam> = this.tag({ id: this.factory.newId(), name: name.trim(), ...(colour ? { colour } : {}), position });
    return [{ table: 'teams', key: team.id, before: undefined, after: team }];
  }

  /** The team one place earlier (-1) or later (+1) in the workshop's order; at either end, nothing. */
  async moveTeam(id: string, offset: -1 | 1): Promise<RecordChange[]> {
    const teams = await this.teams();
    const from = teams.findIndex((team) => team.id === id);
    const to = from + offset;
    if (from < 0 || to < 0 || to >= teams.length) return [];
    const order = [...teams];
    [order[from], order[to]] = [order[to]!, order[from]!];
    return this.renumber(order);
  }

  /** The workshop's teams as stored, in their order. */
  private async teams(): Promise<Stored<PlacedTeam>[]> {
    return orderedTeams(await this.db.teams.where('workshopId').equals(this.workshopId).toArray());
  }

  /** Positions 0, 1, 2… for the teams in the order given: changes for those whose position differs. */
  private renumber(order: readonly Stored<PlacedTeam>[]): RecordChange[] {
    return order.flatMap((team, position): RecordChange[] =>
      team.position === position ? [] : [{ table: 'teams', key: team.id, before: team, after: { ...team, position } }],
    );
  }

  async updateTeam(id: string, patch: Partial<Pick<Team, 'name' | 'colour'>>): Promise<RecordChange[]> {
    const before = await this.db.teams.get(id);
    return before ? [{ table: 'teams', key: id, before, after: patched(before, patch) }] : [];
  }

  /**
   * A team goes with its scores, notes, actions and dots; its participants stay, without a team. The
   * teams after it move up a place.
   */
  async removeTeam(id: string): Promise<RecordChange[]> {
    const before = await this.db.teams.get(id);
    if (!before) return [];
    const remaining = (await this.teams()).filter((team) => team.id !== id);
    const ofWorkshop = <T extends { teamId?: string }>(rows: T[]) => rows.filter((row) => row.teamId === id);
    const [assessments, notes, actions, participants, votes] = await Promise.all([
      this.db.assessments.where('workshopId').equals(this.workshopId).toArray().then(ofWorkshop),
      this.db.notes.where('workshopId').equals(this.workshopId).toArray().then(ofWorkshop),
      this.db.actions.where('workshopId').equals(this.workshopId).toArray().then(ofWorkshop),
      this.db.participants.where('workshopId').equals(this.workshopId).toArray().then(ofWorkshop),
      this.db.votes.where('workshopId').equals(this.workshopId).toArray().then(ofWorkshop),
    ]);
    return [
      ...votes.map((row): RecordChange => ({ table: 'votes', key: row.seq!, before: row, after: undefined })),
      ...assessments.map((row): RecordChange => ({
        table: 'assessments',
        key: [row.teamId, row.elementId],
        before: row,
        after: undefined,
      })),
      ...notes.map((row): RecordChange => ({ table: 'notes', key: row.id, before: row, after: undefined })),
      ...actions.map((row): RecordChange => ({ table: 'actions', key: row.id, before: row, after: undefined })),
      ...participants.map((row): RecordChange => ({
        table: 'participants',
        key: row.id,
        before: row,
        after: patched(row, { teamId: undefined }),
      })),
      { table: 'teams', key: id, before, after: undefined },
      ...this.renumber(remaining),
    ];
  }

  /**
   * One dot more (or less) from a voter (a team, or a participant) on an element in a voting round. A
   * voter cannot place more dots than the round gives, nor take back dots not placed: such a click changes nothing.
   */
  async placeDot(round: number, voter: Voter, elementId: string, delta: 1 | -1, dotsPerVoter: number): Promise<RecordChange[]> {
    const votes = (await this.db.votes.where('workshopId').equals(this.workshopId).toArray()).filter(
      (vote) => vote.round === round && isVoteOf(vote, voter),
    );
    const used = votes.reduce((sum, vote) => sum + vote.dots, 0);
    const before = votes.find((vote) => vote.elementId === elementId);
    if (delta > 0 && used >= dotsPerVoter) return [];
    if (delta < 0 && !before) return [];
    const dots = (before?.dots ?? 0) + delta;
    if (before && dots <= 0) return [{ table: 'votes', key: before.seq!, before, after: undefined }];
    if (before) return [{ table: 'votes', key: before.seq!, before, after: { ...before, dots } }];
    const seq = (await this.db.votes.orderBy(':id').last())?.seq ?? 0;
    const vote: StoredVote = { ...this.tag({ round, ...voter, elementId, dots: 1 }), seq: seq + 1 };
    return [{ table: 'votes', key: vote.seq!, before: undefined, after: vote }];
  }

  addParticipant(fields: Omit<Participant, 'id'>): RecordChange[] {
    const participant: Stored<Participant> = this.tag({ ...fields, id: this.factory.newId() } as Participant);
    return [{ table: 'participants', key: participant.id, before: undefined, after: participant }];
  }

  async updateParticipant(id: string, patch: Partial<Omit<Participant, 'id'>>): Promise<RecordChange[]> {
    const before = await this.db.participants.get(id);
    return before ? [{ table: 'participants', key: id, before, after: patched(before, patch) }] : [];
  }

  /** A participant goes with their own dots; the notes they wrote stay, without an author. */
  async removeParticipant(id: string): Promise<RecordChange[]> {
    const before = await this.db.participants.get(id);
    if (!before) return [];
    const notes = (await this.db.notes.where('workshopId').equals(this.workshopId).toArray()).filter((note) => note.authorId === id);
    const votes = (await this.db.votes.where('workshopId').equals(this.workshopId).toArray()).filter((vote) => vote.participantId === id);
    return [
      ...votes.map((row): RecordChange => ({ table: 'votes', key: row.seq!, before: row, after: undefined })),
      ...notes.map((note): RecordChange => ({ table: 'notes', key: note.id, before: note, after: patched(note, { authorId: undefined }) })),
      { table: 'participants', key: id, before, after: undefined },
    ];
  }

  async updateDetails(patch: WorkshopDetails): Promise<RecordChange[]> {
    const before = await this.db.workshops.get(this.workshopId);
    return before ? [{ table: 'workshops', key: this.workshopId, before, after: patched(before, patch) }] : [];
  }

  /** A change of the agenda, applied to the agenda as stored; starting a phase steers the projector and the timer too (`agendaChanges`). */
  updateAgenda(change: AgendaChange, phaseStart?: PhaseStart): Promise<RecordChange[]> {
    return agendaChanges(this.db, this.workshopId, change, phaseStart);
  }

  private async updateTemplate(change: (template: Template) => Template): Promise<RecordChange[]> {
    const before = await this.db.templates.get(this.workshopId);
    if (!before) return [];
    return [
      { table: 'templates', key: this.workshopId, before, after: { ...change(structuredClone(before)), workshopId: this.workshopId } },
    ];
  }

  /** Renames or re-describes an element; its id, and so every score and note on it, stays. */
  updateElement(elementId: string, patch: ElementPatch): Promise<RecordChange[]> {
    return this.updateTemplate((template) => ({
      ...template,
      themes: template.themes.map((theme) => ({
        ...theme,
        elements: theme.elements.map((element) => (element.id === elementId ? { ...element, ...patch } : element)),
      })),
    }));
  }

  /** The facilitator's own element, at the end of a theme, under an id never used before. */
  addOwnElement(themeId: string, title: CanvasElement['title']): Promise<RecordChange[]> {
    const element: CanvasElement = { id: `eigen.${this.factory.newId()}`, title, questions: { nl: '', en: '' }, source: 'eigen' };
    return this.updateTemplate((template) => ({
      ...template,
      themes: template.themes.map((theme) => (theme.id === themeId ? { ...theme, elements: [...theme.elements, element] } : theme)),
    }));
  }

  /**
   * Teams from a workshop file merged into this workshop as the facilitator decided (docs/file-format.md,
   * "Merging teams"): one edit, so one transaction and one undo step.
   */
  async mergeTeams(incoming: WorkshopData, decisions: Readonly<Record<string, TeamDecision>>): Promise<RecordChange[]> {
    const repository = new WorkshopRepository(this.db, this.factory);
    const current = await repository.load(this.workshopId);
    if (!current) return [];
    // Records whose ids another workshop of the library has come in under new ids; the choices follow their teams.
    const taken = await repository.takenElsewhere(incoming, this.workshopId);
    const { data, teamIds } = withFreshIds(incoming, taken, this.factory);
    const chosen = Object.fromEntries(Object.entries(decisions).map(([teamId, decision]) => [teamIds.get(teamId) ?? teamId, decision]));
    const merged = mergeTeams(current, data, chosen, this.factory);
    const teamKey = (record: { teamId: string; elementId: string }) => [record.teamId, record.elementId];
    return [
      ...this.difference('teams', placedTeams(current.teams), placedTeams(merged.teams), (record) => record.id),
      ...this.difference('participants', current.participants, merged.participants, (record) => record.id),
      ...this.difference('assessments', current.assessments, merged.assessments, teamKey),
      ...this.difference('notes', current.notes, merged.notes, (record) => record.id),
      ...this.difference('actions', current.actions, merged.actions, (record) => record.id),
      ...this.difference('templates', [current.template], [merged.template], () => this.workshopId),
    ];
  }

  /** The records added, changed or removed between two versions of a collection, tagged as stored. */
  private difference<T extends object>(
    table: EditableTable,
    before: T[],
    after: T[],
    keyOf: (record: T) => string | string[],
  ): RecordChange[] {
    const id = (record: T) => JSON.stringify(keyOf(record));
    const old = new Map(before.map((record) => [id(record), record]));
    const changes: RecordChange[] = [];
    for (const record of after) {
      const previous = old.get(id(record));
      old.delete(id(record));
      if (previous && JSON.stringify(previous) === JSON.stringify(record)) continue;
      changes.push({ table, key: keyOf(record), before: previous && this.tag(previous), after: this.tag(record) });
    }
    for (const [, record] of old) changes.push({ table, key: keyOf(record), before: this.tag(record), after: undefined });
    return changes;
  }
}

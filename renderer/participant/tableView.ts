import type * as Y from 'yjs';
import { readRecords, readScores, readVotes } from '../../shared/room/tableDoc';
import {
  ACTION_TITLE_MAX,
  AGREEMENTS_MAX,
  FIRST_STEP_MAX,
  ID_MAX,
  NOTE_TEXT_MAX,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
  isActionStatus,
  isCalendarDate,
  noteColours,
  type ActionStatus,
  type NoteColour,
} from '../../shared/model/vocabulary';

// A table's document as the page shows it. Any phone of the table may have written it, so every value
// is checked here: a wrong type is ignored (as if not there), text is cut at the model's limits.

export interface ScoreView {
  maturity: number | null;
  importance: number | null;
  notApplicable: boolean;
  agreements: string;
}

export interface NoteView {
  id: string;
  elementId: string;
  text: string;
  colour: NoteColour;
  authorId?: string;
  createdAt: string;
}

export interface ActionView {
  id: string;
  title: string;
  elementIds: string[];
  owner: { name: string; organisation?: string } | null;
  dueDate: string | null;
  firstStep: string;
  status: ActionStatus;
  authorId?: string;
  createdAt: string;
}

export interface VoteView {
  round: number;
  voter: 'team' | 'participant';
  voterId: string;
  elementId: string;
  dots: number;
}

export const emptyScore: ScoreView = { maturity: null, importance: null, notApplicable: false, agreements: '' };

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function optionalId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= ID_MAX ? value : undefined;
}

function level(value: unknown, highest: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= highest ? value : null;
}

export function scoresView(doc: Y.Doc): Map<string, ScoreView> {
  const result = new Map<string, ScoreView>();
  for (const [elementId, fields] of readScores(doc)) {
    result.set(elementId, {
      maturity: level(fields['maturity'], 5),
      importance: level(fields['importance'], 3),
      notApplicable: fields['notApplicable'] === true,
      agreements: text(fields['agreements'], AGREEMENTS_MAX),
    });
  }
  return result;
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export function notesView(doc: Y.Doc): NoteView[] {
  const notes: NoteView[] = [];
  for (const [id, fields] of readRecords(doc, 'notes')) {
    const elementId = optionalId(fields['elementId']);
    if (!elementId) continue;
    const colour = fields['colour'];
    const authorId = optionalId(fields['authorId']);
    notes.push({
      id,
      elementId,
      text: text(fields['text'], NOTE_TEXT_MAX),
      colour: (noteColours as readonly unknown[]).includes(colour) ? (colour as NoteColour) : 'geel',
      ...(authorId ? { authorId } : {}),
      createdAt: text(fields['createdAt'], 40),
    });
  }
  return notes.sort(byCreation);
}

function owner(value: unknown): ActionView['owner'] {
  if (typeof value !== 'object' || value === null) return null;
  const fields = value as Record<string, unknown>;
  const name = text(fields['name'], PERSON_NAME_MAX);
  if (!name.trim()) return null;
  const organisation = text(fields['organisation'], ORGANISATION_NAME_MAX);
  return organisation ? { name, organisation } : { name };
}

export function actionsView(doc: Y.Doc): ActionView[] {
  const actions: ActionView[] = [];
  for (const [id, fields] of readRecords(doc, 'actions')) {
    const elementIds = Array.isArray(fields['elementIds'])
      ? fields['elementIds'].filter((value): value is string => !!optionalId(value))
      : [];
    const authorId = optionalId(fields['authorId']);
    actions.push({
      id,
      title: text(fields['title'], ACTION_TITLE_MAX),
      elementIds,
      owner: owner(fields['owner']),
      dueDate: isCalendarDate(fields['dueDate']) ? fields['dueDate'] : null,
      firstStep: text(fields['firstStep'], FIRST_STEP_MAX),
      status: isActionStatus(fields['status']) ? fields['status'] : 'open',
      ...(authorId ? { authorId } : {}),
      createdAt: text(fields['createdAt'], 40),
    });
  }
  return actions.sort(byCreation);
}

/** Votes with a whole, positive number of dots; anything else counts as none. */
export function votesView(doc: Y.Doc): VoteView[] {
  return readVotes(doc)
    .filter((vote) => typeof vote.dots === 'number' && Number.isInteger(vote.dots) && vote.dots >= 1)
    .map(({ round, voter, voterId, elementId, dots }) => ({ round, voter, voterId, elementId, dots: dots as number }));
}

/** Who joined at this table (their names, as typed on a phone). */
export function peopleView(doc: Y.Doc): Array<{ id: string; name: string; organisation?: string }> {
  const people: Array<{ id: string; name: string; organisation?: string }> = [];
  for (const [id, fields] of readRecords(doc, 'people')) {
    const name = text(fields['name'], PERSON_NAME_MAX).trim();
    if (!name) continue;
    const organisation = text(fields['organisation'], ORGANISATION_NAME_MAX).trim();
    people.push(organisation ? { id, name, organisation } : { id, name });
  }
  return people;
}

/**
 * What a crash test expects the database to hold: every edit the UI acknowledged, field by field, and
 * for the one edit in flight at the kill, every value it may legitimately have left behind.
 */

/** One scripted edit on one team's canvas, as a user makes it in the element panel. */
export type CanvasEdit =
  | { kind: 'maturity'; elementId: string; level: number }
  | { kind: 'importance'; elementId: string; level: number }
  /** Typed into the afspraken: appended at the end, or replacing everything (select all, then type). */
  | { kind: 'agreements'; elementId: string; typed: string; replace: boolean }
  | { kind: 'addNote'; elementId: string; token: string; text: string }
  /** Typed at the end of an existing note. */
  | { kind: 'typeNote'; elementId: string; token: string; typed: string }
  | { kind: 'addAction'; elementId: string; token: string; title: string; owner: string; dueDate: string }
  /** Typed at the end of an existing action's title ("Wat"). */
  | { kind: 'typeActionTitle'; elementId: string; token: string; typed: string };

export type TypingEdit = Extract<CanvasEdit, { typed: string }>;

export function isTypingEdit(edit: CanvasEdit): edit is TypingEdit {
  return 'typed' in edit;
}

/** A field's value; `undefined` for a record that is not there. */
export type FieldValue = string | number | null | undefined;
export type Fields = ReadonlyMap<string, FieldValue>;

export interface StoredAction {
  elementId: string;
  title: string;
  owner: string;
  dueDate: string;
}

/** The field an edit writes: one per element score or text, one per note, one per action. */
export function fieldOf(edit: CanvasEdit): string {
  switch (edit.kind) {
    case 'maturity':
      return `stand ${edit.elementId}`;
    case 'importance':
      return `belang ${edit.elementId}`;
    case 'agreements':
      return `afspraken ${edit.elementId}`;
    case 'addNote':
    case 'typeNote':
      return `notitie ${edit.token}`;
    case 'addAction':
    case 'typeActionTitle':
      return `actie ${edit.token}`;
  }
}

/** What a field holds when nothing was ever stored in it: an element not scored, a note not made. */
export function defaultValue(field: string): FieldValue {
  if (field.startsWith('afspraken ')) return '';
  if (field.startsWith('stand ') || field.startsWith('belang ')) return null;
  return undefined;
}

export const noteValue = (elementId: string, text: string) => `${elementId} | ${text}`;
export const actionValue = (action: StoredAction) => JSON.stringify(action);

export class EditLedger {
  private readonly fields = new Map<string, FieldValue>();

  get(field: string): FieldValue {
    return this.fields.has(field) ? this.fields.get(field) : defaultValue(field);
  }

  /** The acknowledged state, field by field. */
  snapshot(): Fields {
    return new Map(this.fields);
  }

  acknowledge(edit: CanvasEdit): void {
    this.fields.set(fieldOf(edit), this.after(edit));
  }

  /** The value of the edit's field once the edit is complete. */
  after(edit: CanvasEdit): FieldValue {
    return isTypingEdit(edit) ? this.typedUpTo(edit, edit.typed.length) : this.outcome(edit);
  }

  /**
   * Every value the edit's field may hold after a kill in the middle of the edit: untouched, complete,
   * and for typing every text the user had on screen on the way (a pause stores it, and so may the draft).
   */
  possibleOutcomes(edit: CanvasEdit): FieldValue[] {
    if (!isTypingEdit(edit)) return [this.get(fieldOf(edit)), this.outcome(edit)];
    const values = Array.from({ length: edit.typed.length + 1 }, (_, typed) => this.typedUpTo(edit, typed));
    return [this.get(fieldOf(edit)), ...values].filter((value, index, all) => all.indexOf(value) === index);
  }

  private outcome(edit: Exclude<CanvasEdit, TypingEdit>): FieldValue {
    switch (edit.kind) {
      case 'maturity':
      case 'importance':
        return edit.level;
      case 'addNote':
        return noteValue(edit.elementId, edit.text);
      case 'addAction':
        return actionValue({ elementId: edit.elementId, title: edit.title, owner: edit.owner, dueDate: edit.dueDate });
    }
  }

  /** The field after the first `count` typed characters, as the app stores it. */
  private typedUpTo(edit: TypingEdit, count: number): FieldValue {
    const typed = edit.typed.slice(0, count);
    const before = this.get(fieldOf(edit));
    switch (edit.kind) {
      case 'agreements':
        return edit.replace && count > 0 ? typed : `${String(before)}${typed}`;
      case 'typeNote': {
        if (typeof before !== 'string') throw new Error(`note ${edit.token} is not there to type in`);
        return before + typed;
      }
      case 'typeActionTitle': {
        if (typeof before !== 'string') throw new Error(`action ${edit.token} is not there to type in`);
        const action = JSON.parse(before) as StoredAction;
        // The app stores the title trimmed.
        return actionValue({ ...action, title: `${action.title}${typed}`.trim() });
      }
    }
  }
}

export interface Difference {
  field: string;
  expected: FieldValue;
  actual: FieldValue;
}

export interface Judgement {
  /** Acknowledged fields that do not hold their acknowledged value: lost edits. */
  lost: Difference[];
  /** The edit in flight at the kill: stored, not stored, or something in between (which is corruption). */
  inFlight: 'none' | 'found' | 'not found' | 'half-applied';
  inFlightValue?: FieldValue;
}

/**
 * Compares what the database holds with what was acknowledged. Every field must hold exactly its
 * acknowledged value, except the in-flight edit's field, which may hold any of its possible outcomes.
 * A record nobody acknowledged (a note twice, a note without its token) counts as a difference too.
 */
export function judge(ledger: EditLedger, actual: Fields, inFlight?: CanvasEdit): Judgement {
  const acknowledged = ledger.snapshot();
  const inFlightField = inFlight && fieldOf(inFlight);
  const lost: Difference[] = [];
  for (const field of new Set([...acknowledged.keys(), ...actual.keys()])) {
    if (field === inFlightField) continue;
    const expected = ledger.get(field);
    const value = actual.has(field) ? actual.get(field) : defaultValue(field);
    if (value !== expected) lost.push({ field, expected, actual: value });
  }
  if (!inFlight || !inFlightField) return { lost, inFlight: 'none' };
  const value = actual.has(inFlightField) ? actual.get(inFlightField) : defaultValue(inFlightField);
  if (!ledger.possibleOutcomes(inFlight).includes(value)) return { lost, inFlight: 'half-applied', inFlightValue: value };
  return { lost, inFlight: value === ledger.get(inFlightField) ? 'not found' : 'found', inFlightValue: value };
}

/** The rows of one team's canvas in the database, as fields comparable with the ledger's. */
export function fieldsFromRows(rows: Record<string, unknown[]>, workshopId: string, teamId: string): Map<string, FieldValue> {
  const fields = new Map<string, FieldValue>();
  const ofTeam = (table: string) =>
    (rows[table] ?? []).filter((row) => {
      const record = row as { workshopId?: string; teamId?: string };
      return record.workshopId === workshopId && record.teamId === teamId;
    });
  for (const row of ofTeam('assessments')) {
    const assessment = row as { elementId: string; maturity: number | null; importance: number | null; agreements: string };
    fields.set(`stand ${assessment.elementId}`, assessment.maturity);
    fields.set(`belang ${assessment.elementId}`, assessment.importance);
    fields.set(`afspraken ${assessment.elementId}`, assessment.agreements);
  }
  const add = (field: string, value: FieldValue) => fields.set(fields.has(field) ? `${field} (nog eens)` : field, value);
  for (const row of ofTeam('notes')) {
    const note = row as { id: string; elementId: string; text: string };
    add(`notitie ${tokenOf(note.text) ?? `zonder teken ${note.id}`}`, noteValue(note.elementId, note.text));
  }
  for (const row of ofTeam('actions')) {
    const action = row as { id: string; elementIds: string[]; title: string; owner: { name: string } | null; dueDate: string | null };
    add(
      `actie ${tokenOf(action.title) ?? `zonder teken ${action.id}`}`,
      actionValue({
        elementId: action.elementIds.join(','),
        title: action.title,
        owner: action.owner?.name ?? '',
        dueDate: action.dueDate ?? '',
      }),
    );
  }
  return fields;
}

/** Every note and action the script makes starts with a token of its own, such as `[n3]` or `[a1]`. */
export function tokenOf(text: string): string | undefined {
  return /^\[[na]\d+\]/.exec(text)?.[0];
}

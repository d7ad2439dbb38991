import { isTypingEdit, type CanvasEdit, type EditLedger } from './editLedger';

/** A small seeded generator (mulberry32): the same seed gives the same trial, so a failure can be replayed. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const left = [...items];
    return Array.from({ length: Math.min(count, left.length) }, () => left.splice(Math.floor(this.next() * left.length), 1)[0]!);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Picks by weight; entries with weight 0 never. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    let last: T | undefined;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      last = value;
      roll -= weight;
      if (roll < 0) return value;
    }
    if (last === undefined) throw new Error('nothing to pick from');
    return last;
  }
}

/** A trial's seed from the run's seed and the trial's number. */
export function trialSeed(runSeed: number, trial: number): number {
  const random = new SeededRandom(runSeed ^ Math.imul(trial + 1, 0x9e3779b1));
  return Math.floor(random.next() * 2 ** 31);
}

const words = [
  'rooster',
  'inwerken',
  'dinsdag',
  'zorgbuddy',
  'coördinatie',
  'één',
  'privé',
  'taakherschikking',
  'Łukasz',
  'café',
  'reïntegratie',
  'ziekenhuis',
  'pilot',
  'verzekering',
  'mentor',
  'ploegendienst',
  'Zoë',
  'overleg',
  'budget',
  'Şahin',
];

function phrase(random: SeededRandom, min: number, max: number): string {
  return Array.from({ length: random.int(min, max) }, () => random.pick(words)).join(' ');
}

/** What the script knows about the canvas it edits: which notes and actions it made, on which element. */
export class EditScript {
  private notes = 0;
  private actions = 0;
  private readonly madeNotes: { elementId: string; token: string }[] = [];
  private readonly madeActions: { elementId: string; token: string }[] = [];

  constructor(
    private readonly random: SeededRandom,
    /** The elements this trial edits: few, so that fields are edited again and again. */
    private readonly elementIds: readonly string[],
  ) {}

  /** The next edit, chosen at random among what is possible now. */
  next(ledger: EditLedger, only?: 'typing' | 'instant'): CanvasEdit {
    const random = this.random;
    const elementId = random.pick(this.elementIds);
    const notes = this.madeNotes.filter((note) => note.elementId === elementId && ledger.get(`notitie ${note.token}`) !== undefined);
    const actions = this.madeActions.filter(
      (action) => action.elementId === elementId && ledger.get(`actie ${action.token}`) !== undefined,
    );
    const typing = only !== 'instant' ? 1 : 0;
    const instant = only !== 'typing' ? 1 : 0;
    const kind = random.weighted<CanvasEdit['kind']>([
      ['maturity', 2 * instant],
      ['importance', 1 * instant],
      ['agreements', 3 * typing],
      ['addNote', 1.5 * instant],
      ['typeNote', notes.length > 0 ? 2 * typing : 0],
      ['addAction', 1.5 * instant],
      ['typeActionTitle', actions.length > 0 ? 1.5 * typing : 0],
    ]);
    switch (kind) {
      case 'maturity':
        return { kind, elementId, level: random.int(1, 5) };
      case 'importance':
        return { kind, elementId, level: random.int(1, 3) };
      case 'agreements': {
        const replace = random.chance(0.3);
        const text = phrase(random, 1, 3);
        return { kind, elementId, replace, typed: replace || ledger.get(`afspraken ${elementId}`) === '' ? text : ` ${text}` };
      }
      case 'addNote':
        return { kind, elementId, token: `[n${++this.notes}]`, text: `[n${this.notes}] ${phrase(random, 2, 5)}` };
      case 'typeNote':
        return { kind, elementId, token: random.pick(notes).token, typed: ` ${phrase(random, 1, 3)}` };
      case 'addAction':
        return {
          kind,
          elementId,
          token: `[a${++this.actions}]`,
          title: `[a${this.actions}] ${phrase(random, 2, 4)}`,
          owner: phrase(random, 1, 2),
          dueDate: `2027-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        };
      case 'typeActionTitle':
        return { kind, elementId, token: random.pick(actions).token, typed: ` ${phrase(random, 1, 2)}` };
    }
  }

  /** Records what an edit made, once it is in the ledger (acknowledged). */
  made(edit: CanvasEdit): void {
    if (edit.kind === 'addNote') this.madeNotes.push({ elementId: edit.elementId, token: edit.token });
    if (edit.kind === 'addAction') this.madeActions.push({ elementId: edit.elementId, token: edit.token });
  }

  /**
   * Milliseconds between typed characters: mostly a quick typist, sometimes a pause longer than the app's
   * 300 ms typing delay, so that part of the text is stored while the rest is typed.
   */
  keyDelays(edit: CanvasEdit): number[] {
    if (!isTypingEdit(edit)) return [];
    const gaps = edit.typed.length - 1;
    const pauseAt = gaps > 0 && this.random.chance(0.35) ? this.random.int(0, gaps - 1) : -1;
    return Array.from({ length: gaps }, (_, index) => (index === pauseAt ? this.random.int(350, 600) : this.random.int(5, 40)));
  }
}

import type * as Y from 'yjs';

// The plenary document: what every device of the room reads and only the host writes. One Y.Map,
// `plenary`, whose keys each hold a plain JSON value that the host replaces when it changes.

export interface PlenaryWorkshop {
  id: string;
  title: string;
  language: 'nl' | 'en';
  date?: string;
}

export interface PlenaryElement {
  id: string;
  title: { nl: string; en: string };
  questions: { nl: string; en: string };
}

export interface PlenaryTheme {
  id: string;
  title: { nl: string; en: string };
  question: { nl: string; en: string };
  elements: PlenaryElement[];
}

export interface PlenaryTeam {
  id: string;
  name: string;
  colour?: string;
}

export interface PlenaryParticipant {
  id: string;
  name: string;
  organisation?: string;
  teamId?: string;
}

/** Where the facilitator is: the phase under way, the theme on the projector, the timer, the voting round. */
export interface PlenaryFacilitation {
  phase: { kind: string; themeId?: string } | null;
  /** The theme on the projector (its index in the plate), or the whole plate. */
  focus: 'all' | number;
  timer: { durationMs: number; startedAt: number | null; elapsedMs: number };
  /** The host's clock when it wrote this, so a phone can correct the timer for its own clock. */
  hostNow: number;
  voting: { round: number; voters: 'team' | 'participant'; dotsPerVoter: number; revealed: boolean } | null;
}

export interface PlenaryContent {
  workshop: PlenaryWorkshop;
  themes: PlenaryTheme[];
  teams: PlenaryTeam[];
  participants: PlenaryParticipant[];
  facilitation: PlenaryFacilitation;
}

export type PlenaryKey = keyof PlenaryContent;
export const plenaryKeys: readonly PlenaryKey[] = ['workshop', 'themes', 'teams', 'participants', 'facilitation'];

export function plenaryMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('plenary');
}

/** Writes the keys whose value changed, in one transaction. */
export function writePlenary(doc: Y.Doc, content: Partial<PlenaryContent>, origin?: unknown): void {
  const map = plenaryMap(doc);
  doc.transact(() => {
    for (const key of plenaryKeys) {
      const value = content[key];
      if (value === undefined) continue;
      if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, structuredCloneJson(value));
    }
  }, origin);
}

/** The plenary content as far as the host has written it (`undefined` keys not yet there). */
export function readPlenary(doc: Y.Doc): Partial<PlenaryContent> {
  const map = plenaryMap(doc);
  const content: Partial<PlenaryContent> = {};
  for (const key of plenaryKeys) {
    const value = map.get(key);
    if (value !== undefined) (content as Record<string, unknown>)[key] = value;
  }
  return content;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

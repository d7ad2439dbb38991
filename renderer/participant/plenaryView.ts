import type * as Y from 'yjs';
import { readPlenary, type PlenaryFacilitation } from '../../shared/room/plenaryDoc';
import {
  ID_MAX,
  isLanguage,
  LOCALIZED_TEXT_MAX,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
  TEAM_NAME_MAX,
  WORKSHOP_TITLE_MAX,
  type Language,
} from '../../shared/model/vocabulary';

// The plenary document as the page shows it. Only the host writes it, but the page still reads it
// defensively: a malformed entry is left out, a missing part has a harmless default, nothing throws.

export interface LocalText {
  nl: string;
  en: string;
}

export interface ElementView {
  id: string;
  title: LocalText;
  questions: LocalText;
}

export interface ThemeView {
  id: string;
  title: LocalText;
  question: LocalText;
  elements: ElementView[];
}

export interface TeamView {
  id: string;
  name: string;
  /** `#rrggbb`, or none (the page then picks one from the palette by position). */
  colour?: string;
}

export interface ParticipantView {
  id: string;
  name: string;
  organisation?: string;
  teamId?: string;
}

export interface PlenaryView {
  /** Whether the host has written the workshop yet (from the room or this device's copy). */
  loaded: boolean;
  title: string;
  language: Language;
  themes: ThemeView[];
  teams: TeamView[];
  participants: ParticipantView[];
  facilitation: PlenaryFacilitation;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function str(value: unknown, max = LOCALIZED_TEXT_MAX): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function id(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= ID_MAX ? value : null;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function localText(value: unknown): LocalText {
  const text = record(value);
  return { nl: str(text?.['nl']), en: str(text?.['en']) };
}

/** A localized text in the language asked for, or the other one when that is empty. */
export function inLanguage(text: LocalText, language: Language): string {
  return (language === 'en' ? text.en || text.nl : text.nl || text.en).trim();
}

/** Keeps the items `read` accepts, each id once. */
function list<T extends { id: string }>(value: unknown, read: (item: Record<string, unknown>, itemId: string) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of value.slice(0, 5000)) {
    const fields = record(item);
    const itemId = id(fields?.['id']);
    if (!fields || !itemId || seen.has(itemId)) continue;
    const entry = read(fields, itemId);
    if (entry) {
      seen.add(itemId);
      result.push(entry);
    }
  }
  return result;
}

const noFacilitation: PlenaryFacilitation = {
  phase: null,
  focus: 'all',
  timer: { durationMs: 0, startedAt: null, elapsedMs: 0 },
  hostNow: 0,
  voting: null,
};

function facilitation(value: unknown): PlenaryFacilitation {
  const raw = record(value);
  if (!raw) return noFacilitation;
  const phase = record(raw['phase']);
  const timer = record(raw['timer']);
  const voting = record(raw['voting']);
  const focus = raw['focus'];
  const round = finite(voting?.['round'], NaN);
  const dots = finite(voting?.['dotsPerVoter'], NaN);
  const voters = voting?.['voters'];
  return {
    phase:
      phase && typeof phase['kind'] === 'string'
        ? { kind: str(phase['kind'], 50), ...(id(phase['themeId']) ? { themeId: phase['themeId'] as string } : {}) }
        : null,
    focus: typeof focus === 'number' && Number.isInteger(focus) && focus >= 0 ? focus : 'all',
    timer: {
      durationMs: Math.max(0, finite(timer?.['durationMs'], 0)),
      startedAt: typeof timer?.['startedAt'] === 'number' && Number.isFinite(timer['startedAt']) ? timer['startedAt'] : null,
      elapsedMs: Math.max(0, finite(timer?.['elapsedMs'], 0)),
    },
    hostNow: finite(raw['hostNow'], 0),
    voting:
      voting && Number.isInteger(round) && Number.isInteger(dots) && dots >= 0 && (voters === 'team' || voters === 'participant')
        ? { round, voters, dotsPerVoter: Math.min(dots, 1000), revealed: voting['revealed'] === true }
        : null,
  };
}

/** Before the plenary document has anything: nothing to show yet. */
export const emptyPlenary: PlenaryView = {
  loaded: false,
  title: '',
  language: 'nl',
  themes: [],
  teams: [],
  participants: [],
  facilitation: noFacilitation,
};

const HEX = /^#[0-9a-f]{6}$/i;

export function plenaryView(doc: Y.Doc): PlenaryView {
  const content = readPlenary(doc) as Record<string, unknown>;
  const workshop = record(content['workshop']);
  const language = workshop?.['language'];
  return {
    loaded: workshop !== null && Array.isArray(content['teams']),
    title: str(workshop?.['title'], WORKSHOP_TITLE_MAX).trim(),
    language: isLanguage(language) ? language : 'nl',
    themes: list(content['themes'], (theme, themeId) => ({
      id: themeId,
      title: localText(theme['title']),
      question: localText(theme['question']),
      elements: list(theme['elements'], (element, elementId) => ({
        id: elementId,
        title: localText(element['title']),
        questions: localText(element['questions']),
      })),
    })),
    teams: list(content['teams'], (team, teamId) => ({
      id: teamId,
      name: str(team['name'], TEAM_NAME_MAX).trim() || teamId,
      ...(typeof team['colour'] === 'string' && HEX.test(team['colour']) ? { colour: team['colour'] } : {}),
    })),
    participants: list(content['participants'], (participant, participantId) => {
      const name = str(participant['name'], PERSON_NAME_MAX).trim();
      if (!name) return null;
      const organisation = str(participant['organisation'], ORGANISATION_NAME_MAX).trim();
      const teamId = id(participant['teamId']);
      return { id: participantId, name, ...(organisation ? { organisation } : {}), ...(teamId ? { teamId } : {}) };
    }),
    facilitation: facilitation(content['facilitation']),
  };
}

/** The theme the facilitator is on: the phase's theme, else the projector's focus; `null` for neither. */
export function facilitatorTheme(view: Pick<PlenaryView, 'themes' | 'facilitation'>): string | null {
  const { phase, focus } = view.facilitation;
  if (phase?.themeId && view.themes.some((theme) => theme.id === phase.themeId)) return phase.themeId;
  if (typeof focus === 'number') return view.themes[focus]?.id ?? null;
  return null;
}

/** Participants of the table first, then the others, each group by name. */
export function participantsForTable(
  participants: readonly ParticipantView[],
  teamId: string,
): { atTable: ParticipantView[]; others: ParticipantView[] } {
  const byName = (a: ParticipantView, b: ParticipantView) => a.name.localeCompare(b.name);
  return {
    atTable: participants.filter((participant) => participant.teamId === teamId).sort(byName),
    others: participants.filter((participant) => participant.teamId !== teamId).sort(byName),
  };
}

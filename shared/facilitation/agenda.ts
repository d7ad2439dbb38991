import type { ThemeId } from '../canvas/defaultTemplate';

/** The kinds of phase a workshop runs through; a theme phase puts that theme on the projector. */
export const phaseKinds = ['welkom', 'thema', 'prioriteren', 'acties', 'afsluiting'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

export interface AgendaPhase {
  id: string;
  kind: PhaseKind;
  /** For a theme phase: the theme it is about. */
  themeId?: string;
  plannedMinutes: number;
  /** ISO timestamps of when the phase really began and ended. */
  startedAt?: string;
  endedAt?: string;
}

export interface Agenda {
  phases: AgendaPhase[];
}

const themeOrder: ThemeId[] = ['meerwaarde', 'maatwerk', 'mogelijkheden', 'matching'];

/** Welkom, the four themes, Prioriteren, Acties, Afsluiting: a 2½-hour workshop. */
export function defaultAgenda(): Agenda {
  return {
    phases: [
      { id: 'welkom', kind: 'welkom', plannedMinutes: 10 },
      ...themeOrder.map((themeId): AgendaPhase => ({ id: `thema-${themeId}`, kind: 'thema', themeId, plannedMinutes: 20 })),
      { id: 'prioriteren', kind: 'prioriteren', plannedMinutes: 20 },
      { id: 'acties', kind: 'acties', plannedMinutes: 30 },
      { id: 'afsluiting', kind: 'afsluiting', plannedMinutes: 10 },
    ],
  };
}

/** The phase under way: started and not ended. */
export function currentPhase(agenda: Agenda): AgendaPhase | undefined {
  return agenda.phases.find((phase) => phase.startedAt && !phase.endedAt);
}

/** Starts a phase (ending the one under way); a phase started again begins afresh. */
export function startPhase(agenda: Agenda, phaseId: string, now: string): Agenda {
  return {
    phases: agenda.phases.map((phase) => {
      if (phase.id === phaseId) return { ...phase, startedAt: now, endedAt: undefined };
      if (phase.startedAt && !phase.endedAt) return { ...phase, endedAt: now };
      return phase;
    }),
  };
}

/** The phase after the current one (or the first not yet run). */
export function nextPhase(agenda: Agenda): AgendaPhase | undefined {
  const current = currentPhase(agenda);
  if (current) return agenda.phases[agenda.phases.indexOf(current) + 1];
  return agenda.phases.find((phase) => !phase.startedAt);
}

export function endAgenda(agenda: Agenda, now: string): Agenda {
  return { phases: agenda.phases.map((phase) => (phase.startedAt && !phase.endedAt ? { ...phase, endedAt: now } : phase)) };
}

export function movePhase(agenda: Agenda, phaseId: string, offset: -1 | 1): Agenda {
  const phases = [...agenda.phases];
  const index = phases.findIndex((phase) => phase.id === phaseId);
  const target = index + offset;
  if (index < 0 || target < 0 || target >= phases.length) return agenda;
  [phases[index], phases[target]] = [phases[target]!, phases[index]!];
  return { phases };
}

/** Minutes a phase ran (so far, while under way). */
export function elapsedMinutes(phase: AgendaPhase, now: number): number | null {
  if (!phase.startedAt) return null;
  const end = phase.endedAt ? Date.parse(phase.endedAt) : now;
  return Math.max(0, (end - Date.parse(phase.startedAt)) / 60_000);
}

export function plannedTotal(agenda: Agenda): number {
  return agenda.phases.reduce((sum, phase) => sum + phase.plannedMinutes, 0);
}

export function planPhase(agenda: Agenda, phaseId: string, minutes: number): Agenda {
  return { ...agenda, phases: agenda.phases.map((phase) => (phase.id === phaseId ? { ...phase, plannedMinutes: minutes } : phase)) };
}

/** A change of the agenda as data: what a command hands the database, which applies it to the agenda as stored. */
export type AgendaChange =
  | { kind: 'start'; phaseId: string; at: string }
  | { kind: 'end'; at: string }
  | { kind: 'move'; phaseId: string; offset: -1 | 1 }
  | { kind: 'plan'; phaseId: string; minutes: number };

export function changeAgenda(agenda: Agenda, change: AgendaChange): Agenda {
  switch (change.kind) {
    case 'start':
      return startPhase(agenda, change.phaseId, change.at);
    case 'end':
      return endAgenda(agenda, change.at);
    case 'move':
      return movePhase(agenda, change.phaseId, change.offset);
    case 'plan':
      return planPhase(agenda, change.phaseId, change.minutes);
  }
}

import { currentPhase } from '../../../shared/facilitation/agenda';
import type { VotingRound } from '../../../shared/facilitation/voting';
import type { Participant } from '../../../shared/model/participant';
import type { Team } from '../../../shared/model/team';
import type { Template } from '../../../shared/model/template';
import type { Workshop } from '../../../shared/model/workshop';
import type { PlenaryContent, PlenaryFacilitation } from '../../../shared/room/plenaryDoc';

/** What the bridge reads of the facilitator's steering (renderer/facilitation/facilitationStore.ts has it all). */
export interface FacilitationSnapshot {
  focus: 'all' | number;
  timer: { durationMs: number; startedAt: number | null; elapsedMs: number };
  /** The dot-voting round under way, or none. */
  voting: VotingRound | null;
}

export interface FacilitationSource {
  get(): FacilitationSnapshot;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const text = (value: { nl: string; en: string }) => ({ nl: value.nl, en: value.en });

/** The plenary document's content from the workshop's records (all but the facilitation); `teams` in the workshop's order. */
export function plenaryRecords(data: {
  workshop: Workshop;
  template: Template;
  teams: readonly Team[];
  participants: readonly Participant[];
}): Omit<PlenaryContent, 'facilitation'> {
  const { workshop, template } = data;
  return {
    workshop: { id: workshop.id, title: workshop.title, language: workshop.language, ...(workshop.date ? { date: workshop.date } : {}) },
    themes: template.themes.map((theme) => ({
      id: theme.id,
      title: text(theme.title),
      question: text(theme.question),
      elements: theme.elements.map((element) => ({ id: element.id, title: text(element.title), questions: text(element.questions) })),
    })),
    teams: data.teams.map((team) => ({
      id: team.id,
      name: team.name,
      ...(team.colour ? { colour: team.colour } : {}),
    })),
    participants: [...data.participants]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((participant) => ({
        id: participant.id,
        name: participant.name,
        ...(participant.organisation ? { organisation: participant.organisation } : {}),
        ...(participant.teamId ? { teamId: participant.teamId } : {}),
      })),
  };
}

/** Where the facilitator is; `hostNow` is the host's clock as it writes this. */
export function plenaryFacilitation(workshop: Workshop, state: FacilitationSnapshot | undefined, hostNow: number): PlenaryFacilitation {
  const phase = workshop.agenda ? currentPhase(workshop.agenda) : undefined;
  const timer = state?.timer ?? { durationMs: 0, startedAt: null, elapsedMs: 0 };
  const voting = state?.voting;
  return {
    phase: phase ? { kind: phase.kind, ...(phase.themeId ? { themeId: phase.themeId } : {}) } : null,
    focus: state?.focus ?? 'all',
    timer: { durationMs: timer.durationMs, startedAt: timer.startedAt, elapsedMs: timer.elapsedMs },
    hostNow,
    voting: voting ? { round: voting.round, voters: voting.voters, dotsPerVoter: voting.dotsPerVoter, revealed: voting.revealed } : null,
  };
}

import { useCallback, useMemo, useState } from 'react';
import { dotsUsedBy, isVoteOf, type Voter } from '../../../shared/facilitation/voting';
import type { Participant } from '../../../shared/model/participant';
import type { Team } from '../../../shared/model/team';
import type { Template } from '../../../shared/model/template';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { useParticipants, useVotes } from '../../data/canvasHooks';
import { steadyMap, useSteady } from '../../data/steady';
import { useFacilitation } from '../../facilitation/facilitationStore';
import type { CardVote } from './ElementCard';

export interface DotVoting {
  cards: Map<string, CardVote>;
  left: number;
  /** Whose dots the plate shows and places: the team, or the chosen participant. */
  voterName: string;
  vote(elementId: string, delta: 1 | -1): void;
  /** In a round per participant: who of the team is placing dots now. */
  participants?: { options: Participant[]; chosenId: string; choose(id: string): void };
}

/** The plate's part in a voting round: this voter's dots per element, what is left, and the totals once revealed. */
export function useDotVoting(workshopId: string, team: Team | undefined, template: Template): DotVoting | undefined {
  const manager = useCommandManager();
  const [{ voting }] = useFacilitation(workshopId);
  const allVotes = useVotes(workshopId);
  const everyone = useParticipants(workshopId);
  const [chosen, setChosen] = useState<string>();

  const options = useMemo(() => {
    const ofTeam = (everyone ?? []).filter((participant) => participant.teamId === team?.id);
    return ofTeam.length > 0 ? ofTeam : (everyone ?? []);
  }, [everyone, team]);
  const participant = voting?.voters === 'participant' ? (options.find((option) => option.id === chosen) ?? options[0]) : undefined;
  const voter: Voter | undefined = !team
    ? undefined
    : participant
      ? { teamId: team.id, participantId: participant.id }
      : voting?.voters === 'participant'
        ? undefined
        : { teamId: team.id };

  const vote = useCallback(
    (elementId: string, delta: 1 | -1) => {
      if (voting && voter)
        void manager.execute('placeDot', { round: voting.round, voter, elementId, delta, dotsPerVoter: voting.dotsPerVoter });
    },
    // The voter is rebuilt every render from these ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manager, voting, voter?.teamId, voter?.participantId],
  );

  const dotVoting = useMemo(() => {
    if (!voting || !voter || !allVotes || !team) return undefined;
    const round = allVotes.filter((candidate) => candidate.round === voting.round);
    const left = voting.dotsPerVoter - dotsUsedBy(round, voting.round, voter);
    const cards = new Map<string, CardVote>();
    for (const element of template.themes.flatMap((theme) => theme.elements)) {
      const onElement = round.filter((candidate) => candidate.elementId === element.id);
      cards.set(element.id, {
        voterName: participant?.name ?? team.name,
        mine: onElement.filter((candidate) => isVoteOf(candidate, voter)).reduce((sum, candidate) => sum + candidate.dots, 0),
        total: voting.revealed ? onElement.reduce((sum, candidate) => sum + candidate.dots, 0) : null,
        canAdd: left > 0,
      });
    }
    return {
      cards,
      left,
      voterName: participant?.name ?? team.name,
      vote,
      participants: participant ? { options, chosenId: participant.id, choose: setChosen } : undefined,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voting, voter?.teamId, voter?.participantId, allVotes, template, team, participant, options, vote]);
  // A dot placed at another table changes no card of this plate: its cards keep their objects and are not drawn again.
  const cards = useSteady(dotVoting?.cards, (previous, next) => next && steadyMap(previous, next));
  return useMemo(() => dotVoting && cards && { ...dotVoting, cards }, [dotVoting, cards]);
}

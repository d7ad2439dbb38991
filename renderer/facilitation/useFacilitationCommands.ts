import { addMinute, isRunning, pause, reset, start } from '../../shared/facilitation/timer';
import { nextRound, type VoterKind } from '../../shared/facilitation/voting';
import { useCommand } from '../commands/useCommand';
import { useVotes } from '../data/canvasHooks';
import { useFacilitation, type FacilitationState } from './facilitationStore';

/** A checkbox says what it wants (`{ on }`); a button or a key toggles. */
const wanted = (payload: unknown, now: boolean) =>
  typeof (payload as { on?: unknown } | undefined)?.on === 'boolean' ? (payload as { on: boolean }).on : !now;

export interface StartVoting {
  voters: VoterKind;
  dotsPerVoter: number;
}

/**
 * The facilitator's commands in the workshop's window: what the projector shows (the presentation's
 * commands, offered here without their keys, which act only in the presentation), the round timer and the
 * dot-voting round. The controls in the drawer and the room's dialog run them through the dispatcher.
 */
export function useFacilitationCommands(workshopId: string): void {
  const [state, update] = useFacilitation(workshopId);
  const votes = useVotes(workshopId);
  const noKeys = { keys: false };
  const toggle = (field: 'scoresShown' | 'blank') => (payload?: unknown) =>
    update((current) => ({ [field]: wanted(payload, current[field]) }) as Partial<FacilitationState>);

  useCommand('present.wholePlate', () => update(() => ({ focus: 'all', blank: false })), true, noKeys);
  useCommand('present.theme', (payload) => update(() => ({ focus: (payload as { theme: number }).theme, blank: false })), true, noKeys);
  useCommand('present.scores', toggle('scoresShown'), true, noKeys);
  useCommand('present.blank', toggle('blank'), true, noKeys);
  useCommand(
    'present.joinSlide',
    (payload) =>
      update((current) => {
        const joinSlide = wanted(payload, current.joinSlide);
        return joinSlide ? { joinSlide, blank: false } : { joinSlide };
      }),
    true,
    noKeys,
  );

  useCommand('timer.startPause', () =>
    update((current) => ({ timer: isRunning(current.timer) ? pause(current.timer, Date.now()) : start(current.timer, Date.now()) })),
  );
  useCommand('timer.addMinute', () => update((current) => ({ timer: addMinute(current.timer) })));
  useCommand('timer.reset', () => update((current) => ({ timer: reset(current.timer) })));
  useCommand(
    'timer.setMinutes',
    (payload) => update((current) => ({ timer: reset(current.timer, (payload as { minutes: number }).minutes) })),
    !isRunning(state.timer),
  );
  useCommand('timer.sound', () => update((current) => ({ timer: { ...current.timer, sound: !current.timer.sound } })));

  useCommand(
    'voting.start',
    (payload) => {
      const { voters, dotsPerVoter } = payload as StartVoting;
      update(() => ({ voting: { round: nextRound(votes ?? []), voters, dotsPerVoter, revealed: false } }));
    },
    state.voting === null && votes !== undefined,
  );
  useCommand(
    'voting.reveal',
    (payload) =>
      update((current) => (current.voting ? { voting: { ...current.voting, revealed: wanted(payload, current.voting.revealed) } } : {})),
    state.voting !== null,
  );
  useCommand('voting.close', () => update(() => ({ voting: null })), state.voting !== null);
}

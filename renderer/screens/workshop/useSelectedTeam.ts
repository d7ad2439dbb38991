import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { Team } from '../../../shared/model/team';
import { useOpenWorkshop } from './WorkshopContext';

/** The team whose canvas is shown, kept in the address (`?team=`) so a reload keeps it. */
export function useSelectedTeam(): [Team | undefined, (teamId: string) => void] {
  const { sortedTeams } = useOpenWorkshop();
  const [params, setParams] = useSearchParams();
  const requested = params.get('team');
  const team = sortedTeams.find((candidate) => candidate.id === requested) ?? sortedTeams[0];
  const select = useCallback(
    (teamId: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('team', teamId);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [team, select];
}

/** The element whose panel is open (`?element=`), and a way to open or close it. */
export function useOpenElement(): [string | undefined, (elementId: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const open = useCallback(
    (elementId: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (elementId) next.set('element', elementId);
          else next.delete('element');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params.get('element') ?? undefined, open];
}

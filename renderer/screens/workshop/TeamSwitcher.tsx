import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/model/team';
import { teamColour } from '../../../shared/canvas/teamColours';
import { teamDropId, type NoteDropTarget } from './NoteDragContext';

interface Props {
  teams: Team[];
  selectedId: string | undefined;
  onSelect(teamId: string): void;
}

/** Whose canvas is on screen; always visible above the plate. */
export function TeamSwitcher({ teams, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('workshop.teamSwitcher')} className="team-switcher">
      {teams.map((team, index) => (
        <TeamOption
          key={team.id}
          team={team}
          colour={teamColour(team, index)}
          selected={team.id === selectedId}
          onSelect={() => onSelect(team.id)}
        />
      ))}
    </div>
  );
}

/** A team's button, which is also where a dragged note can be dropped to move it to that team. */
function TeamOption({ team, colour, selected, onSelect }: { team: Team; colour: string; selected: boolean; onSelect(): void }) {
  const { setNodeRef, isOver } = useDroppable({
    id: teamDropId(team.id),
    data: { kind: 'team', teamId: team.id } satisfies NoteDropTarget,
  });
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`team-option${isOver ? ' drop-over' : ''}`}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="team-dot" style={{ background: colour }} aria-hidden />
      {team.name}
    </button>
  );
}

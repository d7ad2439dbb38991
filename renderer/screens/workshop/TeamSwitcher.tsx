import { useTranslation } from 'react-i18next';
import type { Team } from '../../../shared/model/team';
import { teamColour } from '../../../shared/canvas/teamColours';

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
        <button
          key={team.id}
          type="button"
          className="team-option"
          aria-pressed={team.id === selectedId}
          onClick={() => onSelect(team.id)}
          data-team-id={team.id}
        >
          <span className="team-dot" style={{ background: teamColour(team, index) }} aria-hidden />
          {team.name}
        </button>
      ))}
    </div>
  );
}

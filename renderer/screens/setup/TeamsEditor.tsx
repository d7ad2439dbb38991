import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamColour, teamPalette } from '../../../shared/canvas/teamColours';
import type { Team } from '../../../shared/model/team';
import { TEAM_NAME_MAX, workshopLimits } from '../../../shared/model/vocabulary';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { editRequest } from '../../commands/editRequest';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { CommittedInput } from './CommittedInput';

/** The tables of the workshop, in its order: add, rename, colour, reorder, remove (with a confirmation, and undo). */
export function TeamsEditor() {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const { sortedTeams } = useOpenWorkshop();
  const id = useId();
  const [removing, setRemoving] = useState<Team>();

  const addTeam = () => {
    const names = new Set(sortedTeams.map((team) => team.name));
    let number = sortedTeams.length + 1;
    while (names.has(t('setup.teamN', { number }))) number += 1;
    const used = new Set(sortedTeams.map((team, index) => teamColour(team, index)));
    const colour = teamPalette.find((candidate) => !used.has(candidate)) ?? teamPalette[sortedTeams.length % teamPalette.length];
    void manager.execute('addTeam', { name: t('setup.teamN', { number }), colour });
  };
  // At either end a move button stays focusable (aria-disabled), so that focus is not lost by a move.
  const move = (team: Team, offset: -1 | 1, possible: boolean) => possible && void manager.execute('moveTeam', { id: team.id, offset });

  return (
    <section className="setup-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('setup.teams')}
      </h3>
      <p className="setup-hint">{t('setup.teamsOrder')}</p>
      <ul className="setup-list">
        {sortedTeams.map((team, index) => {
          const colour = teamColour(team, index);
          // A colour from a file that is none of the palette's is shown, and kept, as it is.
          const paletteColour = teamPalette.find((candidate) => candidate.toLowerCase() === colour.toLowerCase());
          const first = index === 0;
          const last = index === sortedTeams.length - 1;
          return (
            <li key={team.id} className="team-row">
              <span className="team-dot team-dot-large" style={{ background: colour }} aria-hidden />
              <CommittedInput
                aria-label={t('setup.teamName')}
                stored={team.name}
                maxLength={TEAM_NAME_MAX}
                onCommit={(name) => name.trim() && editRequest('editTeam', { id: team.id, patch: { name: name.trim() } })}
              />
              <select
                aria-label={t('setup.teamColour', { team: team.name })}
                value={paletteColour ?? colour}
                onChange={(event) => void manager.execute('editTeam', { id: team.id, patch: { colour: event.target.value } })}
              >
                {!paletteColour && <option value={colour}>{t('setup.ownColour')}</option>}
                {teamPalette.map((candidate, colourIndex) => (
                  <option key={candidate} value={candidate}>
                    {t(`setup.teamColours.${colourIndex}` as 'setup.teamColours.0')}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                aria-disabled={first}
                aria-label={t('setup.moveTeamUp', { team: team.name })}
                title={t('setup.moveTeamUp', { team: team.name })}
                onClick={() => move(team, -1, !first)}
              >
                <ArrowUp aria-hidden size={18} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-disabled={last}
                aria-label={t('setup.moveTeamDown', { team: team.name })}
                title={t('setup.moveTeamDown', { team: team.name })}
                onClick={() => move(team, 1, !last)}
              >
                <ArrowDown aria-hidden size={18} />
              </button>
              <button
                type="button"
                className="icon-button"
                disabled={sortedTeams.length === 1}
                aria-label={t('setup.removeTeam', { team: team.name })}
                title={sortedTeams.length === 1 ? t('setup.lastTeam') : t('setup.removeTeam', { team: team.name })}
                onClick={() => setRemoving(team)}
              >
                <Trash2 aria-hidden size={18} />
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button-subtle" disabled={sortedTeams.length >= workshopLimits.teams} onClick={addTeam}>
        <Plus aria-hidden size={18} />
        {t('setup.addTeam')}
      </button>
      {removing && (
        <ConfirmDialog
          title={t('setup.removeTeamTitle', { team: removing.name })}
          body={t('setup.removeTeamBody', { team: removing.name })}
          confirmLabel={t('setup.removeTeamConfirm')}
          onClose={() => setRemoving(undefined)}
          onConfirm={() => void manager.execute('removeTeam', { id: removing.id })}
        />
      )}
    </section>
  );
}

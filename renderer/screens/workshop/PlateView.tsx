import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { previousScores, stand } from '../../../shared/aggregation/progress';
import { useToday } from '../../components/useToday';
import { useTeamCanvas } from '../../data/canvasHooks';
import { useLanguage } from '../../i18n/useLanguage';
import { elementButtonId } from './ElementCard';
import { useDotVoting } from './useDotVoting';
import { NoteDragContext } from './NoteDragContext';
import { ElementPanel } from './panel/ElementPanel';
import { FacilitationDrawer, FacilitationToggle, useFacilitationDrawer } from './FacilitationDrawer';
import { Plate } from './Plate';
import { TeamSwitcher } from './TeamSwitcher';
import { useOpenElement, useSelectedTeam } from './useSelectedTeam';
import { useOpenWorkshop } from './WorkshopContext';

/** The plate of the selected team, with the element panel beside it when an element is open. */
export function PlateView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template, sortedTeams, earlierSessions } = useOpenWorkshop();
  const [team, selectTeam] = useSelectedTeam();
  const [openElementId, openElement] = useOpenElement();
  const canvas = useTeamCanvas(workshop.id, team?.id, useToday());
  const earlier = useMemo(() => {
    const scores = previousScores(earlierSessions, team?.id);
    return scores.size === 0 ? undefined : new Map([...scores].map(([elementId, score]) => [elementId, stand(score)]));
  }, [earlierSessions, team?.id]);
  const voting = useDotVoting(workshop.id, team, template);
  const [facilitationOpen, toggleFacilitation] = useFacilitationDrawer();
  const panelElement = template.themes.flatMap((theme) => theme.elements).find((element) => element.id === openElementId);

  const close = () => {
    const id = openElementId;
    openElement(undefined);
    if (id) requestAnimationFrame(() => document.getElementById(elementButtonId(id))?.focus());
  };

  return (
    <NoteDragContext teamId={team?.id}>
      <div className={`plate-view${panelElement ? ' plate-view-with-panel' : ''}`}>
        <div className="plate-toolbar">
          <TeamSwitcher teams={sortedTeams} selectedId={team?.id} onSelect={selectTeam} />
          {voting ? (
            <div className="votes-left">
              {voting.participants && (
                <label className="voter-picker">
                  {t('voting.voter')}
                  <select value={voting.participants.chosenId} onChange={(event) => voting.participants?.choose(event.target.value)}>
                    {voting.participants.options.map((participant) => (
                      <option key={participant.id} value={participant.id}>
                        {participant.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <p role="status">{t('voting.left', { count: voting.left, team: voting.voterName })}</p>
            </div>
          ) : (
            <p className="plate-description">{t('workshop.plateDescription')}</p>
          )}
          <FacilitationToggle open={facilitationOpen} onToggle={toggleFacilitation} />
        </div>
        {facilitationOpen && <FacilitationDrawer />}
        <div className="plate-area" aria-busy={canvas === undefined}>
          <h2 className="visually-hidden">{t('workshop.plateOf', { team: team?.name ?? '' })}</h2>
          {/* Drawn once the team's scores are read, not twice (empty, then filled): a plate is a lot to lay out. */}
          {canvas && (
            <Plate
              template={template}
              language={language}
              canvas={canvas}
              earlier={earlier}
              openElementId={openElementId}
              onOpen={openElement}
              votes={voting?.cards}
              onVote={voting?.vote}
            />
          )}
        </div>
        {panelElement && team && (
          <ElementPanel key={`${team.id}:${panelElement.id}`} element={panelElement} team={team} onClose={close} onNavigate={openElement} />
        )}
      </div>
    </NoteDragContext>
  );
}

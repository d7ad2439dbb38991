import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dotsUsed } from '../../../shared/facilitation/voting';
import { useActionManager } from '../../actions/ActionManagerContext';
import { useFacilitation } from '../../facilitation/facilitationStore';
import { useTeamCanvas, useVotes } from '../../data/canvasHooks';
import { useLanguage } from '../../i18n/useLanguage';
import { elementButtonId, type CardVote } from './ElementCard';
import { NoteDragContext } from './NoteDragContext';
import { ElementPanel } from './panel/ElementPanel';
import { FacilitationDrawer } from './FacilitationDrawer';
import { Plate } from './Plate';
import { TeamSwitcher } from './TeamSwitcher';
import { useOpenElement, useSelectedTeam } from './useSelectedTeam';
import { useOpenWorkshop } from './WorkshopContext';

/** The plate of the selected team, with the element panel beside it when an element is open. */
export function PlateView() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { workshop, template, sortedTeams } = useOpenWorkshop();
  const [team, selectTeam] = useSelectedTeam();
  const [openElementId, openElement] = useOpenElement();
  const canvas = useTeamCanvas(workshop.id, team?.id);
  const manager = useActionManager();
  const [{ voting }] = useFacilitation(workshop.id);
  const allVotes = useVotes(workshop.id);
  const cardVotes = useMemo(() => {
    if (!voting || !team || !allVotes) return undefined;
    const round = allVotes.filter((vote) => vote.round === voting.round);
    const left = voting.dotsPerTeam - dotsUsed(round, voting.round, team.id);
    const result = new Map<string, CardVote>();
    for (const element of template.themes.flatMap((theme) => theme.elements)) {
      const onElement = round.filter((vote) => vote.elementId === element.id);
      result.set(element.id, {
        mine: onElement.filter((vote) => vote.teamId === team.id).reduce((sum, vote) => sum + vote.dots, 0),
        total: voting.revealed ? onElement.reduce((sum, vote) => sum + vote.dots, 0) : null,
        canAdd: left > 0,
      });
    }
    return { cards: result, left };
  }, [voting, team, allVotes, template]);
  const vote = useCallback(
    (elementId: string, delta: 1 | -1) => {
      if (voting && team)
        void manager.execute('placeDot', { round: voting.round, teamId: team.id, elementId, delta, dotsPerTeam: voting.dotsPerTeam });
    },
    [manager, voting, team],
  );
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
          {cardVotes && team ? (
            <p className="votes-left" role="status">
              {t('voting.left', { count: cardVotes.left, team: team.name })}
            </p>
          ) : (
            <p className="plate-description">{t('workshop.plateDescription')}</p>
          )}
        </div>
        <FacilitationDrawer />
        <div className="plate-area" aria-busy={canvas === undefined}>
          <h2 className="visually-hidden">{t('workshop.plateOf', { team: team?.name ?? '' })}</h2>
          {/* Drawn once the team's scores are read, not twice (empty, then filled): a plate is a lot to lay out. */}
          {canvas && (
            <Plate
              template={template}
              language={language}
              canvas={canvas}
              openElementId={openElementId}
              onOpen={openElement}
              votes={cardVotes?.cards}
              onVote={cardVotes ? vote : undefined}
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

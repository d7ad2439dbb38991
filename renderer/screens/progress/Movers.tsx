import { ArrowDownRight, ArrowUpRight } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementChange } from '../../../shared/aggregation/progress';
import { teamColour } from '../../../shared/canvas/teamColours';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { useProgressFormat } from './progressFormat';

/** The elements that moved most up and most down since the earlier session, side by side. */
export function Movers({ up, down }: { up: ElementChange[]; down: ElementChange[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('progress.movers.title')}
      </h3>
      <div className="movers">
        <MoverList title={t('progress.movers.up')} empty={t('progress.movers.noneUp')} changes={up} direction="up" />
        <MoverList title={t('progress.movers.down')} empty={t('progress.movers.noneDown')} changes={down} direction="down" />
      </div>
    </section>
  );
}

function MoverList({
  title,
  empty,
  changes,
  direction,
}: {
  title: string;
  empty: string;
  changes: ElementChange[];
  direction: 'up' | 'down';
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { template, sortedTeams } = useOpenWorkshop();
  const format = useProgressFormat();
  const id = useId();
  const Arrow = direction === 'up' ? ArrowUpRight : ArrowDownRight;
  const placeOf = (elementId: string) => {
    for (const [themeIndex, theme] of template.themes.entries()) {
      const elementIndex = theme.elements.findIndex((element) => element.id === elementId);
      if (elementIndex >= 0) return { number: `${themeIndex + 1}.${elementIndex + 1}`, element: theme.elements[elementIndex]! };
    }
    return undefined;
  };

  return (
    <div className={`mover-column mover-column-${direction}`}>
      <h4 id={`${id}-title`} className="mover-heading">
        <Arrow aria-hidden size={18} />
        {title}
      </h4>
      {changes.length === 0 ? (
        <p className="setup-hint">{empty}</p>
      ) : (
        <ol className="mover-list" aria-labelledby={`${id}-title`}>
          {changes.map((change) => {
            const teamIndex = sortedTeams.findIndex((team) => team.id === change.teamId);
            const team = sortedTeams[teamIndex];
            const place = placeOf(change.elementId);
            return (
              <li key={`${change.teamId}-${change.elementId}`} className="mover">
                <span className={`mover-change mover-${direction}`}>
                  <Arrow aria-hidden size={16} />
                  <span className="visually-hidden">{direction === 'up' ? t('progress.movers.rose') : t('progress.movers.fell')} </span>
                  {format.signed(change.change, 0)}
                </span>
                <span className="mover-body">
                  <span className="mover-title">
                    {place && <span className="mover-number">{place.number}</span>} {place?.element.title[language] ?? change.elementId}
                  </span>
                  <span className="mover-detail">
                    {team && (
                      <span className="mover-team">
                        <span className="team-dot" style={{ background: teamColour(team, teamIndex) }} aria-hidden />
                        {team.name}
                      </span>
                    )}
                    <span className="mover-was-now">
                      {format.stand(change.before)} → {format.stand(change.now)}
                    </span>
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

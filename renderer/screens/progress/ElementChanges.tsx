import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementChange } from '../../../shared/aggregation/progress';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { useProgressFormat } from './progressFormat';

const cell = (teamId: string, elementId: string) => `${teamId}\u0000${elementId}`;

/** Per element and team the stand then → now and the difference: a table by theme, a column per team. */
export function ElementChanges({ elements }: { elements: ElementChange[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { template, sortedTeams } = useOpenWorkshop();
  const format = useProgressFormat();
  const id = useId();
  const changes = new Map(elements.map((change) => [cell(change.teamId, change.elementId), change]));

  return (
    <section className="compare-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('progress.elements.title')}
      </h3>
      <p className="setup-hint">{t('progress.elements.hint')}</p>
      <div className="table-scroll progress-table-narrow">
        <table className="compare-table element-change-table">
          <caption className="visually-hidden">{t('progress.elements.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.elements.element')}</th>
              {sortedTeams.map((team) => (
                <th key={team.id} scope="col">
                  {team.name}
                </th>
              ))}
            </tr>
          </thead>
          {template.themes.map((theme, themeIndex) => (
            <tbody key={theme.id} style={{ '--theme-colour': themeStyle(theme.id).colour } as CSSProperties}>
              <tr className="element-change-theme">
                <th scope="rowgroup" colSpan={sortedTeams.length + 1}>
                  {themeIndex + 1}. {theme.title[language]}
                </th>
              </tr>
              {theme.elements.map((element, elementIndex) => (
                <tr key={element.id}>
                  <th scope="row">
                    <span className="element-change-number">
                      {themeIndex + 1}.{elementIndex + 1}
                    </span>{' '}
                    {element.title[language]}
                  </th>
                  {sortedTeams.map((team) => {
                    const change = changes.get(cell(team.id, element.id));
                    const moved = change?.change ?? 0;
                    return (
                      <td key={team.id} className={moved > 0 ? 'change-up' : moved < 0 ? 'change-down' : undefined}>
                        {format.standChange(change?.before ?? null, change?.now ?? null)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

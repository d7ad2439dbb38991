import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import type { TeamView } from './plenaryView';
import { teamColourOf } from './teamStyle';

interface Props {
  title: string;
  teams: readonly TeamView[];
  tableId: string;
  /** '' for anonymous. */
  name: string;
  onChange(): void;
}

/** The workshop, this phone's table (with its colour) and name, and the way to change them. */
export function RoomHeader({ title, teams, tableId, name, onChange }: Props) {
  const { t } = useTranslation();
  const team = teams.find((candidate) => candidate.id === tableId);
  return (
    <header className="pp-header">
      <div className="pp-header-top">
        <h1 className="pp-workshop">{title || t('app.name')}</h1>
        <LanguageSwitch />
      </div>
      <div className="pp-seat">
        <p className="pp-seat-text" data-testid="seat">
          <span className="pp-seat-table">
            <span className="pp-dot" style={{ background: teamColourOf(teams, tableId) }} aria-hidden />
            <span className="visually-hidden">{t('participant.header.table')}: </span>
            {team?.name ?? tableId}
          </span>
          <span className="pp-seat-name">
            {t('participant.header.you')}: {name || t('participant.header.anonymous')}
          </span>
        </p>
        <button type="button" className="button button-secondary pp-change" onClick={onChange}>
          <Users aria-hidden size={18} />
          {t('participant.header.change')}
        </button>
      </div>
    </header>
  );
}

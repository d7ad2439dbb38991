import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenaryView } from './plenaryView';
import { PickerFrame } from './PickerFrame';
import type { ParticipantSession, SessionSnapshot } from './session';
import { teamColourOf } from './teamStyle';

interface Props {
  session: ParticipantSession;
  snapshot: SessionSnapshot;
  plenary: PlenaryView;
  status: ReactNode;
}

/** "Aan welke tafel zit je?": the workshop's teams in their order, each with its colour. */
export function TableScreen({ session, snapshot, plenary, status }: Props) {
  const { t } = useTranslation();
  const current = snapshot.identity?.tableId;
  const seated = !!current && snapshot.identity?.name !== undefined && plenary.teams.some((team) => team.id === current);
  return (
    <PickerFrame workshop={plenary.title} status={status}>
      <h1>{t('participant.table.title')}</h1>
      {plenary.teams.length === 0 ? (
        <p className="pp-hint">{t('participant.table.none')}</p>
      ) : (
        <ul className="pp-choices" aria-label={t('participant.table.title')}>
          {plenary.teams.map((team) => {
            const people = plenary.participants.filter((participant) => participant.teamId === team.id).length;
            return (
              <li key={team.id}>
                <button type="button" className="pp-choice" data-testid="table-choice" onClick={() => session.pickTable(team.id)}>
                  <span className="pp-dot pp-dot-large" style={{ background: teamColourOf(plenary.teams, team.id) }} aria-hidden />
                  <span className="pp-choice-text">
                    <span className="pp-choice-name">{team.name}</span>
                    <span className="pp-choice-meta">
                      {t('participant.table.people', { count: people })}
                      {team.id === current ? ` · ${t('participant.table.current')}` : ''}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {seated && (
        <button type="button" className="button button-secondary button-large pp-full" onClick={() => session.cancelPicking()}>
          {t('participant.name.cancel')}
        </button>
      )}
    </PickerFrame>
  );
}

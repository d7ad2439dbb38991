import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_NAME_MAX, PERSON_NAME_MAX } from '../../shared/model/vocabulary';
import { participantsForTable, type ParticipantView, type PlenaryView } from './plenaryView';
import { PickerFrame } from './PickerFrame';
import type { ParticipantSession, SessionSnapshot } from './session';
import { teamColourOf } from './teamStyle';

interface Props {
  session: ParticipantSession;
  snapshot: SessionSnapshot;
  plenary: PlenaryView;
  status: ReactNode;
}

/** "Wie ben je?": a name from the workshop's list (this table's first), a new one, or anonymous. */
export function NameScreen({ session, snapshot, plenary, status }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const tableId = snapshot.picking?.tableId ?? snapshot.identity?.tableId ?? '';
  const team = plenary.teams.find((candidate) => candidate.id === tableId);
  const { atTable, others } = participantsForTable(plenary.participants, tableId);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const seated = snapshot.identity?.tableId !== undefined && snapshot.identity.name !== undefined;

  const take = (person: Parameters<ParticipantSession['takeSeat']>[1]) => void session.takeSeat(tableId, person);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setNameMissing(true);
    take({ kind: 'new', name, organisation });
  };
  const list = (people: ParticipantView[], label: string) => (
    <ul className="pp-choices" aria-label={label}>
      {people.map((person) => (
        <li key={person.id}>
          <button
            type="button"
            className="pp-choice"
            data-testid="name-choice"
            onClick={() =>
              take({
                kind: 'listed',
                id: person.id,
                name: person.name,
                ...(person.organisation ? { organisation: person.organisation } : {}),
              })
            }
          >
            <span className="pp-choice-text">
              <span className="pp-choice-name">{person.name}</span>
              {person.organisation && <span className="pp-choice-meta">{person.organisation}</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <PickerFrame workshop={plenary.title} status={status}>
      <h1>{t('participant.name.title')}</h1>
      {team && (
        <p className="pp-table-line">
          <span className="pp-dot" style={{ background: teamColourOf(plenary.teams, team.id) }} aria-hidden />
          {team.name}
        </p>
      )}
      <p className="pp-hint">{t('participant.name.intro')}</p>
      {atTable.length > 0 && (
        <section aria-labelledby={`${id}-table`}>
          <h2 id={`${id}-table`}>{t('participant.name.atTable', { table: team?.name ?? '' })}</h2>
          {list(atTable, t('participant.name.atTable', { table: team?.name ?? '' }))}
        </section>
      )}
      {others.length > 0 && (
        <details className="pp-others" open={atTable.length === 0}>
          <summary>
            {t('participant.name.others')} ({others.length})
          </summary>
          {list(others, t('participant.name.others'))}
        </details>
      )}
      <form className="pp-card pp-stack" onSubmit={submit} noValidate aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('participant.name.newTitle')}</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('participant.name.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={PERSON_NAME_MAX}
            autoComplete="name"
            aria-invalid={nameMissing ? true : undefined}
            aria-describedby={nameMissing ? `${id}-missing` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setNameMissing(false);
            }}
          />
          {nameMissing && (
            <p id={`${id}-missing`} className="pp-error" role="alert">
              {t('participant.name.nameRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-organisation`}>
            {t('participant.name.organisation')} <span className="field-optional">({t('common.optional')})</span>
          </label>
          <input
            id={`${id}-organisation`}
            value={organisation}
            maxLength={ORGANISATION_NAME_MAX}
            autoComplete="organization"
            onChange={(event) => setOrganisation(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary button-large pp-full">
          {t('participant.name.join')}
        </button>
      </form>
      <button type="button" className="button button-secondary button-large pp-full" onClick={() => take({ kind: 'anonymous' })}>
        {t('participant.name.anonymous')}
      </button>
      <div className="pp-row">
        <button type="button" className="button button-subtle pp-link" onClick={() => session.pickTable(null)}>
          {t('participant.name.otherTable')}
        </button>
        {seated && (
          <button type="button" className="button button-subtle pp-link" onClick={() => session.cancelPicking()}>
            {t('participant.name.cancel')}
          </button>
        )}
      </div>
    </PickerFrame>
  );
}

import { Plus, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TeamOptions } from '../../components/Choices';
import type { Participant } from '../../../shared/model/participant';
import { ORGANISATION_NAME_MAX, PERSON_NAME_MAX, ROLE_MAX, workshopLimits } from '../../../shared/model/vocabulary';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { editRequest } from '../../commands/editRequest';
import { useParticipants } from '../../data/canvasHooks';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { CommittedInput } from './CommittedInput';

/** Who takes part: name (any script, kept as typed), organisation, role and table. */
export function ParticipantsEditor() {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const { workshop, sortedTeams } = useOpenWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const id = useId();
  const [draft, setDraft] = useState({ name: '', organisation: '', role: '', teamId: '' });
  const [error, setError] = useState<string>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setError(t('setup.participantNameRequired'));
      return;
    }
    setError(undefined);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const fields: Omit<Participant, 'id'> = { name: draft.name.trim() };
    if (optional(draft.organisation)) fields.organisation = optional(draft.organisation);
    if (optional(draft.role)) fields.role = optional(draft.role);
    if (draft.teamId) fields.teamId = draft.teamId;
    await manager.execute('addParticipant', fields);
    setDraft((current) => ({ ...current, name: '', role: '' }));
    document.getElementById(`${id}-new-name`)?.focus();
  };

  const request = (participant: Participant, patch: Partial<Omit<Participant, 'id'>>) =>
    editRequest('editParticipant', { id: participant.id, patch });
  const edit = (participant: Participant, patch: Partial<Omit<Participant, 'id'>>) => void manager.submit(request(participant, patch));

  return (
    <section className="setup-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('setup.participants')} <span className="section-count">{participants.length}</span>
      </h3>
      {participants.length > 0 && (
        <table className="setup-table">
          <thead>
            <tr>
              <th scope="col">{t('setup.participantName')}</th>
              <th scope="col">{t('setup.participantOrganisation')}</th>
              <th scope="col">{t('setup.participantRole')}</th>
              <th scope="col">{t('setup.participantTeam')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions.rowTools')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <tr key={participant.id}>
                <td>
                  <CommittedInput
                    aria-label={t('setup.participantName')}
                    stored={participant.name}
                    maxLength={PERSON_NAME_MAX}
                    onCommit={(name) => name.trim() && request(participant, { name: name.trim() })}
                  />
                </td>
                <td>
                  <CommittedInput
                    aria-label={t('setup.participantOrganisation')}
                    stored={participant.organisation ?? ''}
                    maxLength={ORGANISATION_NAME_MAX}
                    onCommit={(organisation) => request(participant, { organisation: organisation.trim() || undefined })}
                  />
                </td>
                <td>
                  <CommittedInput
                    aria-label={t('setup.participantRole')}
                    stored={participant.role ?? ''}
                    maxLength={ROLE_MAX}
                    onCommit={(role) => request(participant, { role: role.trim() || undefined })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('setup.participantTeam')}
                    value={participant.teamId ?? ''}
                    onChange={(event) => edit(participant, { teamId: event.target.value || undefined })}
                  >
                    <option value="">{t('setup.noTeam')}</option>
                    <TeamOptions teams={sortedTeams} />
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    aria-label={t('setup.removeParticipant', { name: participant.name })}
                    onClick={() => void manager.execute('removeParticipant', { id: participant.id })}
                  >
                    <Trash2 aria-hidden size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="participant-form" onSubmit={add} noValidate aria-label={t('setup.addParticipant')}>
        <div className="field field-compact">
          <label htmlFor={`${id}-new-name`}>{t('setup.participantName')}</label>
          <input
            id={`${id}-new-name`}
            value={draft.name}
            maxLength={PERSON_NAME_MAX}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        </div>
        <div className="field field-compact">
          <label htmlFor={`${id}-new-organisation`}>{t('setup.participantOrganisation')}</label>
          <input
            id={`${id}-new-organisation`}
            value={draft.organisation}
            maxLength={ORGANISATION_NAME_MAX}
            onChange={(event) => setDraft({ ...draft, organisation: event.target.value })}
          />
        </div>
        <div className="field field-compact">
          <label htmlFor={`${id}-new-role`}>{t('setup.participantRole')}</label>
          <input
            id={`${id}-new-role`}
            value={draft.role}
            maxLength={ROLE_MAX}
            onChange={(event) => setDraft({ ...draft, role: event.target.value })}
          />
        </div>
        <div className="field field-compact">
          <label htmlFor={`${id}-new-team`}>{t('setup.participantTeam')}</label>
          <select id={`${id}-new-team`} value={draft.teamId} onChange={(event) => setDraft({ ...draft, teamId: event.target.value })}>
            <option value="">{t('setup.noTeam')}</option>
            <TeamOptions teams={sortedTeams} />
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={participants.length >= workshopLimits.participants}>
          <Plus aria-hidden size={16} />
          {t('setup.addParticipant')}
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error form-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

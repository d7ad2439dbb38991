import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../shared/model/team';
import type { Language } from '../../shared/model/vocabulary';
import { DialogButtons, FormDialog } from '../components/FormDialog';
import type { PdfChoice } from './useExports';

interface Props {
  teams: readonly Team[];
  language: Language;
  onClose(): void;
  onExport(choice: PdfChoice): Promise<void>;
}

/** Whole workshop or one team, with or without notes; then the PDF is made and saved. */
export function PdfExportDialog({ teams, language, onClose, onExport }: Props) {
  const { t, i18n } = useTranslation();
  const languageName = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(language) ?? language;
  const [teamId, setTeamId] = useState('');
  const [includeNotes, setIncludeNotes] = useState(true);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onExport({ ...(teamId ? { teamId } : {}), includeNotes });
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && !busy && onClose()}
      title={t('exportPdf.title')}
      description={t('exportPdf.description', { language: languageName })}
    >
      <form onSubmit={(event) => void submit(event)} className="pdf-form">
        <fieldset className="pdf-scope">
          <legend>{t('exportPdf.scope')}</legend>
          <label className="radio-row">
            <input type="radio" name="pdf-scope" checked={teamId === ''} onChange={() => setTeamId('')} />
            {t('exportPdf.whole')}
          </label>
          {teams.length > 1 &&
            teams.map((team) => (
              <label key={team.id} className="radio-row">
                <input type="radio" name="pdf-scope" checked={teamId === team.id} onChange={() => setTeamId(team.id)} />
                {t('exportPdf.team', { name: team.name })}
              </label>
            ))}
        </fieldset>
        <label className="checkbox-row">
          <input type="checkbox" checked={includeNotes} onChange={(event) => setIncludeNotes(event.target.checked)} />
          <span>
            {t('exportPdf.includeNotes')}
            <span className="option-card-hint">{t('exportPdf.includeNotesHint')}</span>
          </span>
        </label>
        {busy && (
          <p className="muted" role="status">
            {t('exportPdf.making')}
          </p>
        )}
        <DialogButtons submitLabel={t('exportPdf.submit')} busy={busy} />
      </form>
    </FormDialog>
  );
}

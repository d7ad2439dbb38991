import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/model/workshop';
import { WORKSHOP_TITLE_MAX } from '../../../shared/model/vocabulary';
import { validateNewWorkshop } from '../../../shared/workshop/validateNewWorkshop';
import { DialogButtons, FormDialog } from '../../components/FormDialog';

interface Props {
  workshop: Workshop;
  onClose(): void;
  onRename(title: string): Promise<void>;
}

export function RenameWorkshopDialog({ workshop, onClose, onRename }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(workshop.title);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateNewWorkshop({ ...workshop, title, organisations: [] }).find((p) => p.field === 'title');
    if (problem) {
      setError(t(`workshopForm.errors.${problem.code}`, { max: WORKSHOP_TITLE_MAX }));
      return;
    }
    await onRename(title);
    onClose();
  };

  return (
    <FormDialog open onOpenChange={(open) => !open && onClose()} title={t('library.renameDialog.title')}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('library.renameDialog.label')}</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            autoFocus
            onFocus={(event) => event.target.select()}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <DialogButtons submitLabel={t('common.save')} />
      </form>
    </FormDialog>
  );
}

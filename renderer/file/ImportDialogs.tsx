import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { phrasedTitle } from '../../shared/model/vocabulary';
import type { Workshop } from '../../shared/model/workshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { FormDialog } from '../components/FormDialog';
import { formatLastEdited } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';
import type { ImportMessage } from './importMessages';
import { ImportRefusal } from './ImportRefusal';

/** Where an import stands when it needs the user: refused, or asking what to do with the file's workshop. */
export type ImportStep =
  | { kind: 'refused'; name: string; message: ImportMessage }
  | { kind: 'choose'; name: string; data: WorkshopData; workshop: Workshop }
  | { kind: 'exists'; name: string; data: WorkshopData; existing: Workshop };

interface Props {
  step: ImportStep;
  onClose(): void;
  onMerge(name: string, data: WorkshopData, workshopId: string): void;
  onImportAsNew(name: string, data: WorkshopData): void;
  onCopy(data: WorkshopData): void;
  onReplace(data: WorkshopData): void;
  onOpenExisting(workshopId: string): void;
}

/** The import's dialogs: why a file was refused, or the choices for a workshop the app already has. */
export function ImportDialogs({ step, onClose, onMerge, onImportAsNew, onCopy, onReplace, onOpenExisting }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const close = (open: boolean) => !open && onClose();
  return (
    <>
      {step.kind === 'refused' && (
        <FormDialog open onOpenChange={close} title={t('importFile.refused.title', { name: step.name })}>
          <ImportRefusal message={step.message} unchanged={t('importFile.refused.unchanged')} />
          <div className="dialog-actions">
            <Dialog.Close className="button button-primary" type="button">
              {t('common.close')}
            </Dialog.Close>
          </div>
        </FormDialog>
      )}
      {step.kind === 'choose' && (
        <FormDialog
          open
          onOpenChange={close}
          title={t('importFile.choose.title', { title: step.data.workshop.title })}
          description={t('importFile.choose.body')}
        >
          <div className="option-cards">
            <ChoiceButton
              label={t('importFile.choose.merge')}
              hint={t('importFile.choose.mergeHint', { title: step.workshop.title })}
              onClick={() => onMerge(step.name, step.data, step.workshop.id)}
            />
            <ChoiceButton
              label={t('importFile.choose.asNew')}
              hint={t('importFile.choose.asNewHint')}
              onClick={() => onImportAsNew(step.name, step.data)}
            />
          </div>
        </FormDialog>
      )}
      {step.kind === 'exists' && (
        <FormDialog
          open
          onOpenChange={close}
          title={t('importFile.exists.title')}
          description={t('importFile.exists.body', {
            title: step.existing.title,
            updated: formatLastEdited(step.existing.updatedAt, language, t('time.justNow')),
          })}
        >
          <div className="option-cards">
            <ChoiceButton
              label={t('importFile.exists.merge')}
              hint={t('importFile.exists.mergeHint')}
              onClick={() => onMerge(step.name, step.data, step.existing.id)}
            />
            <ChoiceButton
              label={t('importFile.exists.copy')}
              hint={t('importFile.exists.copyHint', {
                title: phrasedTitle(step.data.workshop.title, (title) => t('importFile.exists.copyTitle', { title })),
              })}
              onClick={() => onCopy(step.data)}
            />
            <ChoiceButton
              label={t('importFile.exists.replace')}
              hint={t('importFile.exists.replaceHint')}
              onClick={() => onReplace(step.data)}
              danger
            />
          </div>
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={() => onOpenExisting(step.existing.id)}>
              {t('importFile.exists.open')}
            </button>
          </div>
        </FormDialog>
      )}
    </>
  );
}

function ChoiceButton({ label, hint, onClick, danger = false }: { label: string; hint: string; onClick(): void; danger?: boolean }) {
  return (
    <button type="button" className={danger ? 'option-card option-card-danger' : 'option-card'} onClick={onClick}>
      <span className="option-card-label">{label}</span>
      <span className="option-card-hint">{hint}</span>
    </button>
  );
}

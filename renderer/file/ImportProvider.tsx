import * as Dialog from '@radix-ui/react-dialog';
import { FileUp } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { ReadResult } from '../../shared/file/readWorkshopFile';
import { OPEN_EXTENSIONS, type OpenedFile } from '../../shared/host';
import type { Workshop } from '../../shared/model/workshop';
import type { WorkshopData } from '../../shared/model/workshopData';
import { FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { workshopRepository } from '../data';
import { useHost } from '../host/HostContext';
import { useLanguage } from '../i18n/useLanguage';
import { formatLastEdited } from '../i18n/format';
import { describeImportProblem, type ImportMessage } from './importMessages';
import { ImportRefusal } from './ImportRefusal';
import { openedFile } from './openedFile';
import { setPendingMerge } from './pendingMerge';

interface ImportContextValue {
  /** Asks for a file (open dialog or file picker) and imports it. */
  pickFile(): void;
  importFile(file: OpenedFile): Promise<void>;
}

const ImportContext = createContext<ImportContextValue | null>(null);

type Step =
  | { kind: 'refused'; name: string; message: ImportMessage }
  | { kind: 'choose'; name: string; data: WorkshopData; workshop: Workshop }
  | { kind: 'exists'; name: string; data: WorkshopData; existing: Workshop }
  | null;

function formatBytes(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: megabytes < 10 ? 1 : 0 }).format(megabytes)} MB`;
}

/**
 * Importing workshop files, from the file picker, the native menu, or a file dropped anywhere on the
 * window. Reads and validates everything first; refusals change nothing and say why; a workshop the
 * library already has, or a file dropped on an open workshop, asks what to do.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const host = useHost();
  const toast = useToast();
  const navigate = useNavigate();
  const match = useMatch('/workshop/:workshopId/*');
  const openWorkshopId = match?.params.workshopId;
  const [step, setStep] = useState<Step>(null);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  const importAsIs = useCallback(
    async (name: string, data: WorkshopData) => {
      const outcome = await workshopRepository.import(data, { kind: 'as-is' });
      performance.mark('actieplaat:import-stored');
      if (outcome.status === 'exists') {
        const existing = await workshopRepository.get(data.workshop.id);
        if (existing) setStep({ kind: 'exists', name, data, existing });
        return;
      }
      setStep(null);
      navigate(`/workshop/${outcome.workshop.id}`);
      toast({ message: t('importFile.imported', { title: outcome.workshop.title }) });
    },
    [navigate, t, toast],
  );

  const importFile = useCallback(
    async ({ name, bytes, tooLargeBytes }: OpenedFile) => {
      try {
        performance.mark('actieplaat:import-start');
        const { MAX_IMPORT_BYTES, readWorkshopFile } = await import('../../shared/file/readWorkshopFile');
        performance.mark('actieplaat:import-loaded');
        // A file over the cap was not read (by the desktop shell, the picker or the drop): refused by its size.
        const result: ReadResult =
          tooLargeBytes === undefined
            ? readWorkshopFile(bytes)
            : { ok: false, problem: { code: 'too-large', bytes: tooLargeBytes, limit: MAX_IMPORT_BYTES } };
        performance.mark('actieplaat:import-read');
        if (!result.ok) {
          setStep({ kind: 'refused', name, message: describeImportProblem(result.problem, t, (size) => formatBytes(size, language)) });
          return;
        }
        const open = openWorkshopId ? await workshopRepository.get(openWorkshopId) : undefined;
        if (open) setStep({ kind: 'choose', name, data: result.data, workshop: open });
        else await importAsIs(name, result.data);
      } catch (error) {
        toast({ message: t('importFile.failed', { message: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [importAsIs, language, openWorkshopId, t, toast],
  );

  const pickFile = useCallback(() => {
    void host.openFile({ filters: [{ name: t('importFile.filter'), extensions: [...OPEN_EXTENSIONS] }] }).then((file) => {
      if (file) void importFile(file);
    });
  }, [host, importFile, t]);

  // The native menu's "Openen/importeren…".
  useEffect(() => host.onMenuCommand((command) => command === 'workshop.import' && pickFile()), [host, pickFile]);

  // A file dragged from the desktop onto any part of the window.
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      dragDepth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length !== 1) {
        toast({ message: t('importFile.dropOne') });
        return;
      }
      void openedFile(files[0]!).then(importFile, (error: unknown) =>
        toast({ message: t('importFile.failed', { message: error instanceof Error ? error.message : String(error) }) }),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFile, t, toast]);

  const startMerge = (name: string, data: WorkshopData, workshopId: string) => {
    setStep(null);
    setPendingMerge({ workshopId, fileName: name, incoming: data });
    if (openWorkshopId !== workshopId) navigate(`/workshop/${workshopId}/setup`);
  };

  const replace = async (data: WorkshopData) => {
    const outcome = await workshopRepository.import(data, { kind: 'replace' });
    setStep(null);
    if (outcome.status !== 'imported') return;
    navigate(`/workshop/${outcome.workshop.id}`);
    const replaced = outcome.replaced;
    toast({
      message: t('importFile.replaced', { title: outcome.workshop.title }),
      ...(replaced ? { action: { label: t('common.undo'), perform: () => void workshopRepository.undoReplace(replaced) } } : {}),
    });
  };

  const copy = async (data: WorkshopData) => {
    const outcome = await workshopRepository.import(data, {
      kind: 'copy',
      title: t('importFile.exists.copyTitle', { title: data.workshop.title }),
    });
    setStep(null);
    if (outcome.status !== 'imported') return;
    navigate(`/workshop/${outcome.workshop.id}`);
    toast({ message: t('importFile.imported', { title: outcome.workshop.title }) });
  };

  const value = useMemo(() => ({ pickFile, importFile }), [pickFile, importFile]);
  const close = (open: boolean) => !open && setStep(null);

  return (
    <ImportContext.Provider value={value}>
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          <div className="drop-overlay-card">
            <FileUp size={40} />
            <p>{t('importFile.dropHere')}</p>
          </div>
        </div>
      )}
      {step?.kind === 'refused' && (
        <FormDialog open onOpenChange={close} title={t('importFile.refused.title', { name: step.name })}>
          <ImportRefusal message={step.message} unchanged={t('importFile.refused.unchanged')} />
          <div className="dialog-actions">
            <Dialog.Close className="button button-primary" type="button">
              {t('common.close')}
            </Dialog.Close>
          </div>
        </FormDialog>
      )}
      {step?.kind === 'choose' && (
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
              onClick={() => startMerge(step.name, step.data, step.workshop.id)}
            />
            <ChoiceButton
              label={t('importFile.choose.asNew')}
              hint={t('importFile.choose.asNewHint')}
              onClick={() => void importAsIs(step.name, step.data)}
            />
          </div>
        </FormDialog>
      )}
      {step?.kind === 'exists' && (
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
              onClick={() => startMerge(step.name, step.data, step.existing.id)}
            />
            <ChoiceButton
              label={t('importFile.exists.copy')}
              hint={t('importFile.exists.copyHint', { title: t('importFile.exists.copyTitle', { title: step.data.workshop.title }) })}
              onClick={() => void copy(step.data)}
            />
            <ChoiceButton
              label={t('importFile.exists.replace')}
              hint={t('importFile.exists.replaceHint')}
              onClick={() => void replace(step.data)}
              danger
            />
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setStep(null);
                navigate(`/workshop/${step.existing.id}`);
              }}
            >
              {t('importFile.exists.open')}
            </button>
          </div>
        </FormDialog>
      )}
    </ImportContext.Provider>
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

export function useImport(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}

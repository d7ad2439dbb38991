import { FileUp } from 'lucide-react';
import { createContext, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { ReadResult } from '../../shared/file/readWorkshopFile';
import { OPEN_EXTENSIONS } from '../../shared/file/extensions';
import type { OpenedFile } from '../../shared/host';
import { phrasedTitle } from '../../shared/model/vocabulary';
import type { WorkshopData } from '../../shared/model/workshopData';
import { lazyWhenIdle } from '../components/lazyWhenIdle';
import { useToast } from '../components/Toasts';
import { workshopRepository } from '../data';
import { libraryCommands } from '../commands/useLibraryCommands';
import { useCommand } from '../commands/useCommand';
import { useHost } from '../host/HostContext';
import { formatBytes } from '../i18n/format';
import { useLanguage } from '../i18n/useLanguage';
import { describeImportProblem } from './importMessages';
import type { ImportStep } from './ImportDialogs';
import { openedFile } from './openedFile';
import { setPendingMerge } from './pendingMerge';

interface ImportContextValue {
  /** Asks for a file (open dialog or file picker) and imports it. */
  pickFile(): void;
  importFile(file: OpenedFile): Promise<void>;
}

const ImportContext = createContext<ImportContextValue | null>(null);

type Step = ImportStep | null;

// What an import asks or says: dialogs, loaded when the browser is idle, off the start-up path.
const ImportDialogs = lazyWhenIdle(() => import('./ImportDialogs').then(({ ImportDialogs }) => ImportDialogs));

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

  // "Openen of importeren…" from the buttons, Ctrl+O and the desktop menu.
  useCommand('workshop.import', () => pickFile());

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
    const { outcome, step } = await libraryCommands.replace(data);
    setStep(null);
    if (outcome.status !== 'imported') return;
    navigate(`/workshop/${outcome.workshop.id}`);
    toast({
      message: t('importFile.replaced', { title: outcome.workshop.title }),
      ...(step ? { undo: () => void libraryCommands.undo(step) } : {}),
    });
  };

  const copy = async (data: WorkshopData) => {
    const outcome = await workshopRepository.import(data, {
      kind: 'copy',
      title: phrasedTitle(data.workshop.title, (title) => t('importFile.exists.copyTitle', { title })),
    });
    setStep(null);
    if (outcome.status !== 'imported') return;
    navigate(`/workshop/${outcome.workshop.id}`);
    toast({ message: t('importFile.imported', { title: outcome.workshop.title }) });
  };

  const value = useMemo(() => ({ pickFile, importFile }), [pickFile, importFile]);

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
      {step && (
        <Suspense fallback={null}>
          <ImportDialogs
            step={step}
            onClose={() => setStep(null)}
            onMerge={startMerge}
            onImportAsNew={(name, data) => void importAsIs(name, data)}
            onCopy={(data) => void copy(data)}
            onReplace={(data) => void replace(data)}
            onOpenExisting={(workshopId) => {
              setStep(null);
              navigate(`/workshop/${workshopId}`);
            }}
          />
        </Suspense>
      )}
    </ImportContext.Provider>
  );
}

export function useImport(): ImportContextValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImport outside ImportProvider');
  return value;
}

import { ArchiveRestore, FileUp, Plus } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { phrasedTitle } from '../../../shared/model/vocabulary';
import type { Workshop } from '../../../shared/model/workshop';
import type { NewWorkshopInput } from '../../../shared/workshop/newWorkshop';
import { commandRegistry } from '../../../shared/commands/registry';
import type { LibraryStep } from '../../commands/libraryCommands';
import { libraryCommands, useLibraryState } from '../../commands/useLibraryCommands';
import { dispatchCommand, useCommand } from '../../commands/useCommand';
import { lazyWhenIdle } from '../../components/lazyWhenIdle';
import { useToast } from '../../components/Toasts';
import { workshopRepository } from '../../data';
import { useWorkshopList } from '../../data/hooks';
import { useHost } from '../../host/HostContext';
import { useLanguage } from '../../i18n/useLanguage';
import { WorkshopRow } from './WorkshopRow';

// The dialogs are chunks of their own, loaded once the library has painted.
const CreateWorkshopDialog = lazyWhenIdle(() => import('./CreateWorkshopDialog').then(({ CreateWorkshopDialog }) => CreateWorkshopDialog));
const RenameWorkshopDialog = lazyWhenIdle(() => import('./RenameWorkshopDialog').then(({ RenameWorkshopDialog }) => RenameWorkshopDialog));
const StartFollowUpDialog = lazyWhenIdle(() =>
  import('../../followUp/StartFollowUpDialog').then(({ StartFollowUpDialog }) => StartFollowUpDialog),
);
const ConfirmDialog = lazyWhenIdle(() => import('../../components/ConfirmDialog').then(({ ConfirmDialog }) => ConfirmDialog));
const BackupsDialog = lazyWhenIdle(() => import('../../backup/BackupsDialog').then(({ BackupsDialog }) => BackupsDialog));

type Pending = { kind: 'rename' | 'delete' | 'followUp'; workshop: Workshop } | null;

export function LibraryScreen() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const navigate = useNavigate();
  const toast = useToast();
  const workshops = useWorkshopList();
  const location = useLocation();
  const [creating, setCreating] = useState(false);
  // The native menu's "Nieuwe workshop" navigates here asking for the dialog; each request opens it once.
  const [handledRequest, setHandledRequest] = useState<string>();
  if ((location.state as { create?: boolean } | null)?.create && handledRequest !== location.key) {
    setHandledRequest(location.key);
    setCreating(true);
  }
  const [pending, setPending] = useState<Pending>(null);
  // Backups exist on the desktop only: the browser edition has no folder to keep them in.
  const { backups } = useHost();
  const [showingBackups, setShowingBackups] = useState(false);

  const create = async (input: NewWorkshopInput) => {
    const workshop = await workshopRepository.create(input, t('workshopForm.firstTeam'));
    setCreating(false);
    navigate(`/workshop/${workshop.id}`);
  };

  const duplicate = async (workshop: Workshop) => {
    const copy = await libraryCommands.duplicate(
      workshop,
      phrasedTitle(workshop.title, (title) => t('library.copyOf', { title })),
    );
    toast({ message: t('library.duplicated', { title: copy.title }) });
  };

  const remove = async (workshop: Workshop) => {
    // Its backups are hidden now and go once the undo has passed (or, if the app closes first, at its next start).
    const step = await libraryCommands.delete(workshop, {
      deleted: (id) => backups?.markDeleted(id, true).catch(() => undefined) ?? Promise.resolve(),
      restored: (id) => backups?.markDeleted(id, false).catch(() => undefined) ?? Promise.resolve(),
    });
    if (!step) return;
    toast({
      message: t('library.deleted', { title: workshop.title }),
      undo: () => void undo(step),
      onExpire: () => void backups?.forget(workshop.id).catch(() => undefined),
    });
  };

  /** Undoes the last library operation, or the one a message offers to undo, and says what came back. */
  const undo = async (step?: LibraryStep) => {
    const undone = await libraryCommands.undo(step);
    if (undone?.command === 'workshop.delete') toast({ message: t('library.restored', { title: undone.title }) });
    else if (undone)
      toast({ message: t('library.undone', { command: t(`commands.${commandRegistry[undone.command].label}`), title: undone.title }) });
  };

  // The library's commands, from its buttons, its rows' menus, the keys and the desktop menu.
  const { canUndo, canRedo } = useLibraryState();
  useCommand('edit.undo', () => undo(), canUndo);
  useCommand('edit.redo', () => void libraryCommands.redo(), canRedo);
  useCommand('workshop.new', () => setCreating(true));
  useCommand('backups.show', () => setShowingBackups(true), backups !== undefined);
  const forWorkshop = (run: (workshop: Workshop) => void) => (payload?: unknown) => run(payload as Workshop);
  useCommand(
    'workshop.rename',
    forWorkshop((workshop) => setPending({ kind: 'rename', workshop })),
  );
  useCommand(
    'workshop.duplicate',
    forWorkshop((workshop) => void duplicate(workshop)),
  );
  useCommand(
    'workshop.followUp',
    forWorkshop((workshop) => setPending({ kind: 'followUp', workshop })),
  );
  useCommand(
    'workshop.delete',
    forWorkshop((workshop) => setPending({ kind: 'delete', workshop })),
  );

  return (
    <main id="main" tabIndex={-1} className="page library">
      <div className="page-heading">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="lead">{t('library.intro')}</p>
        </div>
        <div className="page-heading-actions">
          <button
            type="button"
            className="button button-secondary button-large"
            onClick={() => dispatchCommand('workshop.import')}
            title={t('importFile.hint')}
          >
            <FileUp aria-hidden size={20} />
            {t('importFile.button')}
          </button>
          <button type="button" className="button button-primary button-large" onClick={() => dispatchCommand('workshop.new')}>
            <Plus aria-hidden size={20} />
            {t('library.newWorkshop')}
          </button>
        </div>
      </div>

      {workshops && workshops.length === 0 && (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('library.empty.title')}</h2>
          <p>{t('library.empty.body')}</p>
          <button type="button" className="button button-primary" onClick={() => dispatchCommand('workshop.new')}>
            <Plus aria-hidden size={18} />
            {t('library.newWorkshop')}
          </button>
        </section>
      )}

      {workshops && workshops.length > 0 && (
        <section aria-labelledby="workshop-list-title">
          <h2 id="workshop-list-title" className="section-count">
            {t('library.count', { count: workshops.length })}
          </h2>
          <ul className="workshop-list">
            {workshops.map((workshop) => (
              <WorkshopRow key={workshop.id} workshop={workshop} />
            ))}
          </ul>
        </section>
      )}

      {backups && (
        <div className="library-backups">
          <button type="button" className="button button-subtle" onClick={() => dispatchCommand('backups.show')}>
            <ArchiveRestore aria-hidden size={18} />
            {t('backups.button')}
          </button>
          <p className="muted">{t('backups.summary')}</p>
        </div>
      )}

      <Suspense fallback={null}>
        {creating && <CreateWorkshopDialog open onOpenChange={setCreating} defaultLanguage={language} onCreate={create} />}
        {showingBackups && backups && <BackupsDialog backups={backups} onClose={() => setShowingBackups(false)} />}
        {pending?.kind === 'rename' && (
          <RenameWorkshopDialog
            workshop={pending.workshop}
            onClose={() => setPending(null)}
            onRename={(title) => libraryCommands.rename(pending.workshop, title)}
          />
        )}
        {pending?.kind === 'followUp' && <StartFollowUpDialog workshop={pending.workshop} onClose={() => setPending(null)} />}
        {pending?.kind === 'delete' && (
          <ConfirmDialog
            title={t('library.confirmDelete.title')}
            body={t(backups ? 'library.confirmDelete.bodyWithBackups' : 'library.confirmDelete.body', { title: pending.workshop.title })}
            confirmLabel={t('library.confirmDelete.confirm')}
            onClose={() => setPending(null)}
            onConfirm={() => void remove(pending.workshop)}
          />
        )}
      </Suspense>
    </main>
  );
}

import { ArchiveRestore, FileUp, Plus } from 'lucide-react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { phrasedTitle } from '../../../shared/model/vocabulary';
import type { Workshop } from '../../../shared/model/workshop';
import type { NewWorkshopInput } from '../../../shared/workshop/newWorkshop';
import { lazyWhenIdle } from '../../components/lazyWhenIdle';
import { useToast } from '../../components/Toasts';
import { workshopRepository } from '../../data';
import { useWorkshopList } from '../../data/hooks';
import { useImport } from '../../file/ImportProvider';
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
  const { pickFile } = useImport();
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
    const copy = await workshopRepository.duplicate(
      workshop.id,
      phrasedTitle(workshop.title, (title) => t('library.copyOf', { title })),
    );
    toast({ message: t('library.duplicated', { title: copy.title }) });
  };

  const remove = async (workshop: Workshop) => {
    const snapshot = await workshopRepository.delete(workshop.id);
    if (!snapshot) return;
    // Its backups are hidden now and go once the undo has passed (or, if the app closes first, at its next start).
    const marked = backups?.markDeleted(workshop.id, true).catch(() => undefined);
    toast({
      message: t('library.deleted', { title: workshop.title }),
      action: {
        label: t('common.undo'),
        perform: () =>
          void workshopRepository.restore(snapshot).then(async () => {
            toast({ message: t('library.restored', { title: workshop.title }) });
            await marked;
            await backups?.markDeleted(workshop.id, false).catch(() => undefined);
          }),
      },
      onExpire: () => void marked?.then(() => backups?.forget(workshop.id)).catch(() => undefined),
    });
  };

  return (
    <main id="main" tabIndex={-1} className="page library">
      <div className="page-heading">
        <div>
          <h1>{t('library.title')}</h1>
          <p className="lead">{t('library.intro')}</p>
        </div>
        <div className="page-heading-actions">
          <button type="button" className="button button-secondary button-large" onClick={pickFile} title={t('importFile.hint')}>
            <FileUp aria-hidden size={20} />
            {t('importFile.button')}
          </button>
          <button type="button" className="button button-primary button-large" onClick={() => setCreating(true)}>
            <Plus aria-hidden size={20} />
            {t('library.newWorkshop')}
          </button>
        </div>
      </div>

      {workshops && workshops.length === 0 && (
        <section className="empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{t('library.empty.title')}</h2>
          <p>{t('library.empty.body')}</p>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
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
              <WorkshopRow
                key={workshop.id}
                workshop={workshop}
                onRename={() => setPending({ kind: 'rename', workshop })}
                onDuplicate={() => void duplicate(workshop)}
                onFollowUp={() => setPending({ kind: 'followUp', workshop })}
                onDelete={() => setPending({ kind: 'delete', workshop })}
              />
            ))}
          </ul>
        </section>
      )}

      {backups && (
        <div className="library-backups">
          <button type="button" className="button button-subtle" onClick={() => setShowingBackups(true)}>
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
            onRename={(title) => workshopRepository.rename(pending.workshop.id, title)}
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

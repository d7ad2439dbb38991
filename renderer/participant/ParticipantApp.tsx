import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ToastProvider } from '../components/Toasts';
import { CanvasScreen } from './CanvasScreen';
import { ConnectionStatus } from './ConnectionStatus';
import { useDocView } from './hooks';
import type { KeyValueStore } from './identity';
import { JoinScreen } from './JoinScreen';
import { chosenLanguage } from './language';
import { NameScreen } from './NameScreen';
import { emptyPlenary, plenaryView } from './plenaryView';
import { stageOf, type ParticipantSession } from './session';
import { TableScreen } from './TableScreen';

interface Props {
  session: ParticipantSession;
  store: KeyValueStore;
  /** The join URL carried a code that was not a whole one. */
  codeWasInvalid: boolean;
}

/** The participant page: the code, the table, the name, then the table's canvas. */
export function ParticipantApp({ session, store, codeWasInvalid }: Props) {
  const { t, i18n } = useTranslation();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const plenary = useDocView(snapshot.client?.plenary ?? null, ['plenary'], plenaryView, emptyPlenary);
  const stage = stageOf(snapshot, plenary);

  // The workshop's language, unless this device chose another with the switch.
  const language = chosenLanguage(store) ?? (plenary.loaded ? plenary.language : null);
  useEffect(() => {
    if (language && i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);
  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'nl';
    document.title = plenary.title ? t('participant.pageTitleWorkshop', { workshop: plenary.title }) : t('participant.pageTitle');
  });

  const connection = snapshot.room?.connection ?? null;
  const status = connection && stage !== 'code' && stage !== 'not-admitted' ? <ConnectionStatus connection={connection} /> : null;

  switch (stage) {
    case 'code':
    case 'not-admitted':
      return (
        <JoinScreen
          notAdmitted={stage === 'not-admitted'}
          busy={snapshot.joining}
          refused={snapshot.refused ?? (codeWasInvalid ? 'wrong-code' : null)}
          onCode={(code) => void session.join(code)}
        />
      );
    case 'loading':
      return (
        <div className="pp-page">
          {status}
          <main id="main" className="pp-main">
            <p className="pp-loading">{t('participant.loading')}</p>
          </main>
        </div>
      );
    case 'table':
      return <TableScreen session={session} snapshot={snapshot} plenary={plenary} status={status} />;
    case 'name':
      return <NameScreen session={session} snapshot={snapshot} plenary={plenary} status={status} />;
    case 'canvas':
      return (
        <ToastProvider>
          <CanvasScreen session={session} snapshot={snapshot} plenary={plenary} status={status} />
        </ToastProvider>
      );
  }
}

import '@fontsource-variable/inter';
import '../styles/base.css';
import '../styles/components.css';
import '../styles/dialogs.css';
import './participant.css';
import './canvas.css';
import './records.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { codeFromHash } from '../../shared/room/protocol';
import { createI18n } from '../i18n/setup';
import { browserEnvironment, browserStore, takeJoinCode } from './browserEnvironment';
import { flushTextFields } from './hooks';
import { chosenLanguage } from './language';
import { ParticipantApp } from './ParticipantApp';
import { ParticipantSession } from './session';

async function start() {
  const store = browserStore();
  const { code, invalid } = takeJoinCode(codeFromHash);
  const session = new ParticipantSession(browserEnvironment(), store);
  const language = chosenLanguage(store) ?? 'nl';
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  // Typed text goes into the table's document before the page goes away or out of sight.
  window.addEventListener('pagehide', flushTextFields);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushTextFields());
  window.addEventListener('offline', () => session.networkChanged(false));
  window.addEventListener('online', () => session.networkChanged(true));
  // The QR code scanned again while this page is open only changes the fragment: no new page load.
  window.addEventListener('hashchange', () => {
    const again = takeJoinCode(codeFromHash);
    if (again.code) void session.join(again.code);
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ParticipantApp session={session} store={store} codeWasInvalid={invalid} />
      </I18nextProvider>
    </StrictMode>,
  );
  session.begin(code);
}

void start();

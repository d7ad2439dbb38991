import '@fontsource-variable/inter';
import './styles/base.css';
import './styles/components.css';
import './styles/library.css';
import './styles/plate.css';
import './styles/workspace.css';
import './styles/presentation.css';
import './styles/files.css';
import './styles/backups.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../shared/i18n';
import { App } from './app/App';
import { recoverTextDrafts } from './actions/textDrafts';
import { flushPendingText } from './components/useCommittedText';
import { StartupError } from './app/StartupError';
import { db, settingsRepository } from './data';
import { HostContext } from './host/HostContext';
import { selectHost } from './host/selectHost';
import { createI18n } from './i18n/setup';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const host = selectHost(window, __APP_VERSION__);
  let language = DEFAULT_LANGUAGE;
  try {
    await db.open();
    language = (await settingsRepository.language()) ?? DEFAULT_LANGUAGE;
    // Text typed in a window that closed or crashed before it was stored.
    await recoverTextDrafts(db);
  } catch (error) {
    const i18n = await createI18n(language);
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupError error={error} />
      </I18nextProvider>,
    );
    return;
  }
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  void settingsRepository.requestPersistenceOnce(navigator.storage);
  // Typed text reaches the database before the window goes away or out of sight.
  window.addEventListener('pagehide', flushPendingText);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushPendingText());
  root.render(
    <StrictMode>
      <HostContext.Provider value={host}>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </HostContext.Provider>
    </StrictMode>,
  );
}

void start();

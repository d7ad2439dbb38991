import '@fontsource-variable/inter';
import './styles/base.css';
import './styles/components.css';
import './styles/dialogs.css';
import './styles/library.css';
import './styles/plate.css';
import './styles/workspace.css';
import './styles/cards.css';
import './styles/panel.css';
import './styles/actionPlan.css';
import './styles/setup.css';
import './styles/compare.css';
import './styles/scores.css';
import './styles/facilitation.css';
import './styles/presentation.css';
import './styles/files.css';
import './styles/backups.css';
import './styles/storage.css';
import './styles/room.css';
import './styles/followUp.css';
import './styles/progress.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, preloadScreen } from './app/App';
import { closeStorageForNewerVersion, openStorage } from './app/openStorage';
import { flushPendingText } from './components/useCommittedText';
import { settingsRepository } from './data';
import { HostContext } from './host/HostContext';
import { selectHost } from './host/selectHost';
import { rememberedLanguage } from './i18n/languageHint';
import { createI18n, preloadCatalog } from './i18n/setup';
import { DEFAULT_LANGUAGE } from '../shared/model/vocabulary';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const host = selectHost(window, __APP_VERSION__);
  // The screen's code and the language's catalog load while the database opens, not after it.
  preloadScreen(window.location.hash);
  preloadCatalog(rememberedLanguage() ?? DEFAULT_LANGUAGE);
  // Says what is wrong when the database cannot be opened, or waits for another window.
  const language = await openStorage(root);
  if (!language) return;
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  void settingsRepository.requestPersistenceOnce(navigator.storage);
  // Typed text reaches the database before the window goes away or out of sight.
  window.addEventListener('pagehide', flushPendingText);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushPendingText());
  // Another window with a newer Actieplaat needs the database: this one lets go and says so.
  closeStorageForNewerVersion(i18n);
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

import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/model/vocabulary';
import { settleOpenEdits } from '../commands/CommandManagerContext';
import { recoverTextDrafts } from '../commands/textDrafts';
import { flushPendingText } from '../components/useCommittedText';
import { db, settingsRepository } from '../data';
import { closeForNewerVersion, NewerDatabaseError, openDatabase } from '../data/openDatabase';
import { createI18n } from '../i18n/setup';
import { rememberedLanguage, rememberLanguage } from '../i18n/languageHint';
import { StartupError } from './StartupError';
import { ClosedForNewerVersionNotice, NewerDatabaseScreen, UpgradeBlockedScreen } from './StorageScreens';

/** How long a window that must let go of the database waits for its queued edits first. */
const STORE_BEFORE_CLOSING_MS = 2000;

/**
 * Opens the local database before the app is shown, and stores text a previous window left typed.
 * While another window blocks the upgrade this version needs, `root` says so and the start goes on by
 * itself once that window lets go; a database of a newer Actieplaat, or one that cannot be opened,
 * gets a screen saying why instead of a blank window. Returns the interface language, or `undefined`
 * when the app cannot start.
 */
export async function openStorage(root: Root): Promise<Language | undefined> {
  const hint = rememberedLanguage() ?? DEFAULT_LANGUAGE;
  /** Once the opening is over, a blocked notice arriving late must not replace what comes next. */
  let settled = false;
  const show = async (screen: ReactNode, unlessSettled = false) => {
    const i18n = await createI18n(hint);
    if (unlessSettled && settled) return;
    document.documentElement.lang = hint;
    root.render(<I18nextProvider i18n={i18n}>{screen}</I18nextProvider>);
  };
  try {
    await openDatabase(db, { onBlocked: () => void show(<UpgradeBlockedScreen />, true) });
    settled = true;
    const language = (await settingsRepository.language()) ?? DEFAULT_LANGUAGE;
    rememberLanguage(language);
    // Text typed in a window that closed or crashed before it was stored.
    await recoverTextDrafts(db);
    return language;
  } catch (error) {
    settled = true;
    await show(error instanceof NewerDatabaseError ? <NewerDatabaseScreen error={error} /> : <StartupError error={error} />);
    return undefined;
  }
}

/**
 * When another window needs the database for a newer version: stores what this window has queued (for
 * a moment at most), lets go of the database, and covers the app with a notice to reload.
 */
export function closeStorageForNewerVersion(i18n: i18n): void {
  closeForNewerVersion(db, {
    beforeClose: async () => {
      flushPendingText();
      await Promise.race([settleOpenEdits(), new Promise((resolve) => setTimeout(resolve, STORE_BEFORE_CLOSING_MS))]);
    },
    onClosed: () => {
      document.getElementById('root')?.setAttribute('inert', '');
      const container = document.body.appendChild(document.createElement('div'));
      createRoot(container).render(
        <I18nextProvider i18n={i18n}>
          <ClosedForNewerVersionNotice />
        </I18nextProvider>,
      );
    },
  });
}

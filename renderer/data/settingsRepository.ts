import { isLanguage, type Language } from '../../shared/model/vocabulary';
import type { ActieplaatDatabase } from './db';

const LANGUAGE_KEY = 'language';
const PERSISTENCE_KEY = 'persistenceRequested';

/** Per-computer preferences, kept in the same database as the workshops. */
export class SettingsRepository {
  constructor(private readonly database: ActieplaatDatabase) {}

  /** The interface language the user chose, or `undefined` when they never chose. */
  async language(): Promise<Language | undefined> {
    const stored = await this.database.settings.get(LANGUAGE_KEY);
    const value = stored?.value;
    return isLanguage(value) ? value : undefined;
  }

  async setLanguage(language: Language): Promise<void> {
    await this.database.settings.put({ key: LANGUAGE_KEY, value: language });
  }

  /** Asks the browser once to keep this origin's storage even under storage pressure. */
  async requestPersistenceOnce(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<boolean | undefined> {
    if (!storage) return undefined;
    if (await this.database.settings.get(PERSISTENCE_KEY)) return storage.persisted();
    const granted = await storage.persist();
    await this.database.settings.put({ key: PERSISTENCE_KEY, value: { granted, at: new Date().toISOString() } });
    return granted;
  }
}

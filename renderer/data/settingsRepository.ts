import { isLanguage, type Language } from '../../shared/model/vocabulary';
import type { ActieplaatDatabase } from './db';

const LANGUAGE_KEY = 'language';
const PERSISTENCE_KEY = 'persistenceRequested';
const BACKUP_LOG_KEY = 'backupLog';

/** What was last backed up of a workshop: when, and the workshop's `updatedAt` the backup holds. */
export interface BackupMark {
  backedUpAt: string;
  updatedAt: string;
}
/** The last backup of each workshop on this computer, by workshop id. */
export type BackupLog = Readonly<Record<string, BackupMark>>;

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

  /** The last backup of each workshop; a stored value that is not a log reads as none. */
  async backupLog(): Promise<BackupLog> {
    return readBackupLog((await this.database.settings.get(BACKUP_LOG_KEY))?.value);
  }

  /** Adds the backups just written to the log, forgetting workshops that are no longer in `existing`. */
  async recordBackups(marks: BackupLog, existing: ReadonlySet<string>): Promise<void> {
    const { settings } = this.database;
    await this.database.transaction('rw', settings, async () => {
      const log = readBackupLog((await settings.get(BACKUP_LOG_KEY))?.value);
      const kept = Object.entries({ ...log, ...marks }).filter(([id]) => existing.has(id));
      await settings.put({ key: BACKUP_LOG_KEY, value: Object.fromEntries(kept) });
    });
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

function readBackupLog(value: unknown): BackupLog {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const marks = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, BackupMark] =>
      typeof (entry[1] as BackupMark | null)?.backedUpAt === 'string' && typeof (entry[1] as BackupMark | null)?.updatedAt === 'string',
  );
  return Object.fromEntries(marks.map(([id, { backedUpAt, updatedAt }]) => [id, { backedUpAt, updatedAt }]));
}

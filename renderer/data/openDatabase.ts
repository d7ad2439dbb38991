import type { ActieplaatDatabase } from './db';

/**
 * The database on this computer was made by a newer Actieplaat: its schema version is above every
 * version this one declares. Dexie 4 would open it anyway (and even add what it misses), so this
 * version refuses before Dexie touches it: nothing is changed.
 */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';

  constructor(
    /** The schema version on disk, as Dexie numbers versions. */
    readonly storedVersion: number,
    /** The newest schema version this app declares. */
    readonly knownVersion: number,
  ) {
    super(`The database has schema version ${storedVersion}; this Actieplaat knows versions up to ${knownVersion}.`);
  }
}

export interface OpenCallbacks {
  /** Another window holds the database at an older version, so the upgrade this one needs waits for it to close. */
  onBlocked(): void;
}

/** Dexie asks IndexedDB for ten times its own version number; a schema patch adds one, a new version ten. */
const schemaVersionOf = (nativeVersion: number) => Math.floor(nativeVersion / 10);

/**
 * Opens the app's database, refusing one made by a newer Actieplaat (`NewerDatabaseError`). Resolves
 * only once it is open: while another window blocks an upgrade, `onBlocked` says so, and the opening
 * goes on by itself when that window lets go.
 */
export async function openDatabase(database: ActieplaatDatabase, { onBlocked }: OpenCallbacks): Promise<void> {
  const known = database.verno;
  const stored = await nativeVersionOnDisk(database.name);
  if (stored !== undefined && schemaVersionOf(stored) > known) throw new NewerDatabaseError(schemaVersionOf(stored), known);
  const blocked = () => onBlocked();
  database.on('blocked', blocked);
  try {
    await database.open();
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'VersionError') throw new NewerDatabaseError(known + 1, known);
    throw error;
  } finally {
    database.on('blocked').unsubscribe(blocked);
  }
  // Where the browser cannot list its databases: Dexie opened a newer one as it is, without changing it.
  const opened = schemaVersionOf(database.backendDB().version);
  if (opened > known) {
    database.close({ disableAutoOpen: true });
    throw new NewerDatabaseError(opened, known);
  }
}

/** The version of the database on disk without opening it (opening could create or upgrade it). */
async function nativeVersionOnDisk(name: string): Promise<number | undefined> {
  if (typeof indexedDB.databases !== 'function') return undefined;
  try {
    return (await indexedDB.databases()).find((info) => info.name === name)?.version;
  } catch {
    return undefined;
  }
}

export interface VersionChangeCallbacks {
  /** Stores what this window still has to store, before the connection closes (kept short). */
  beforeClose(): Promise<void>;
  /** The connection is closed for good: this window must be reloaded to use the database again. */
  onClosed(): void;
}

/**
 * When another window asks for the database at a newer version (a newer Actieplaat) or to delete it,
 * stores what is pending, then closes this window's connection for good so that the other one can go
 * on, and says so. Dexie's own answer closes too, but reopens on the next query: into a database this
 * version does not know. Returns a function that stops listening.
 */
export function closeForNewerVersion(database: ActieplaatDatabase, { beforeClose, onClosed }: VersionChangeCallbacks): () => void {
  let closing = false;
  const listener = () => {
    if (!closing) {
      closing = true;
      void beforeClose()
        .catch((error: unknown) => console.error('Could not store everything before closing the database', error))
        .finally(() => {
          database.close({ disableAutoOpen: true });
          onClosed();
        });
    }
    // Instead of Dexie's own answer.
    return false;
  };
  database.on('versionchange', listener);
  return () => database.on('versionchange').unsubscribe(listener);
}

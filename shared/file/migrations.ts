/**
 * Format migrations of the workshop file: each step takes a file of one `formatVersion` to the next,
 * so that a file written by any earlier release opens. Add a step for every new format version; never
 * change one that has shipped. Version 1 is the first published format, so the list starts empty.
 */
export interface FormatMigration {
  from: number;
  /** What changed, for the changelog and the tests. */
  describe: string;
  /** Returns the file in version `from + 1`. Gets a parsed JSON object it may not mutate. */
  migrate(file: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export const formatMigrations: readonly FormatMigration[] = [];

export type MigrationOutcome =
  | { ok: true; file: Record<string, unknown>; steps: number[] }
  | { ok: false; reason: 'newer'; fileVersion: number; appVersion: number }
  | { ok: false; reason: 'unknown'; fileVersion: number };

/**
 * Brings a file from its own version to `appVersion` one step at a time. A file from a newer app is
 * refused (its fields could mean something this app does not know); a version with no path is refused too.
 */
export function migrateFile(
  file: Record<string, unknown>,
  fileVersion: number,
  appVersion: number,
  migrations: readonly FormatMigration[] = formatMigrations,
): MigrationOutcome {
  if (fileVersion > appVersion) return { ok: false, reason: 'newer', fileVersion, appVersion };
  const path: FormatMigration[] = [];
  for (let version = fileVersion; version < appVersion; version += 1) {
    const step = migrations.find((migration) => migration.from === version);
    if (!step) return { ok: false, reason: 'unknown', fileVersion };
    path.push(step);
  }
  const migrated = path.reduce<Record<string, unknown>>(
    (current, step) => ({ ...step.migrate(current), formatVersion: step.from + 1 }),
    file,
  );
  return { ok: true, file: migrated, steps: path.map((step) => step.from) };
}

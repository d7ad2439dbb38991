/**
 * Why a write to the local database failed, as far as the user can act on it: `quota` — the disk (or
 * the share of it the browser gives this app) is full; `write` — another fault of the storage itself
 * (an aborted or broken transaction, a closed connection, a disk error).
 */
export type StorageFault = 'quota' | 'write';

/** Faults of the storage, not of what was written: the same write can succeed on a later attempt. */
const TRANSIENT = new Set([
  'QuotaExceededError',
  'AbortError',
  'UnknownError',
  'InvalidStateError',
  'TransactionInactiveError',
  'DatabaseClosedError',
  'OpenFailedError',
  'PrematureCommitError',
  'TimeoutError',
  'NotReadableError',
]);

/**
 * Faults in what was written (a bad key, a value that cannot be cloned, a missing table, a record the model
 * refuses: `InvalidRecordError`): every attempt fails alike.
 */
const PERMANENT = new Set([
  'InvalidRecordError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'NotFoundError',
  'ReadOnlyError',
  'InvalidAccessError',
  'SchemaError',
  'InvalidTableError',
  'InvalidArgumentError',
  'TypeError',
  'RangeError',
  'SyntaxError',
]);

/**
 * The storage fault behind an error from a write, or `undefined` when the error is not one (a mistake in
 * the edit itself, which no retry can store). Dexie wraps the browser's error (`AbortError` with the
 * `QuotaExceededError` that aborted the transaction as `inner`); every error along that chain counts.
 */
export function storageFaultOf(error: unknown): StorageFault | undefined {
  const chain = errorChain(error);
  if (chain.some(({ name, message }) => name === 'QuotaExceededError' || /quota/i.test(message))) return 'quota';
  if (chain.some(({ name }) => PERMANENT.has(name))) return undefined;
  return chain.some(({ name }) => TRANSIENT.has(name)) ? 'write' : undefined;
}

interface NamedError {
  name: string;
  message: string;
}

/** The error and the errors it wraps (`inner`, `cause`, a bulk write's `failures`), a few levels deep. */
function errorChain(error: unknown, depth = 0): NamedError[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const { name, message, inner, cause, failures } = error as Partial<NamedError> & { inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof name === 'string' ? [{ name, message: typeof message === 'string' ? message : '' }] : [];
  const wrapped = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
  return [...own, ...wrapped.flatMap((candidate) => errorChain(candidate, depth + 1))];
}

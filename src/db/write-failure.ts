/**
 * Why a write failed, in the few kinds a user can act on. IndexedDB and Dexie report failures as
 * exceptions with a `name`, often wrapped (`AbortError` or `OpenFailedError` with an `inner`): this
 * reads the whole chain and says which kind it is, so screens can say what to do instead of nothing.
 */

export type WriteFailureKind =
  /** The browser's storage for this site is full (QuotaExceededError). */
  | 'quota'
  /** A record broke a rule of the database: a duplicate key, a value it cannot store. */
  | 'constraint'
  /** The stored database is newer than this app (another tab runs a newer version), or is being upgraded. */
  | 'version'
  /** IndexedDB cannot be used here (private mode, blocked, closed by the browser). */
  | 'unavailable'
  /**
   * A rule checked inside the transaction refused the write (src/db/transact.ts guards): another tab or
   * device got there first. `refusal` says which rule, for the screen to name it.
   */
  | 'refused'
  | 'unknown';

export interface WriteFailure {
  readonly kind: WriteFailureKind;
  /** The browser's own words, for a log or a bug report; never the only thing shown. */
  readonly detail: string;
  /** For `refused`: the rule's own account (e.g. an AllocationRefusal), plain data. */
  readonly refusal?: unknown;
}

/** Thrown inside a transaction to refuse the write and roll it back; becomes a `refused` failure. */
export class WriteRefusedError extends Error {
  constructor(readonly refusal: unknown) {
    super(`write refused: ${JSON.stringify(refusal)}`);
    this.name = 'WriteRefusedError';
  }
}

const KIND_BY_NAME: Readonly<Record<string, WriteFailureKind>> = {
  QuotaExceededError: 'quota',
  ConstraintError: 'constraint',
  DataError: 'constraint',
  DataCloneError: 'constraint',
  VersionError: 'version',
  UpgradeError: 'version',
  VersionChangeError: 'version',
  DatabaseClosedError: 'unavailable',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  NotFoundError: 'unavailable',
  OpenFailedError: 'unavailable',
  SecurityError: 'unavailable',
  InvalidAccessError: 'unavailable',
};

/** The names along an error's chain, outermost first (Dexie's `inner`, the standard `cause`). */
function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

/** Classifies a thrown write error; the innermost specific cause wins over generic wrappers. */
export function writeFailureOf(error: unknown): WriteFailure {
  if (error instanceof WriteRefusedError) return { kind: 'refused', detail: error.message, refusal: error.refusal };
  const names = namesOf(error);
  const specific = [...names].reverse().map((name) => KIND_BY_NAME[name]).find((kind) => kind && kind !== 'unavailable');
  const kind = specific ?? names.map((name) => KIND_BY_NAME[name]).find(Boolean) ?? 'unknown';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind, detail };
}

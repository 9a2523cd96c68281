/**
 * The browser's storage for this site: ask for persistent storage (so the browser does not evict the
 * register when the disk fills), and read how much is used of the quota. Both may be missing (old
 * browsers, private windows): then the state says "unknown", never an error.
 */

export interface StorageState {
  /** True: the browser keeps this site's data until the user removes it; null: cannot tell. */
  readonly persisted: boolean | null;
  readonly usageBytes: number | null;
  readonly quotaBytes: number | null;
}

/** Used share of the quota from which the app warns. */
export const NEARLY_FULL_SHARE = 0.9;

const manager = (): StorageManager | null => (typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null);

export async function readStorageState(): Promise<StorageState> {
  const storage = manager();
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  const persisted = typeof storage.persisted === 'function' ? await storage.persisted().catch(() => null) : null;
  const estimate = typeof storage.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Asks for persistent storage; the browser may grant it at once, ask the user, or refuse. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = manager();
  if (!storage || typeof storage.persist !== 'function') return null;
  return storage.persist().catch(() => null);
}

export const isNearlyFull = (state: StorageState): boolean =>
  state.usageBytes !== null && state.quotaBytes !== null && state.quotaBytes > 0 && state.usageBytes / state.quotaBytes >= NEARLY_FULL_SHARE;

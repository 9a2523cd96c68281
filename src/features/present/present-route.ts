/**
 * The household view's address: `#/present/<code>` shows one plot; `#/present/<code>?entry=<id>` shows
 * it as one of a register entry's candidate plots, with next and previous among them.
 */

/** The entry id of the current address, or null. */
export function entryOfHash(hash: string): string | null {
  const query = hash.split('?')[1];
  if (!query) return null;
  const entry = new URLSearchParams(query).get('entry');
  return entry && entry.trim() !== '' ? entry : null;
}

export function presentHref(code: string, entryId: string | null = null): string {
  return `#/present/${encodeURIComponent(code)}${entryId ? `?entry=${encodeURIComponent(entryId)}` : ''}`;
}

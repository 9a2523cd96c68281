/**
 * Duplicates in the register: two entries are the same household or enterprise when they have the same
 * name and phone (compared folded, phone by its digits), or the same national ID / tax code. An import
 * flags them, inside the file and against the register, for the user to merge or skip: never doubled.
 */
import { foldText, phoneDigits } from './fold-text';

export interface DuplicateKeyFields {
  readonly name: string;
  readonly phone: string | null;
  readonly idNumber: string | null;
}

/** The keys an entry is known by: `np:<name>|<phone digits>` when it has a phone, `id:<id>` when it has an ID. */
export function duplicateKeys(entry: DuplicateKeyFields): string[] {
  const keys: string[] = [];
  const digits = phoneDigits(entry.phone);
  const name = foldText(entry.name);
  if (name && digits) keys.push(`np:${name}|${digits}`);
  const id = (entry.idNumber ?? '').replace(/[\s.-]/g, '').toUpperCase();
  if (id) keys.push(`id:${id}`);
  return keys;
}

export type DuplicateOf =
  | { readonly kind: 'register'; readonly entryId: string; readonly by: 'name-phone' | 'id' }
  | { readonly kind: 'file'; readonly index: number; readonly by: 'name-phone' | 'id' };

const byOf = (key: string): 'name-phone' | 'id' => (key.startsWith('id:') ? 'id' : 'name-phone');

/**
 * For each incoming entry, what it duplicates: an entry of the register first, else an earlier entry of
 * the same file; null when it is new.
 */
export function findDuplicates(
  incoming: readonly DuplicateKeyFields[],
  register: readonly (DuplicateKeyFields & { readonly id: string })[],
): (DuplicateOf | null)[] {
  const known = new Map<string, string>();
  for (const entry of register) for (const key of duplicateKeys(entry)) if (!known.has(key)) known.set(key, entry.id);
  const seen = new Map<string, number>();
  return incoming.map((entry, index) => {
    const keys = duplicateKeys(entry);
    let found: DuplicateOf | null = null;
    for (const key of keys) {
      const entryId = known.get(key);
      if (entryId !== undefined) { found = { kind: 'register', entryId, by: byOf(key) }; break; }
    }
    if (!found) {
      for (const key of keys) {
        const first = seen.get(key);
        if (first !== undefined) { found = { kind: 'file', index: first, by: byOf(key) }; break; }
      }
    }
    for (const key of keys) if (!seen.has(key)) seen.set(key, index);
    return found;
  });
}

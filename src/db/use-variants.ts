/**
 * React hooks over the stored variants (live: they update when any tab writes). `undefined` while the
 * first read is under way.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from './database';
import { forgetPrimedVariants, primedVariants, primedVariantsRead } from './prime-variants';
import { readApprovedVariant, readVariants, type Variant } from './variants';

/** The approved variant (see readApprovedVariant): what the register, household view and field mode use. */
export const useApprovedVariant = (): Variant | undefined => useLiveQuery(() => readApprovedVariant(database()), []);

/**
 * Every live variant, oldest first. Until the live query's first answer, the read primed before the
 * first render (prime-variants.ts), when one was started.
 */
export function useVariants(): Variant[] | undefined {
  const live = useLiveQuery(() => readVariants(database()), []);
  const [primed, setPrimed] = useState(primedVariants);
  useEffect(() => {
    if (live) {
      forgetPrimedVariants();
      return;
    }
    const read = primed ? null : primedVariantsRead();
    if (!read) return;
    let mounted = true;
    void read.then((variants) => { if (mounted && variants) setPrimed(variants); });
    return () => { mounted = false; };
  }, [live, primed]);
  return live ?? primed;
}

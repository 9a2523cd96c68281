/**
 * React hooks over the stored variants (live: they update when any tab writes). `undefined` while the
 * first read is under way.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './database';
import { readApprovedVariant, readVariants, type Variant } from './variants';

/** The approved variant (see readApprovedVariant): what the register, household view and field mode use. */
export const useApprovedVariant = (): Variant | undefined => useLiveQuery(() => readApprovedVariant(database()), []);

/** Every live variant, oldest first. */
export const useVariants = (): Variant[] | undefined => useLiveQuery(() => readVariants(database()), []);

/**
 * The register's entries as #/registry read them once (useRegister), for the allocation side and the
 * dashboard beside the list: after a 10,000-entry import the page reads every entry once, not once per
 * part. `null` outside a provider: a part used elsewhere reads them itself.
 */
import { createContext } from 'react';
import type { RegisterEntry } from '../../domain/register';

/** `undefined` while the read is under way; `null` when no screen above provides the entries. */
export const RegisterEntriesContext = createContext<readonly RegisterEntry[] | undefined | null>(null);

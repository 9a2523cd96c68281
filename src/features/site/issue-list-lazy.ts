/**
 * IssueList on demand. Put it inside the same <Suspense> as the block that titles it, so that the block
 * appears whole, in words, never with the list missing or with raw message keys.
 */
import { lazy } from 'react';

export const IssueList = lazy(() => import('./IssueList'));

/** What undo and redo would do now, live (any tab's change updates it): for the undo and redo buttons. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ChangeLabel } from './change';
import { database } from './database';
import { historyState } from './transact';

export const useHistoryState = (): { undo: ChangeLabel | null; redo: ChangeLabel | null } | undefined =>
  useLiveQuery(() => historyState(database()), []);

/** The register screen's view: search, filters and order, the selected entry, the open tab. Not stored. */
import { create } from 'zustand';
import { DEFAULT_QUERY, type ListQuery } from '../domain/register/list-query';

interface RegistryViewState {
  query: ListQuery;
  selectedEntryId: string | null;
  tab: 'list' | 'dashboard';
  setQuery: (change: Partial<ListQuery>) => void;
  select: (entryId: string | null) => void;
  setTab: (tab: 'list' | 'dashboard') => void;
}

export const useRegistryView = create<RegistryViewState>((set) => ({
  query: DEFAULT_QUERY,
  selectedEntryId: null,
  tab: 'list',
  setQuery: (change) => set((state) => ({ query: { ...state.query, ...change } })),
  select: (selectedEntryId) => set({ selectedEntryId }),
  setTab: (tab) => set({ tab }),
}));

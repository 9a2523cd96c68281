/** What the user has picked on the map or in a list. Ephemeral: not stored. */
import { create } from 'zustand';

interface SelectionState {
  /** Bumped to ask the map to fly to the selected parcel (search result chosen, not a map tap). */
  focusRequest: number;
  requestFocus: () => void;
}

export const useSelectionStore = create<SelectionState>((set) => ({
  focusRequest: 0,
  requestFocus: () => set((s) => ({ focusRequest: s.focusRequest + 1 })),
}));

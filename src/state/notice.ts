/**
 * The one notice at the foot of the screen: what just happened, and a way to undo it. A new notice
 * replaces the old one (its undo is gone with it); notices fade after a while unless they can undo.
 */
import { create } from 'zustand';

export interface Notice {
  readonly id: number;
  readonly text: string;
  /** Restores what the change replaced; absent for changes that cannot be undone. */
  readonly undo?: () => Promise<void>;
}

interface NoticeState {
  notice: Notice | null;
  show: (text: string, undo?: () => Promise<void>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>((set) => ({
  notice: null,
  show: (text, undo) => set({ notice: { id: nextId++, text, ...(undo ? { undo } : {}) } }),
  dismiss: (id) => set((s) => (s.notice?.id === id ? { notice: null } : s)),
}));

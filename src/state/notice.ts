/**
 * The one notice at the foot of the screen: what just happened, and a way to undo it. A new notice
 * replaces the old one (its undo is gone with it); notices fade after a while unless they can undo.
 * An error notice (a write that failed, data that could not be read) is announced as an alert.
 */
import { create } from 'zustand';

export type NoticeTone = 'info' | 'error';

export interface Notice {
  readonly id: number;
  readonly text: string;
  /** Restores what the change replaced; absent for changes that cannot be undone. Never throws. */
  readonly undo?: () => Promise<void>;
  readonly tone: NoticeTone;
}

interface NoticeState {
  notice: Notice | null;
  show: (text: string, undo?: () => Promise<void>, options?: { tone?: NoticeTone }) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>((set) => ({
  notice: null,
  show: (text, undo, options = {}) => set({ notice: { id: nextId++, text, tone: options.tone ?? 'info', ...(undo ? { undo } : {}) } }),
  dismiss: (id) => set((s) => (s.notice?.id === id ? { notice: null } : s)),
}));

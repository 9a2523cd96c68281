/**
 * The allocation guard's question (issue 8): which allocations a change would move or remove, waiting
 * for the planner's answer. One question at a time; a newer one answers the older "keep".
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { database } from '../db/database';
import { readEntryNames, readVariantAllocations, type Allocation } from '../db/plan-edits';
import type { AffectedAllocation } from '../domain/plan-edits/allocation-guard';

export interface GuardQuestion {
  readonly cause: 'edit' | 'regenerate';
  /** Each affected allocation with its holder's name (null: not in the register). */
  readonly rows: readonly { readonly allocationId: string; readonly entryId: string; readonly entryName: string | null; readonly codes: readonly string[] }[];
  readonly answer: (apply: boolean) => void;
}

export const guardStore = createStore<{ question: GuardQuestion | null }>(() => ({ question: null }));
export const useGuardQuestion = (): GuardQuestion | null => useStore(guardStore, (s) => s.question);

/** Asks; resolves true when the planner applies the change anyway. */
export async function askAllocationGuard(affected: readonly AffectedAllocation[], cause: 'edit' | 'regenerate'): Promise<boolean> {
  const names = await readEntryNames(database(), affected.map((a) => a.entryId));
  guardStore.getState().question?.answer(false);
  return new Promise<boolean>((resolve) => {
    const answer = (apply: boolean) => {
      if (guardStore.getState().question?.answer === answer) guardStore.setState({ question: null });
      resolve(apply);
    };
    guardStore.setState({ question: { cause, rows: affected.map((a) => ({ ...a, entryName: names.get(a.entryId) ?? null })), answer } });
  });
}

/** The open variant's allocations, for the guard and a rename. */
export const variantAllocations = (variantId: string): Promise<Allocation[]> => readVariantAllocations(database(), variantId);

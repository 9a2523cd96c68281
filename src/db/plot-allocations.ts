/**
 * Small readers of the register and allocations (schema v6) for the household view and the plot
 * sheets: who a plot is allocated or offered to, and the plots to show one entry. Read only; the
 * register's commands are the only writers of these tables. Tombstones are skipped by the rules of
 * src/domain/plot-sheet/plot-allocation.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { candidatePlotCodes, plotHolder, type PlotHolder } from '../domain/plot-sheet/plot-allocation';
import { database, type PhanloDatabase } from './database';
import type { AllocationRow, RegisterEntryRow } from './register-rows';

/** The live allocation of a plot in a variant, with its entry, or null. */
export async function readPlotHolder(db: PhanloDatabase, variantId: string, code: string): Promise<PlotHolder | null> {
  const allocations = await db.allocations.where('plotKeys').equals(`${variantId}|${code}`).toArray();
  const entryIds = [...new Set(allocations.map((a) => a.entryId))];
  const entries = (await db.registerEntries.bulkGet(entryIds)).filter((e): e is RegisterEntryRow => e !== undefined);
  return plotHolder(allocations, entries, variantId, code);
}

/** The holder of every plot of a variant that has one, by plot code (for a set of sheets). */
export async function readPlotHolders(db: PhanloDatabase, variantId: string): Promise<Map<string, PlotHolder>> {
  const allocations = await db.allocations.where('variantId').equals(variantId).toArray();
  const entries = (await db.registerEntries.bulkGet([...new Set(allocations.map((a) => a.entryId))]))
    .filter((e): e is RegisterEntryRow => e !== undefined);
  const holders = new Map<string, PlotHolder>();
  for (const code of new Set(allocations.flatMap((a) => a.plotCodes))) {
    const holder = plotHolder(allocations, entries, variantId, code);
    if (holder) holders.set(code, holder);
  }
  return holders;
}

export interface EntryCandidates {
  readonly entry: RegisterEntryRow;
  /** Its allocated or offered plots, then its wishes, each once. */
  readonly codes: readonly string[];
}

/** One entry's candidate plots in a variant, or null when there is no such live entry. */
export async function readEntryCandidates(db: PhanloDatabase, entryId: string, variantId: string): Promise<EntryCandidates | null> {
  const entry = await db.registerEntries.get(entryId);
  if (!entry || entry.deleted) return null;
  const allocations: AllocationRow[] = await db.allocations.where('entryId').equals(entryId).toArray();
  return { entry, codes: candidatePlotCodes(allocations, entry, variantId) };
}

/** Live: the holder of a plot (undefined while read). */
export const usePlotHolder = (variantId: string | null, code: string): PlotHolder | null | undefined =>
  useLiveQuery(() => (variantId ? readPlotHolder(database(), variantId, code) : null), [variantId, code]);

/** Live: an entry's candidate plots (undefined while read; null without an entry id or entry). */
export const useEntryCandidates = (entryId: string | null, variantId: string | null): EntryCandidates | null | undefined =>
  useLiveQuery(() => (entryId && variantId ? readEntryCandidates(database(), entryId, variantId) : null), [entryId, variantId]);

/** Live: trades of the entries holding plots in a variant, by plot code (for "neighbours' trades"). */
export const usePlotTrades = (variantId: string | null): ReadonlyMap<string, string> | undefined =>
  useLiveQuery(async () => {
    const trades = new Map<string, string>();
    if (!variantId) return trades;
    for (const [code, holder] of await readPlotHolders(database(), variantId)) {
      if (holder.entry?.trade) trades.set(code, holder.entry.trade);
    }
    return trades;
  }, [variantId]);

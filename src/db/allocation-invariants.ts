/**
 * The allocation rules checked on what a write leaves behind, inside the same transaction, for every
 * write that puts allocations: a command's, an undo's and a redo's. A command's guard refuses first with
 * the precise reason; this is the backstop that keeps an undo from bringing back an offer on a plot that
 * another tab has offered since (or an entry's second accepted plot).
 */
// The two small files, not the folder's index: transact is on the first load, the solver is not.
import type { AllocationRefusal } from '../domain/allocation/rules';
import { isAcceptedOrLater, isLive } from '../domain/allocation/status';
import type { Change } from './change';
import type { PhanloDatabase } from './database';

/** Reads the stored allocations around the ones `change` put; the first rule broken, or null. */
export async function allocationInvariantBroken(db: PhanloDatabase, change: Change): Promise<AllocationRefusal | null> {
  const written = (change.puts?.allocations ?? []).filter((row) => isLive(row.status));
  for (const row of written) {
    if (row.plotKeys.length) {
      const onPlots = await db.allocations.where('plotKeys').anyOf(row.plotKeys).distinct().toArray();
      const other = onPlots.find((o) => o.id !== row.id && !o.deleted && isLive(o.status));
      if (other) {
        const plotCode = other.plotCodes.find((code) => row.plotCodes.includes(code)) ?? row.plotCodes[0];
        return other.entryId === row.entryId
          ? { code: 'already-offered', plotCode }
          : { code: 'plot-taken', plotCode, entryId: other.entryId, status: other.status };
      }
    }
    if (isAcceptedOrLater(row.status)) {
      const mine = await db.allocations.where('entryId').equals(row.entryId).toArray();
      const held = mine.find((o) => o.id !== row.id && !o.deleted && isAcceptedOrLater(o.status));
      if (held) return { code: 'entry-holds-plot', plotCodes: held.plotCodes };
    }
  }
  return null;
}

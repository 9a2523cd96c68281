/**
 * Hand edits of a variant's layout as stored edits (issue 8): the layout a pure command of
 * src/geo/layout-edits made, put as the variant's new layout in ONE change (one transaction, one
 * history entry), so undo and redo give the state back exactly and survive a reload. A renamed plot's
 * allocations are rewritten in the same change, so they keep naming it.
 */
import type { LayoutResult } from '../geo/layout';
import type { ChangeLabel, Edit, Payload } from './change';
import type { PhanloDatabase } from './database';
import type { AllocationRow } from './register-rows';
import { variantOf, type Variant } from './variants';

export type Allocation = Payload<AllocationRow>;

/** The plot key of the allocations index: `${variantId}|${code}`. */
export const plotKeyOf = (variantId: string, code: string): string => `${variantId}|${code}`;

/** The variant with its hand-edited layout (parameters unchanged), as one history entry. */
export function handEditEdit(variant: Variant, layout: LayoutResult, label: ChangeLabel): Edit {
  const row: Variant = { ...variantOf(variant), layout: structuredClone(layout) };
  return { change: { puts: { variants: [row] } }, label };
}

/**
 * A renamed plot: the variant's layout with the new code, its lock kept under the new code, and every
 * allocation of this variant that names the old code rewritten (plotCodes and plotKeys), in one change.
 */
export function renamePlotEdit(
  variant: Variant, layout: LayoutResult, renamed: Readonly<Record<string, string>>, allocations: readonly Allocation[], label: ChangeLabel,
): Edit {
  const rename = (code: string) => renamed[code] ?? code;
  const row: Variant = {
    ...variantOf(variant), layout: structuredClone(layout),
    ...(variant.lockedPlotCodes ? { lockedPlotCodes: variant.lockedPlotCodes.map(rename) } : {}),
  };
  const rewritten = allocations
    .filter((a) => a.variantId === variant.id && a.plotCodes.some((code) => code in renamed))
    .map((a) => {
      const plotCodes = a.plotCodes.map(rename);
      return { ...structuredClone(a), plotCodes, plotKeys: plotCodes.map((code) => plotKeyOf(variant.id, code)) };
    });
  return { change: { puts: { variants: [row], ...(rewritten.length ? { allocations: rewritten } : {}) } }, label };
}

/** Locks or unlocks plots: a regeneration keeps locked plots exactly (the engine's `locked`). */
export function lockPlotsEdit(variant: Variant, codes: readonly string[], locked: boolean): Edit {
  const before = variant.lockedPlotCodes ?? [];
  const lockedPlotCodes = locked ? [...before, ...codes.filter((code) => !before.includes(code))] : before.filter((code) => !codes.includes(code));
  return {
    change: { puts: { variants: [{ ...variantOf(variant), lockedPlotCodes }] } },
    label: { key: locked ? 'planEdit.label.locked' : 'planEdit.label.unlocked', params: { codes: codes.join(', ') } },
  };
}

/** The live allocations of a variant (tombstones left out), withdrawn ones included. */
export async function readVariantAllocations(db: PhanloDatabase, variantId: string): Promise<Allocation[]> {
  const rows = await db.allocations.where('variantId').equals(variantId).toArray();
  return rows.filter((row) => !row.deleted).map(({ version: _v, updatedAt: _u, deleted: _d, ...payload }) => payload);
}

/** The names of register entries (an allocation's holder), by id; an entry not found is left out. */
export async function readEntryNames(db: PhanloDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.registerEntries.bulkGet([...ids]);
  return new Map(rows.flatMap((row) => (row && !row.deleted ? [[row.id, row.name] as const] : [])));
}

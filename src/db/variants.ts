/**
 * The planner's variants (phương án): commands as pure functions returning an `Edit` (applied by
 * `transact`, so each is one IndexedDB transaction and one undoable history entry), and the reads.
 *
 * Invariant: exactly one live variant is approved. Approving one un-approves the others in the same
 * change; deleting the approved one passes the approval to the oldest one left (the demo, as a fresh
 * profile has it), in the same change; the last variant cannot be deleted.
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutParameters, LayoutResult } from '../geo/layout';
import type { ChangeLabel, Edit, Payload } from './change';
import type { PhanloDatabase, RecordEnvelope } from './database';
import { restored } from './restore';
import { restoreVariants } from './restore-variants';
import { transact, type TransactResult } from './transact';
import { DEMO_VARIANT_ID, demoVariantRow, type LaidOutLayout, type VariantRow } from './variant-row';

export { DEMO_VARIANT_ID, type LaidOutLayout, type VariantRow } from './variant-row';

/** A variant as commands see it: the stored row without its envelope. */
export type Variant = Payload<VariantRow>;

/** A row without version, updatedAt and deleted, deep-copied so that an edit never shares the caller's objects. */
export function variantOf(row: VariantRow | Variant): Variant {
  const { version: _v, updatedAt: _u, deleted: _d, ...payload } = row as VariantRow & RecordEnvelope;
  return structuredClone(payload);
}

/** A new variant from a zone, its parameters and (when there is one) the layout made with them. */
export function createVariantEdit(input: {
  id: string; name: string; site: ZoneSite | null; parameters: LayoutParameters; layout: LayoutResult | null; createdAt: string;
}): Edit {
  const row: Variant = structuredClone({ ...input, approved: false });
  return { change: { puts: { variants: [row] } }, label: { key: 'plan.variant.created', params: { name: input.name } } };
}

/** A copy of `source` under a new id and name, not approved (the approval stays where it is). */
export function duplicateVariantEdit(source: Variant, input: { id: string; name: string; createdAt: string }): Edit {
  const row: Variant = { ...variantOf(source), ...input, approved: false };
  return { change: { puts: { variants: [row] } }, label: { key: 'plan.variant.created', params: { name: input.name } } };
}

/** The same variant under another name (trimmed; an empty name is refused: null). */
export function renameVariantEdit(variant: Variant, name: string): Edit | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  return { change: { puts: { variants: [{ ...variantOf(variant), name: trimmed }] } }, label: { key: 'plan.variant.renamed', params: { name: trimmed } } };
}

export type VariantRefusal = 'last' | 'missing';

/**
 * Deletes a variant (a tombstone); the approval of a deleted approved variant goes to the oldest one
 * left (`variants` oldest first, as readVariants gives them). Refused for the last variant.
 */
export function deleteVariantEdit(variants: readonly Variant[], id: string): Edit | { refused: VariantRefusal } {
  const variant = variants.find((v) => v.id === id);
  if (!variant) return { refused: 'missing' };
  if (variants.length <= 1) return { refused: 'last' };
  const heir = variant.approved ? variants.find((v) => v.id !== id) : undefined;
  return {
    change: { deletes: { variants: [id] }, ...(heir ? { puts: { variants: [{ ...variantOf(heir), approved: true }] } } : {}) },
    label: { key: 'plan.variant.deleted', params: { name: variant.name ?? '' } },
  };
}

/** Marks one variant approved and every other one not, in one change. */
export function approveVariantEdit(variants: readonly Variant[], id: string): Edit | { refused: VariantRefusal } {
  const variant = variants.find((v) => v.id === id);
  if (!variant) return { refused: 'missing' };
  const puts = variants
    .filter((v) => (v.id === id) !== v.approved)
    .map((v) => ({ ...variantOf(v), approved: v.id === id }));
  return { change: { puts: { variants: puts } }, label: { key: 'plan.variant.approved', params: { name: variant.name ?? '' } } };
}

/**
 * Approves a variant reading the variants INSIDE the write's transaction (transact's guard), so two
 * tabs approving different variants at once cannot each un-approve only what they last saw: IndexedDB
 * runs the two transactions one after the other, the second reads the first's rows and wins cleanly
 * (the first is un-approved in its change). A variant deleted meanwhile is refused: `{ refused: 'missing' }`.
 */
export function approveVariant(db: PhanloDatabase, id: string, label: ChangeLabel): Promise<TransactResult> {
  return transact(db, {}, {
    label,
    scope: ['variants'],
    guard: async () => {
      const edit = approveVariantEdit(await readVariants(db), id);
      return 'refused' in edit ? { refuse: edit.refused } : { change: edit.change };
    },
  });
}

/**
 * A settled planner edit: the variant's parameters, the fields the planner set (`given`; kept as they
 * were when left out) and the layout they gave, as one history entry.
 */
export function updateVariantLayoutEdit(
  variant: Variant, parameters: LayoutParameters, layout: LayoutResult | null, given?: readonly (keyof LayoutParameters)[],
): Edit {
  // A kept layout (laidOut) is for a variant without one of its own: it goes with the edit.
  const { laidOut: _laidOut, ...kept } = variantOf(variant);
  const row: Variant = {
    ...kept, parameters: structuredClone(parameters), layout: layout && structuredClone(layout),
    ...(given ? { givenParameters: [...given] } : {}),
  };
  return { change: { puts: { variants: [row] } }, label: { key: 'plan.variant.updated', params: { name: variant.name ?? '' } } };
}

/**
 * Keeps the layout the engine last gave a variant stored without one (VariantRow.laidOut). Derived data,
 * not an edit: outside the history, the row's version and updatedAt left as they were (there is nothing
 * for a sync to carry: any device lays the variant out again). The row is read inside the write, so a
 * row changed meanwhile (a layout of its own stored, deleted) is left alone and no older row comes back.
 */
export async function storeVariantLaidOut(db: PhanloDatabase, id: string, laidOut: LaidOutLayout): Promise<void> {
  await db.transaction('rw', db.variants, async () => {
    const row = await db.variants.get(id);
    if (!row || row.deleted || row.layout !== null) return;
    await db.variants.put({ ...row, laidOut: structuredClone(laidOut) });
  });
}

/**
 * The live variants, oldest first, through the restore step (damaged ones are left out and reported).
 * Never empty: with none stored (a database emptied by hand) the demo variant stands in.
 */
export async function readVariants(db: PhanloDatabase): Promise<Variant[]> {
  const rows = (await db.variants.toArray()).filter((row) => !row.deleted);
  const variants = restored(restoreVariants(rows)).map(variantOf);
  if (variants.length === 0) return [demoVariantRow(new Date(0).toISOString())];
  return variants.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * THE approved variant (phương án được duyệt) that the register, the household view and field mode use.
 * A fresh profile's is the demo variant (`id` DEMO_VARIANT_ID, `site` null = the demo zone, `layout`
 * null = lay it out with `parameters`, the defaults: the plots and codes `phanlo layout` gives).
 */
export async function readApprovedVariant(db: PhanloDatabase): Promise<Variant> {
  const variants = await readVariants(db);
  return variants.find((v) => v.approved) ?? variants.find((v) => v.id === DEMO_VARIANT_ID) ?? variants[0];
}

/**
 * Which stored variant (phương án) the planner has open, and the variant commands as screens call them:
 * through `commitEdit`, so each is one transaction, one entry of the persisted history (Ctrl+Z, Hoàn tác)
 * and a notice saying what was done or why nothing was saved.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Edit } from '../db/change';
import { database } from '../db/database';
import {
  approveVariant as approveVariantWrite, createVariantEdit, deleteVariantEdit, duplicateVariantEdit, readVariants, renameVariantEdit,
  updateVariantLayoutEdit, type Variant,
} from '../db/variants';
import type { ZoneSite } from '../domain/site';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutParameters, type LayoutResult } from '../geo/layout';
import type { Translate } from '../i18n/translate';
import { commitEdit, reportWrite, type CommitResult } from './commit';
import { useNoticeStore } from './notice';

const STORAGE_KEY = 'phanlo.plan.currentVariant';

/** The open variant's id, kept per browser (a view choice, not data: outside the history). Null: the approved one. */
function storedCurrentId(): string | null {
  try { return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null; } catch { return null; }
}

interface CurrentVariantState { readonly id: string | null }
export const currentVariantStore = createStore<CurrentVariantState>(() => ({ id: storedCurrentId() }));
export const useCurrentVariantId = (): string | null => useStore(currentVariantStore, (s) => s.id);

export function openVariantById(id: string | null): void {
  currentVariantStore.setState({ id });
  try {
    if (id) globalThis.localStorage?.setItem(STORAGE_KEY, id);
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch { /* private mode: the choice lasts the session */ }
}

/** The open variant among the live ones: the chosen one, else the approved one. */
export const currentVariantOf = (variants: readonly Variant[], id: string | null): Variant =>
  variants.find((v) => v.id === id) ?? variants.find((v) => v.approved) ?? variants[0];

/** The name a variant shows: its own, or the demo's in the reader's language. */
export const variantName = (variant: Pick<Variant, 'name'>, t: Translate): string => variant.name ?? t('plan.variant.demoName');

const newId = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `v-${Date.now()}-${Math.random().toString(16).slice(2)}`);

/** The label says the variant's shown name (the demo's is the reader's language, not stored). */
const named = (edit: Edit, name: string): Edit => ({ ...edit, label: { ...edit.label, params: { ...edit.label.params, name } } });

const refuse = (reason: string, t: Translate): CommitResult => {
  const message = t(`plan.variant.refused.${reason}`);
  useNoticeStore.getState().show(message, undefined, { tone: 'error' });
  return { saved: false, message };
};

/** A copy of `source`, opened. */
export async function duplicateVariant(source: Variant, t: Translate): Promise<CommitResult> {
  const id = newId();
  const name = t('plan.variant.copyName', { name: variantName(source, t) });
  const result = await commitEdit(duplicateVariantEdit(source, { id, name, createdAt: new Date().toISOString() }), t);
  if (result.saved) openVariantById(id);
  return result;
}

/**
 * An imported zone opens as a NEW variant with the default parameters (the current one stays as it was);
 * the workspace lays it out and stores the layout. For src/features/plan/open-imported-zone.ts.
 */
export async function createVariantFromImport(site: ZoneSite, name: string, t: Translate, parameters: LayoutParameters = DEFAULT_LAYOUT_PARAMETERS): Promise<CommitResult> {
  const id = newId();
  const shown = t('plan.variant.importName', { name });
  const result = await commitEdit(createVariantEdit({ id, name: shown, site, parameters, layout: null, createdAt: new Date().toISOString() }), t);
  if (result.saved) openVariantById(id);
  return result;
}

export async function renameVariant(variant: Variant, name: string, t: Translate): Promise<CommitResult> {
  const edit = renameVariantEdit(variant, name);
  return edit ? commitEdit(edit, t) : { saved: false, message: '' };
}

export async function deleteVariant(id: string, t: Translate): Promise<CommitResult> {
  const variants = await readVariants(database());
  const edit = deleteVariantEdit(variants, id);
  if ('refused' in edit) return refuse(edit.refused, t);
  const result = await commitEdit(named(edit, variantName(variants.find((v) => v.id === id)!, t)), t);
  if (result.saved && currentVariantStore.getState().id === id) openVariantById(null);
  return result;
}

/**
 * Marks a variant approved, deciding on the rows read inside the write (another tab may have approved
 * or deleted one meanwhile): the newest approval wins; a variant gone meanwhile is refused in words.
 */
export async function approveVariant(id: string, t: Translate): Promise<CommitResult> {
  const variant = (await readVariants(database())).find((v) => v.id === id);
  if (!variant) return refuse('missing', t);
  const label = { key: 'plan.variant.approved', params: { name: variantName(variant, t) } };
  const result = await approveVariantWrite(database(), id, label);
  return reportWrite(result, label, t, (refusal) => t(`plan.variant.refused.${String(refusal)}`));
}

/** A settled planner edit: one history entry with the parameters and the layout they gave. */
export function storeVariantLayout(
  variant: Variant, parameters: LayoutParameters, layout: LayoutResult, given: readonly (keyof LayoutParameters)[], t: Translate,
): Promise<CommitResult> {
  return commitEdit(named(updateVariantLayoutEdit(variant, parameters, layout, given), variantName(variant, t)), t);
}

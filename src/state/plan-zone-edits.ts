/**
 * The planner's changes to a variant's zone, as screens call them (through commitEdit: one
 * transaction, one undoable history entry, a notice): an edge marked public road / facing homes /
 * accepted separation (with its strip width) / none,
 * a drawn zone opened as a new variant, a drawn zone's corners edited.
 */
import { updateVariantSiteEdit, type VariantSiteChange } from '../db/variant-site';
import { withAccessRoadWidth } from '../geo/access-road-widths';
import type { Variant } from '../db/variants';
import type { ZoneSite } from '../domain/site';
import { markZoneEdge, type EdgeRole } from '../geo/zone-edges';
import type { Translate } from '../i18n/translate';
import { commitEdit, type CommitResult } from './commit';
import { createVariantFromImport, variantName } from './plan-variants';

const named = (variant: Variant, site: ZoneSite, change: VariantSiteChange, t: Translate) => {
  const edit = updateVariantSiteEdit(variant, site, change);
  return { ...edit, label: { ...edit.label, params: { name: variantName(variant, t) } } };
};

/** Marks edge `index` of the variant's zone (`site`: its own, or the demo zone for the demo variant). */
export async function markVariantEdge(variant: Variant, site: ZoneSite, index: number, role: EdgeRole | null, t: Translate, stripM = 0): Promise<CommitResult> {
  const marked = markZoneEdge(site, index, role, stripM);
  if (!marked) return { saved: false, message: '' };
  return commitEdit(named(variant, marked, 'edge-marked', t), t);
}

/** Sets public road `index`'s width (m; null: none given, the assumed width applies). The layout stays. */
export async function setVariantRoadWidth(variant: Variant, site: ZoneSite, index: number, widthM: number | null, t: Translate): Promise<CommitResult> {
  const changed = withAccessRoadWidth(site, index, widthM);
  if (!changed) return { saved: false, message: '' };
  return commitEdit(named(variant, changed, 'road-width-set', t), t);
}

/** The variant's zone replaced by edited corners (roles on edges that no longer exist fall away with them). */
export function updateVariantZone(variant: Variant, site: ZoneSite, t: Translate): Promise<CommitResult> {
  return commitEdit(named(variant, site, 'zone-edited', t), t);
}

/** A drawn zone opens as a new variant, as an imported one does (the open variant stays as it was). */
export function createVariantFromDrawing(site: ZoneSite, t: Translate): Promise<CommitResult> {
  return createVariantFromImport(site, t('planDraw.drawnName'), t);
}

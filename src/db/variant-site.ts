/**
 * A variant's zone changed by the planner — an edge marked public road or facing homes, corners of a
 * drawn zone moved — as one undoable edit. The stored layout is dropped (`layout: null`: lay the new
 * site out), because plots of the old zone are not a layout of the new one; the parameters stay.
 */
import type { ZoneSite } from '../domain/site';
import type { Edit } from './change';
import { variantOf, type Variant } from './variants';

export type VariantSiteChange = 'edge-marked' | 'zone-edited' | 'road-width-set';

/**
 * A public road's width changes nothing the engine reads (the road lies outside the zone), so that
 * change keeps the layout, hand edits included; every other change lays the new site out.
 */
const KEEPS_LAYOUT: ReadonlySet<VariantSiteChange> = new Set(['road-width-set']);

export function updateVariantSiteEdit(variant: Variant, site: ZoneSite, change: VariantSiteChange): Edit {
  const base = variantOf(variant);
  const row: Variant = { ...base, site: structuredClone(site), layout: KEEPS_LAYOUT.has(change) ? base.layout : null };
  return { change: { puts: { variants: [row] } }, label: { key: `planDraw.${change}`, params: { name: variant.name ?? '' } } };
}

/**
 * A layout already made for the approved variant, so that the register, the household view and field
 * mode draw its plots without running the engine: the one the planner kept for it (VariantRow.laidOut),
 * or for the demo zone the build's (shipped-demo-layout.ts). The rule is the planner's
 * (src/features/plan/layout-cache.ts): a kept layout is used only when its key is that of the run that
 * would be asked for now (this engine build, this zone, these parameters, no previous layout, nothing
 * locked); any other key, or no engine build, gives null and the variant is laid out as before.
 */
import type { LaidOutLayout } from '../../db/variant-row';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutResult } from '../../geo/layout';
import { givenParameterFields } from '../../state/plan-parameters';
import { laidOutKey, runKey } from '../plan';

/** The key a fresh run of `variant` on `site` would have (layout-cache.ts), null without an engine build. */
export function approvedRunKey(variant: Pick<Variant, 'parameters' | 'givenParameters'>, site: ZoneSite, engine: string | null): string | null {
  const given = givenParameterFields(variant.parameters, variant.givenParameters ?? []);
  return laidOutKey(engine, site, runKey(variant.parameters, null, [], given));
}

/**
 * The kept layout to draw for a variant that stores none of its own, or null. `shipped`: the build's
 * demo layout, considered only for a variant of the demo zone (`site: null`).
 */
export function keptApprovedLayout(
  variant: Pick<Variant, 'parameters' | 'givenParameters' | 'site' | 'layout' | 'laidOut'>,
  site: ZoneSite,
  shipped: LaidOutLayout | null | undefined,
  engine: string | null,
): LayoutResult | null {
  if (variant.layout) return null;
  const key = approvedRunKey(variant, site, engine);
  if (key === null) return null;
  const candidates = [variant.laidOut, variant.site === null ? shipped : null];
  return candidates.find((kept) => kept?.key === key)?.layout ?? null;
}

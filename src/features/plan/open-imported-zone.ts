/**
 * Where an imported zone goes: a NEW stored variant, laid out with the default parameters and opened,
 * while the variant that was open stays as it was (nothing to confirm, nothing lost; the variant bar
 * switches back). The variant sync (use-variant-sync.ts) then draws its zone and lays it out.
 */
import type { ZoneSite } from '../../geo/zone-site';
import type { Translate } from '../../i18n/translate';
import { planSessionStores } from '../../state/plan-session';
import { createVariantFromImport } from '../../state/plan-variants';

/** Stores the zone as a new variant named after the file and opens it; false when the write failed (commitEdit said why). */
export async function openImportedZone(site: ZoneSite, fileName: string, t: Translate): Promise<boolean> {
  const named: ZoneSite = { ...site, name: site.name || fileName };
  const result = await createVariantFromImport(named, fileName, t);
  // The new plots are what the planner wants to see first.
  if (result.saved) planSessionStores().view.getState().setTab('plots');
  return result.saved;
}

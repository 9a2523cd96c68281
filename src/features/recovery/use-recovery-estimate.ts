/** The land-recovery estimate of the active site, recomputed when parcels, rates or extras change. */
import { useLiveQuery } from '../../db/live-query';
import { useMemo } from 'react';
import { database } from '../../db/database';
import { parcelExtrasOfLayer } from '../../db/recovery';
import { useSetting } from '../../db/use-setting';
import {
  estimateCompensation, extrasByParcelId, recoveredParcels, type CompensationEstimate,
} from '../../domain/land-recovery';
import { restored } from '../../db/restore';
import { restoreRates } from '../../db/restore-recovery';
import { useActiveSite, type ActiveSite } from '../site/use-active-site';

export function useRecoveryEstimate(): { site: ActiveSite; estimate: CompensationEstimate | null } {
  const site = useActiveSite();
  const storedRates = useSetting('compensationRates');
  const budgetVnd = useSetting('budgetVnd');
  const placeNames = useSetting('placeNames');
  const layerKey = site.status === 'ready' ? site.layerKey : null;
  const extrasRows = useLiveQuery(() => (layerKey ? parcelExtrasOfLayer(database(), layerKey) : []), [layerKey]);
  // The restore step: stored rates are checked and migrated; a damaged field is reported, its default used.
  const rates = useMemo(() => restored(restoreRates(storedRates)), [storedRates]);
  const parcels = site.status === 'ready' ? site.layer.parcels : null;
  const zone = site.status === 'ready' ? site.site.zone : null;
  const recovered = useMemo(() => (parcels && zone ? recoveredParcels(parcels, zone) : null), [parcels, zone]);
  const extras = useMemo(() => extrasByParcelId(extrasRows ?? []), [extrasRows]);
  const estimate = useMemo(
    () => (recovered ? estimateCompensation(recovered, rates, extras, { budgetVnd, placeNames }) : null),
    [recovered, rates, extras, budgetVnd, placeNames],
  );
  return { site, estimate };
}

/** Edits of the land-recovery screen (per-parcel extras, rates and budget) and the reads behind it. */
import type { CompensationRates, ParcelExtras } from '../domain/land-recovery';
import type { ParcelExtrasRow, PhanloDatabase } from './database';
import type { Edit } from './change';
import { restored } from './restore';
import { restoreExtrasRows } from './restore-recovery';

/** The extras entered for the parcels of one layer (see layerKeyOf), checked on the way in. */
export async function parcelExtrasOfLayer(db: PhanloDatabase, layerKey: string): Promise<ParcelExtrasRow[]> {
  return restored(restoreExtrasRows(await db.parcelExtras.where('layerKey').equals(layerKey).toArray()));
}

/** Stores what was found on a parcel of a layer. `names` say which parcel in the history's label. */
export function parcelExtrasEdit(
  layerKey: string, parcelId: string, extras: ParcelExtras, names: { sheet: number | string; parcel: number | string },
): Edit {
  return {
    change: { puts: { parcelExtras: [{ layerKey, parcelId, structuresVnd: extras.structuresVnd, graves: extras.graves, note: extras.note }] } },
    label: { key: 'recovery.extras.saved', params: { sheet: names.sheet, parcel: names.parcel } },
  };
}

/** Rates and budget are saved together: the form shows them together. */
export function ratesAndBudgetEdit(rates: CompensationRates, budgetVnd: number): Edit {
  return {
    change: { puts: { settings: [{ key: 'compensationRates', value: rates }, { key: 'budgetVnd', value: budgetVnd }] } },
    label: { key: 'recovery.rates.saved' },
  };
}

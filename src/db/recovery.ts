/** Writes of the land-recovery screen: per-parcel extras, rates and budget. */
import type { CompensationRates, ParcelExtras } from '../domain/land-recovery';
import type { ParcelExtrasRow, PhanloDatabase } from './database';

/** The extras entered for the parcels of one layer (see layerKeyOf). */
export const parcelExtrasOfLayer = (db: PhanloDatabase, layerKey: string): Promise<ParcelExtrasRow[]> =>
  db.parcelExtras.where('layerKey').equals(layerKey).toArray();

/** Stores what was found on a parcel of a layer; returns the row it replaced, for undo. */
export async function saveParcelExtras(
  db: PhanloDatabase, layerKey: string, parcelId: string, extras: ParcelExtras,
): Promise<ParcelExtrasRow | undefined> {
  return db.transaction('rw', db.parcelExtras, async () => {
    const replaced = await db.parcelExtras.get([layerKey, parcelId]);
    await db.parcelExtras.put({ layerKey, parcelId, structuresVnd: extras.structuresVnd, graves: extras.graves, note: extras.note });
    return replaced;
  });
}

/** Puts back what saveParcelExtras replaced (undefined: nothing was entered before). */
export async function restoreParcelExtras(
  db: PhanloDatabase, layerKey: string, parcelId: string, row: ParcelExtrasRow | undefined,
): Promise<void> {
  if (row) await db.parcelExtras.put(row);
  else await db.parcelExtras.delete([layerKey, parcelId]);
}

export interface StoredRatesAndBudget {
  readonly rates: unknown;
  readonly budgetVnd: unknown;
}

/** Rates and budget are saved together: the form shows them together. Returns what they replaced. */
export async function saveRatesAndBudget(db: PhanloDatabase, rates: CompensationRates, budgetVnd: number): Promise<StoredRatesAndBudget> {
  return db.transaction('rw', db.settings, async () => {
    const replaced = {
      rates: (await db.settings.get('compensationRates'))?.value,
      budgetVnd: (await db.settings.get('budgetVnd'))?.value,
    };
    await db.settings.put({ key: 'compensationRates', value: rates });
    await db.settings.put({ key: 'budgetVnd', value: budgetVnd });
    return replaced;
  });
}

/** Puts back rates and budget as saveRatesAndBudget found them (absent values go back to defaults). */
export async function restoreRatesAndBudget(db: PhanloDatabase, stored: StoredRatesAndBudget): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (stored.rates === undefined) await db.settings.delete('compensationRates');
    else await db.settings.put({ key: 'compensationRates', value: stored.rates });
    if (stored.budgetVnd === undefined) await db.settings.delete('budgetVnd');
    else await db.settings.put({ key: 'budgetVnd', value: stored.budgetVnd });
  });
}

/** Writes of the land-recovery screen: per-parcel extras, rates and budget. */
import type { CompensationRates, ParcelExtras } from '../domain/land-recovery';
import type { PhanloDatabase } from './database';

export async function saveParcelExtras(db: PhanloDatabase, parcelId: string, extras: ParcelExtras): Promise<void> {
  await db.recoveryExtras.put({ parcelId, structuresVnd: extras.structuresVnd, graves: extras.graves, note: extras.note });
}

/** Rates and budget are saved together: the form shows them together. */
export async function saveRatesAndBudget(db: PhanloDatabase, rates: CompensationRates, budgetVnd: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'compensationRates', value: rates });
    await db.settings.put({ key: 'budgetVnd', value: budgetVnd });
  });
}

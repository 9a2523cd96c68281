/**
 * The active imported layer's row, read once before the first render (main.tsx) beside the settings:
 * the first render of a screen then knows whether the demo shows, instead of waiting a render and an
 * IndexedDB round trip for its own query (use-active-site.ts gives this as the query's first result).
 */
import { database, type ParcelLayerRow } from './database';
import { activeLayerRow } from './parcel-layers';

/** undefined: not read (or IndexedDB did not answer in time); null: no imported layer. */
let primed: ParcelLayerRow | null | undefined;

/** Reads the active layer row once; never throws, never waits longer than `timeoutMs`. */
export async function primeActiveLayer(timeoutMs = 1500): Promise<void> {
  const read = activeLayerRow(database()).then((row) => { primed = row; });
  await Promise.race([read.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}

/** The row read by primeActiveLayer, if it was. */
export const primedActiveLayer = (): ParcelLayerRow | null | undefined => primed;

/** Writes of imported parcel layers: a user's own layer replaces the demo until they go back to it. */
import type { ParcelLayer } from '../domain/parcel';
import { parcelLayerToGeoJson, readParcelLayer, type ReadResult } from '../io/layers';
import type { PhanloDatabase, ParcelLayerRow } from './database';

export const ACTIVE_LAYER_ID = 'active';

/**
 * Replaces the active imported layer and remembers the field mapping used, in one transaction.
 * Returns the row it replaced (undefined: the demo was showing), for undo.
 */
export async function saveImportedLayer(
  db: PhanloDatabase,
  layer: ParcelLayer,
  fileName: string,
  mapping: { signature: string; mapping: Record<string, string | null> } | null,
): Promise<ParcelLayerRow | undefined> {
  const row: ParcelLayerRow = {
    id: ACTIVE_LAYER_ID,
    name: layer.name,
    source: layer.source,
    crs: layer.crs,
    fileName,
    importedAt: new Date().toISOString(),
    parcels: layer.parcels.map((p) => ({ ...p, polygon: p.polygon.map((ring) => ring.map((pt) => [pt[0], pt[1]])) })) as never,
  };
  return db.transaction('rw', db.parcelLayers, db.fieldMappings, async () => {
    const replaced = await db.parcelLayers.get(ACTIVE_LAYER_ID);
    await db.parcelLayers.put(row);
    if (mapping) await db.fieldMappings.put({ ...mapping, savedAt: row.importedAt });
    return replaced;
  });
}

/** Goes back to the illustrative demo layer; returns the removed row, for undo. */
export async function removeImportedLayer(db: PhanloDatabase): Promise<ParcelLayerRow | undefined> {
  return db.transaction('rw', db.parcelLayers, async () => {
    const removed = await db.parcelLayers.get(ACTIVE_LAYER_ID);
    await db.parcelLayers.delete(ACTIVE_LAYER_ID);
    return removed;
  });
}

/** Puts back the layer row a replace or remove returned (undefined: back to the demo). */
export async function restoreParcelLayer(db: PhanloDatabase, row: ParcelLayerRow | undefined): Promise<void> {
  if (row) await db.parcelLayers.put(row);
  else await db.parcelLayers.delete(ACTIVE_LAYER_ID);
}

/**
 * A stored layer, checked as an imported file is (the same reader): data written by another version,
 * by hand or half-lost by the browser must not stop the app from starting. Errors say what and where.
 */
export function restoreStoredLayer(row: ParcelLayerRow): ReadResult<ParcelLayer> {
  try {
    const json = parcelLayerToGeoJson(rowToParcelLayer(row), { crs: 'plane' });
    return readParcelLayer(json, row.fileName || 'IndexedDB', { planeCrs: row.crs });
  } catch (error) {
    return { ok: false, errors: [{ file: row.fileName || 'IndexedDB', code: 'json-invalid', params: { detail: String((error as Error)?.message ?? error) } }] };
  }
}

export function rowToParcelLayer(row: ParcelLayerRow): ParcelLayer {
  return { name: row.name, source: row.source, crs: row.crs, parcels: row.parcels };
}

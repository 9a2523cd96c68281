/** Writes of imported parcel layers: a user's own layer replaces the demo until they go back to it. */
import type { ParcelLayer } from '../domain/parcel';
import type { PhanloDatabase, ParcelLayerRow } from './database';

export const ACTIVE_LAYER_ID = 'active';

/** Replaces the active imported layer and remembers the field mapping used, in one transaction. */
export async function saveImportedLayer(
  db: PhanloDatabase,
  layer: ParcelLayer,
  fileName: string,
  mapping: { signature: string; mapping: Record<string, string | null> } | null,
): Promise<void> {
  const row: ParcelLayerRow = {
    id: ACTIVE_LAYER_ID,
    name: layer.name,
    source: layer.source,
    crs: layer.crs,
    fileName,
    importedAt: new Date().toISOString(),
    parcels: layer.parcels.map((p) => ({ ...p, polygon: p.polygon.map((ring) => ring.map((pt) => [pt[0], pt[1]])) })) as never,
  };
  await db.transaction('rw', db.parcelLayers, db.fieldMappings, async () => {
    await db.parcelLayers.put(row);
    if (mapping) await db.fieldMappings.put({ ...mapping, savedAt: row.importedAt });
  });
}

/** Goes back to the illustrative demo layer. */
export async function removeImportedLayer(db: PhanloDatabase): Promise<void> {
  await db.parcelLayers.delete(ACTIVE_LAYER_ID);
}

export function rowToParcelLayer(row: ParcelLayerRow): ParcelLayer {
  return { name: row.name, source: row.source, crs: row.crs, parcels: row.parcels };
}

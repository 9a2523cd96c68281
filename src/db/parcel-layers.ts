/** Writes of imported parcel layers: a user's own layer replaces the demo until they go back to it. */
import type { ParcelLayer } from '../domain/parcel';
import { parcelLayerToGeoJson, readParcelLayer, type ReadResult } from '../io/layers';
import type { Edit, Payload } from './change';
import type { PhanloDatabase, ParcelLayerRow } from './database';
import { liveRow } from './restore';
import { applyEdit, type TransactResult } from './transact';

export const ACTIVE_LAYER_ID = 'active';

/**
 * Replaces the active imported layer and remembers the field mapping used (one change, so one
 * transaction). `importedAt` names the layer's data (its extras are keyed by it: see layerKeyOf).
 */
export function replaceParcelLayerEdit(
  layer: ParcelLayer,
  fileName: string,
  mapping: { signature: string; mapping: Record<string, string | null> } | null,
  importedAt: string,
): Edit {
  const row: Payload<ParcelLayerRow> = {
    id: ACTIVE_LAYER_ID,
    name: layer.name,
    source: layer.source,
    crs: layer.crs,
    fileName,
    importedAt,
    // Plain arrays: branded points are arrays already, but a copy keeps the caller's layer out of IndexedDB.
    parcels: layer.parcels.map((p) => ({ ...p, polygon: p.polygon.map((ring) => ring.map((pt) => [pt[0], pt[1]])) })) as never,
  };
  return {
    change: {
      puts: {
        parcelLayers: [row],
        ...(mapping ? { fieldMappings: [{ signature: mapping.signature, mapping: mapping.mapping, savedAt: importedAt }] } : {}),
      },
    },
    label: { key: 'importDialog.done', params: { name: layer.name } },
  };
}

/** Goes back to the illustrative demo layer: the imported layer becomes a tombstone. */
export function removeParcelLayerEdit(): Edit {
  return { change: { deletes: { parcelLayers: [ACTIVE_LAYER_ID] } }, label: { key: 'data.backToDemoDone' } };
}

/** Goes back to the demo through `transact` (recorded for undo); never throws. */
export const removeImportedLayer = (db: PhanloDatabase): Promise<TransactResult> => applyEdit(db, removeParcelLayerEdit());

/** The active imported layer's row, or null when the demo shows (none stored, or removed). */
export async function activeLayerRow(db: PhanloDatabase): Promise<ParcelLayerRow | null> {
  return liveRow(await db.parcelLayers.get(ACTIVE_LAYER_ID));
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

export function rowToParcelLayer(row: Pick<ParcelLayerRow, 'name' | 'source' | 'crs' | 'parcels'>): ParcelLayer {
  return { name: row.name, source: row.source, crs: row.crs, parcels: row.parcels };
}

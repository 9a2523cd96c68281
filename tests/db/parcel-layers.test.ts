import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import {
  ACTIVE_LAYER_ID, removeImportedLayer, restoreParcelLayer, restoreStoredLayer, rowToParcelLayer, saveImportedLayer,
} from '../../src/db/parcel-layers';
import { asPlane } from '../../src/geo/coordinates';
import type { ParcelLayer } from '../../src/domain/parcel';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`layers-test-${++n}`); opened.push(db); return db; };
afterEach(async () => { for (const db of opened.splice(0)) await db.delete(); });

const layer: ParcelLayer = {
  name: 'Tờ 12 xã Bình Lăng', source: 'VPĐKĐĐ huyện Tứ Kỳ, 2020', crs: 'EPSG:9209',
  parcels: [{
    id: '12/34', sheetNo: 12, parcelNo: 34, landUseCode: 'LUC', landUser: 'Nguyễn Văn A', registeredAreaM2: 100,
    polygon: [[[592700, 2306300], [592710, 2306300], [592710, 2306310], [592700, 2306300]].map((p) => asPlane(p as [number, number]))],
  }],
};

describe('imported parcel layers', () => {
  it('stores the layer and the mapping used in one transaction, and reads it back intact', async () => {
    const db = openDb();
    await saveImportedLayer(db, layer, 'to12.zip', { signature: 'SHBANDO|SHTHUA', mapping: { sheetNo: 'SHBANDO', parcelNo: 'SHTHUA' } });
    const row = await db.parcelLayers.get(ACTIVE_LAYER_ID);
    expect(rowToParcelLayer(row!)).toEqual(layer);
    expect(row!.fileName).toBe('to12.zip');
    expect((await db.fieldMappings.get('SHBANDO|SHTHUA'))!.mapping).toEqual({ sheetNo: 'SHBANDO', parcelNo: 'SHTHUA' });
  });

  it('writes neither the layer nor the mapping when the transaction fails', async () => {
    const db = openDb();
    // A mapping without its key path makes the second put fail inside the transaction.
    await expect(saveImportedLayer(db, layer, 'x.geojson', { signature: undefined as unknown as string, mapping: {} })).rejects.toThrow();
    expect(await db.parcelLayers.count()).toBe(0);
    expect(await db.fieldMappings.count()).toBe(0);
  });

  it('goes back to the demo by removing the imported layer', async () => {
    const db = openDb();
    await saveImportedLayer(db, layer, 'x.geojson', null);
    await removeImportedLayer(db);
    expect(await db.parcelLayers.count()).toBe(0);
  });

  it('undoes a replace: back to the demo, or back to the layer it replaced', async () => {
    const db = openDb();
    const overDemo = await saveImportedLayer(db, layer, 'first.geojson', null);
    expect(overDemo).toBeUndefined();
    const second = { ...layer, name: 'Tờ 13' };
    const overFirst = await saveImportedLayer(db, second, 'second.geojson', null);
    expect(overFirst!.fileName).toBe('first.geojson');
    await restoreParcelLayer(db, overFirst);
    expect((await db.parcelLayers.get(ACTIVE_LAYER_ID))!.name).toBe(layer.name);
    await restoreParcelLayer(db, overDemo);
    expect(await db.parcelLayers.count()).toBe(0);
  });

  it('undoes going back to the demo', async () => {
    const db = openDb();
    await saveImportedLayer(db, layer, 'x.geojson', null);
    const removed = await removeImportedLayer(db);
    await restoreParcelLayer(db, removed);
    expect(rowToParcelLayer((await db.parcelLayers.get(ACTIVE_LAYER_ID))!)).toEqual(layer);
  });

  it('restores a stored layer through the same validation as an imported file', async () => {
    const db = openDb();
    await saveImportedLayer(db, layer, 'to12.zip', null);
    const row = (await db.parcelLayers.get(ACTIVE_LAYER_ID))!;
    const good = restoreStoredLayer(row);
    expect(good.ok && good.value.parcels.map((p) => p.id)).toEqual(['12/34']);

    const broken = { ...row, parcels: [{ ...row.parcels[0], polygon: [[[592700, 2306300], [Number.NaN, 1]]] }] };
    const result = restoreStoredLayer(broken as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].file).toBe('to12.zip');

    const unknownCrs = restoreStoredLayer({ ...row, crs: 'EPSG:3857' });
    expect(unknownCrs.ok).toBe(false);
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import {
  ACTIVE_LAYER_ID, activeLayerRow, removeImportedLayer, removeParcelLayerEdit, replaceParcelLayerEdit, restoreStoredLayer,
  rowToParcelLayer,
} from '../../src/db/parcel-layers';
import { applyEdit, undo } from '../../src/db/transact';
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

const AT = '2026-11-25T10:00:00.000Z';
const save = (db: PhanloDatabase, l: ParcelLayer, fileName: string, mapping: Parameters<typeof replaceParcelLayerEdit>[2] = null, at = AT) =>
  applyEdit(db, replaceParcelLayerEdit(l, fileName, mapping, at));

describe('imported parcel layers', () => {
  it('stores the layer and the mapping used in one transaction, and reads it back intact', async () => {
    const db = openDb();
    const result = await save(db, layer, 'to12.zip', { signature: 'SHBANDO|SHTHUA', mapping: { sheetNo: 'SHBANDO', parcelNo: 'SHTHUA' } });
    expect(result.ok).toBe(true);
    const row = await activeLayerRow(db);
    expect(rowToParcelLayer(row!)).toEqual(layer);
    expect(row!.fileName).toBe('to12.zip');
    expect(row!.importedAt).toBe(AT);
    expect(row!.version).toBe(1);
    expect((await db.fieldMappings.get('SHBANDO|SHTHUA'))!.mapping).toEqual({ sheetNo: 'SHBANDO', parcelNo: 'SHTHUA' });
  });

  it('writes neither the layer nor the mapping when the transaction fails, and says why', async () => {
    const db = openDb();
    // A mapping without its key makes the second put fail inside the transaction.
    const result = await save(db, layer, 'x.geojson', { signature: undefined as unknown as string, mapping: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure.kind).toBe('constraint');
    expect(await db.parcelLayers.count()).toBe(0);
    expect(await db.fieldMappings.count()).toBe(0);
  });

  it('goes back to the demo: the imported layer becomes a tombstone the app does not show', async () => {
    const db = openDb();
    await save(db, layer, 'x.geojson');
    expect((await removeImportedLayer(db)).ok).toBe(true);
    expect(await activeLayerRow(db)).toBeNull();
    const tombstone = await db.parcelLayers.get(ACTIVE_LAYER_ID);
    expect(tombstone).toMatchObject({ id: ACTIVE_LAYER_ID, deleted: true, version: 2 });
    expect(tombstone).not.toHaveProperty('parcels');
  });

  it('undoes a replace: back to the layer it replaced, then back to the demo', async () => {
    const db = openDb();
    await save(db, layer, 'first.geojson', null, '2026-11-25T10:00:00.000Z');
    await save(db, { ...layer, name: 'Tờ 13' }, 'second.geojson', null, '2026-11-25T11:00:00.000Z');
    expect((await undo(db)).ok).toBe(true);
    const back = (await activeLayerRow(db))!;
    expect(back.name).toBe(layer.name);
    // The same layer, so the extras keyed by its importedAt belong to it again.
    expect(back.importedAt).toBe('2026-11-25T10:00:00.000Z');
    expect((await undo(db)).ok).toBe(true);
    expect(await activeLayerRow(db)).toBeNull();
  });

  it('undoes going back to the demo', async () => {
    const db = openDb();
    await save(db, layer, 'x.geojson');
    await applyEdit(db, removeParcelLayerEdit());
    await undo(db);
    expect(rowToParcelLayer((await activeLayerRow(db))!)).toEqual(layer);
  });

  it('restores a stored layer through the same validation as an imported file', async () => {
    const db = openDb();
    await save(db, layer, 'to12.zip');
    const row = (await activeLayerRow(db))!;
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

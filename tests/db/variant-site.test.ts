// Marking an edge and editing a drawn zone: applying the edit then undoing it through the persisted
// history gives back the stored variant exactly; redo gives the marked one again (fake-indexeddb).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { applyEdit, redo, undo } from '../../src/db/transact';
import { updateVariantSiteEdit } from '../../src/db/variant-site';
import { createVariantEdit, readVariants } from '../../src/db/variants';
import { asPlane } from '../../src/geo/coordinates';
import { drawnZoneSite } from '../../src/geo/drawn-zone';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../src/geo/layout';
import { markZoneEdge, zoneEdges } from '../../src/geo/zone-edges';

const opened: PhanloDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

const drawn = drawnZoneSite([asPlane([592700, 2306300]), asPlane([592900, 2306300]), asPlane([592900, 2306500]), asPlane([592700, 2306500])], 'EPSG:9209', 'Khu vẽ');
const stored = async (db: PhanloDatabase) => (await readVariants(db)).find((v) => v.id === 'drawn')!;

describe('updateVariantSiteEdit', () => {
  it('stores the marked site with the layout dropped, and undo/redo give each state back exactly', async () => {
    const db = new PhanloDatabase(`variant-site-${Date.now()}`);
    opened.push(db);
    await db.open();
    expect((await applyEdit(db, createVariantEdit({ id: 'drawn', name: 'Vẽ', site: drawn, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: null, createdAt: '2026-01-01T00:00:00Z' }))).ok).toBe(true);
    const before = await stored(db);
    const marked = markZoneEdge(before.site!, 0, 'access-road')!;
    expect((await applyEdit(db, updateVariantSiteEdit(before, marked, 'edge-marked'))).ok).toBe(true);
    const after = await stored(db);
    expect(zoneEdges(after.site!)[0].role).toBe('access-road');
    expect(after.layout).toBeNull();
    expect(after.parameters).toEqual(before.parameters);
    expect((await undo(db)).ok).toBe(true);
    expect(await stored(db)).toEqual(before);
    expect((await redo(db)).ok).toBe(true);
    expect(await stored(db)).toEqual(after);
  });
});

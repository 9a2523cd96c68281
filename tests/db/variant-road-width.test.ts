// The public road's width kept with a variant's site (`accessRoadWidthsM`, parallel to `accessRoads`):
// what a file gave or the planner set, through marking and boundary edits, the persisted history and the
// restore step; a site without widths stays byte for byte what it was.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { restoreVariants } from '../../src/db/restore-variants';
import { applyEdit, redo, undo } from '../../src/db/transact';
import { updateVariantSiteEdit } from '../../src/db/variant-site';
import { createVariantEdit, readVariants } from '../../src/db/variants';
import { siteFeatures } from '../../src/features/plan/export-layout';
import { accessRoadWidthM, withAccessRoadWidth, withAccessRoads, accessRoadsOf } from '../../src/geo/access-road-widths';
import { asPlane } from '../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../src/geo/layout';
import { markZoneEdge, withZoneBoundary, zoneEdges } from '../../src/geo/zone-edges';
import type { ZoneSite } from '../../src/geo/zone-site';

const opened: PhanloDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

const E = 592700, N = 2306300;
const ring = [asPlane([E, N]), asPlane([E + 250, N]), asPlane([E + 250, N + 180]), asPlane([E, N + 180]), asPlane([E, N])];
const roadCentre = [asPlane([E - 20, N - 8]), asPlane([E + 270, N - 8])];
const site: ZoneSite = { name: 'z', source: 's', crs: 'EPSG:9209', zone: [ring], accessRoads: [roadCentre], residentialEdges: [], entrance: null };

describe('the widths of a site\'s public roads', () => {
  it('read as the assumed 7 m where none was given, and as given where one was', () => {
    expect(accessRoadWidthM(site, 0)).toEqual({ widthM: 7, assumed: true });
    const given = withAccessRoadWidth(site, 0, 9.5)!;
    expect(accessRoadWidthM(given, 0)).toEqual({ widthM: 9.5, assumed: false });
    expect(withAccessRoadWidth(given, 0, 9.5)).toBeNull();
    expect(withAccessRoadWidth(given, 3, 9.5)).toBeNull();
    // Back to none given: no list at all, the site exactly as before (stored rows are compared as JSON).
    expect(JSON.stringify(withAccessRoadWidth(given, 0, null))).toBe(JSON.stringify(site));
    expect(JSON.stringify(withAccessRoads(site, accessRoadsOf(site)))).toBe(JSON.stringify(site));
    // The widths sit right after the roads, every other key where it was.
    expect(Object.keys(given)).toEqual(['name', 'source', 'crs', 'zone', 'accessRoads', 'accessRoadWidthsM', 'residentialEdges', 'entrance']);
  });

  it('stay with their roads when edges are marked, unmarked and lost in a boundary edit', () => {
    const given = withAccessRoadWidth(site, 0, 12)!;
    const marked = markZoneEdge(given, 2, 'access-road')!;
    expect(accessRoadsOf(marked).map((r) => r.widthM)).toEqual([12, null]);
    const markedWidth = withAccessRoadWidth(marked, 1, 6)!;
    expect(marked.accessRoadWidthsM).toEqual([12, null]); // never mutated
    // The north edge now faces homes instead: its road goes, with its width; the file's road keeps 12 m.
    const homes = markZoneEdge(markedWidth, 2, 'residential')!;
    expect(homes.accessRoads).toEqual([roadCentre]);
    expect(homes.accessRoadWidthsM).toEqual([12]);
    // A boundary edit that loses the marked edge loses its road and width; the file's road line stays.
    const roadOnNorth = withAccessRoadWidth(markZoneEdge(given, 2, 'access-road')!, 1, 6)!;
    const [a, b] = ring;
    const moved = withZoneBoundary(roadOnNorth, [[a, b, asPlane([E + 250, N + 200]), asPlane([E, N + 190]), a]]);
    expect(moved.accessRoads).toEqual([roadCentre]);
    expect(moved.accessRoadWidthsM).toEqual([12]);
    expect(zoneEdges(moved).some((e) => e.role === 'access-road')).toBe(false);
  });

  it('change nothing the layout engine draws', () => {
    const a = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
    const b = generateLayout(withAccessRoadWidth(site, 0, 20)!, DEFAULT_LAYOUT_PARAMETERS);
    expect(a.ok && b.ok).toBe(true);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('go into drawings only where given (an assumed width is not written as if the file had it)', () => {
    const road = (s: ZoneSite) => siteFeatures(s).filter((f) => f.properties.kind === 'access-road').map((f) => f.properties);
    expect(road(site)).toEqual([{ kind: 'access-road' }]);
    expect(road(withAccessRoadWidth(site, 0, 8)!)).toEqual([{ kind: 'access-road', widthM: 8 }]);
  });
});

describe('a width set by the planner, stored', () => {
  it('keeps the variant\'s layout (hand edits included), and is undone and redone through the history', async () => {
    const db = new PhanloDatabase(`variant-road-width-${Date.now()}`);
    opened.push(db);
    await db.open();
    const laid = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
    if (!laid.ok) throw new Error('layout');
    expect((await applyEdit(db, createVariantEdit({ id: 'z', name: 'Z', site, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: laid, createdAt: '2026-01-01T00:00:00Z' }))).ok).toBe(true);
    const stored = async () => (await readVariants(db)).find((v) => v.id === 'z')!;
    const before = await stored();
    expect((await applyEdit(db, updateVariantSiteEdit(before, withAccessRoadWidth(before.site!, 0, 10)!, 'road-width-set'))).ok).toBe(true);
    const after = await stored();
    expect(after.site!.accessRoadWidthsM).toEqual([10]);
    expect(after.layout).toEqual(before.layout);
    expect((await undo(db)).ok).toBe(true);
    expect(await stored()).toEqual(before);
    expect((await redo(db)).ok).toBe(true);
    expect((await stored()).site!.accessRoadWidthsM).toEqual([10]);
  });

  it('is checked on load: a list that is not one width per road is dropped (7 m assumed again) and reported', () => {
    const row = (accessRoadWidthsM: unknown) => ({ id: 'v', name: 'V', site: { ...site, accessRoadWidthsM }, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: null, approved: true, createdAt: '2026-01-01T00:00:00Z' });
    const good = restoreVariants([row([8.5])]);
    expect(good.issues).toEqual([]);
    expect(good.value[0].site!.accessRoadWidthsM).toEqual([8.5]);
    for (const bad of [[8, 9], ['8'], [-1], [1000], 'wide']) {
      const restored = restoreVariants([row(bad)]);
      expect(restored.value[0].site).not.toHaveProperty('accessRoadWidthsM');
      expect(restored.issues).toEqual([{ table: 'variants', key: 'v', code: 'invalid', fields: ['site.accessRoadWidthsM'] }]);
    }
    // Rows stored before the field existed read exactly as before.
    const old = restoreVariants([{ ...row(undefined), site }]);
    expect(old.issues).toEqual([]);
    expect(old.value[0].site).toEqual(site);
  });
});

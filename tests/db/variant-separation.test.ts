// The third edge mark, "accepted separation" with its strip width: stored in the variant's site
// (optional `separationEdges`, no schema change), undone and redone through the persisted history,
// and checked by the restore step — rows stored before it existed read exactly as before.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { restoreVariants } from '../../src/db/restore-variants';
import { applyEdit, redo, undo } from '../../src/db/transact';
import { updateVariantSiteEdit } from '../../src/db/variant-site';
import { createVariantEdit, readVariants } from '../../src/db/variants';
import { asPlane } from '../../src/geo/coordinates';
import { drawnZoneSite } from '../../src/geo/drawn-zone';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../src/geo/layout';
import { markZoneEdge, withZoneBoundary, zoneEdges } from '../../src/geo/zone-edges';

const opened: PhanloDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});

const drawn = drawnZoneSite([asPlane([592700, 2306300]), asPlane([592900, 2306300]), asPlane([592900, 2306500]), asPlane([592700, 2306500])], 'EPSG:9209', 'Khu vẽ');
const stored = async (db: PhanloDatabase) => (await readVariants(db)).find((v) => v.id === 'drawn')!;

describe('marking an edge as an accepted separation', () => {
  it('is one role of the edge, with its width; marking it again changes the width only', () => {
    const homes = markZoneEdge(drawn, 1, 'residential')!;
    const separated = markZoneEdge(homes, 1, 'separation', 3)!;
    expect(separated.residentialEdges).toEqual([]);
    expect(zoneEdges(separated)[1]).toMatchObject({ role: 'separation', stripM: 3 });
    expect(markZoneEdge(separated, 1, 'separation', 3)).toBeNull();
    const wider = markZoneEdge(separated, 1, 'separation', 6)!;
    expect(wider.separationEdges).toHaveLength(1);
    expect(zoneEdges(wider)[1].stripM).toBe(6);
    const unmarked = markZoneEdge(wider, 1, null)!;
    expect(unmarked).not.toHaveProperty('separationEdges');
    expect(zoneEdges(unmarked)[1].role).toBeNull();
  });

  it('stays on edges a boundary edit keeps and goes with edges it removes', () => {
    const separated = markZoneEdge(markZoneEdge(drawn, 0, 'separation', 2)!, 2, 'separation', 0)!;
    const [a, b, c] = drawn.zone[0];
    // Corner 4 moved: edges 0 (1→2) and 1 (2→3) remain, edges 2 and 3 change.
    const moved = withZoneBoundary(separated, [[a, b, c, asPlane([592690, 2306510]), a]]);
    expect(moved.separationEdges).toEqual([{ line: [a, b], stripM: 2 }]);
  });

  it('is stored with the variant and undone and redone exactly through the persisted history', async () => {
    const db = new PhanloDatabase(`variant-separation-${Date.now()}`);
    opened.push(db);
    await db.open();
    expect((await applyEdit(db, createVariantEdit({ id: 'drawn', name: 'Vẽ', site: drawn, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: null, createdAt: '2026-01-01T00:00:00Z' }))).ok).toBe(true);
    const before = await stored(db);
    expect((await applyEdit(db, updateVariantSiteEdit(before, markZoneEdge(before.site!, 3, 'separation', 4)!, 'edge-marked'))).ok).toBe(true);
    const after = await stored(db);
    expect(zoneEdges(after.site!)[3]).toMatchObject({ role: 'separation', stripM: 4 });
    expect(after.layout).toBeNull();
    expect((await undo(db)).ok).toBe(true);
    expect(await stored(db)).toEqual(before);
    expect((await stored(db)).site).not.toHaveProperty('separationEdges');
    expect((await redo(db)).ok).toBe(true);
    expect(await stored(db)).toEqual(after);
  });
});

describe('the restore step', () => {
  const row = (site: unknown) => ({
    id: 'v', name: 'A', site, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: null, approved: true, createdAt: '2026-01-01T00:00:00Z',
    version: 1, updatedAt: '2026-01-01T00:00:00Z',
  });

  it('reads a row stored before the marks existed exactly as before, with no issue', () => {
    const old = JSON.parse(JSON.stringify(row(drawn)));
    const { value, issues } = restoreVariants([old]);
    expect(issues).toEqual([]);
    expect(value[0]).toEqual(old);
    expect(value[0].site).not.toHaveProperty('separationEdges');
  });

  it('keeps good marks and drops damaged ones, giving back the full strip, and says so', () => {
    const good = markZoneEdge(drawn, 0, 'separation', 2.5)!;
    expect(restoreVariants([row(good)])).toEqual({ value: [row(good)], issues: [] });
    for (const damaged of [{ line: [[1, 2]], stripM: 0 }, { line: drawn.zone[0].slice(0, 2), stripM: -1 }, { line: drawn.zone[0].slice(0, 2) }, 'east']) {
      const { value, issues } = restoreVariants([row({ ...drawn, separationEdges: [damaged] })]);
      expect(value[0].site).toEqual(drawn);
      expect(issues).toEqual([{ table: 'variants', key: 'v', code: 'invalid', fields: ['site.separationEdges'] }]);
    }
  });
});

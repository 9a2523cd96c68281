// A group of plots held as one allocation must be adjacent, and that is a rule of the write (checked in
// transact's guard), not only of the screen: a caller that sends a non-adjacent group, or a group without
// the plots' neighbours, is refused and nothing is written; a variant that stores its layout is judged on
// that stored layout, whatever the caller says its neighbours are.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOf, entrySubject } from '../../src/db/audit';
import { offerMany, offerPlots } from '../../src/db/allocations';
import { allocationsOfEntry } from '../../src/db/allocation-reads';
import { PhanloDatabase } from '../../src/db/database';
import { transact } from '../../src/db/transact';
import { demoVariantRow } from '../../src/db/variant-row';
import { checkPlotGroup } from '../../src/domain/allocation';
import { emptyEntryFields } from '../../src/domain/register';
import { asPlane, type PlanePoint } from '../../src/geo/coordinates';
import type { LayoutResult } from '../../src/geo/layout';

const opened: PhanloDatabase[] = [];
let n = 0;
const openDb = () => { const db = new PhanloDatabase(`allocation-groups-${++n}`); opened.push(db); return db; };
afterEach(async () => { for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); } });

async function withEntry(db: PhanloDatabase, id: string) {
  const row = { ...emptyEntryFields(), id, name: `Hộ ${id}`, areaNeededM2: 1500, createdAt: '2024-01-01T00:00:00.000Z' };
  expect((await transact(db, { puts: { registerEntries: [row] } }, { label: { key: 'test' }, history: false })).ok).toBe(true);
}

// A-01 | A-02 | A-03 in a row; B-01 behind A-01 (shares its back edge); C-01 alone.
const neighbours = new Map<string, { neighbours: string[] }>([
  ['A-01', { neighbours: ['A-02', 'B-01'] }], ['A-02', { neighbours: ['A-01', 'A-03'] }], ['A-03', { neighbours: ['A-02'] }],
  ['B-01', { neighbours: ['A-01'] }], ['C-01', { neighbours: [] }],
]);

describe('the group rule (pure)', () => {
  it('passes one plot and a connected group, refuses a split group, a repeated plot and an unknown plot', () => {
    expect(checkPlotGroup(['C-01'], neighbours)).toBeNull();
    expect(checkPlotGroup(['C-01'], undefined)).toBeNull();
    expect(checkPlotGroup(['A-03', 'A-02', 'A-01', 'B-01'], neighbours)).toBeNull(); // connected through
    expect(checkPlotGroup(['A-01', 'A-03'], neighbours)).toEqual({ code: 'not-adjacent', plotCodes: ['A-01', 'A-03'] });
    expect(checkPlotGroup(['B-01', 'A-02'], neighbours)).toEqual({ code: 'not-adjacent', plotCodes: ['B-01', 'A-02'] });
    expect(checkPlotGroup(['A-01', 'A-01'], neighbours)).toMatchObject({ code: 'not-adjacent' });
    expect(checkPlotGroup(['A-01', 'Z-99'], neighbours)).toEqual({ code: 'unknown-plot', plotCode: 'Z-99' });
    expect(checkPlotGroup(['A-01', 'A-02'], undefined)).toMatchObject({ code: 'not-adjacent' });
    expect(checkPlotGroup([], neighbours)).toEqual({ code: 'no-plot' });
  });
});

describe('offering a group (guard inside the transaction)', () => {
  it('writes an adjacent group as one allocation', async () => {
    const db = openDb();
    await withEntry(db, 'e1');
    expect((await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01', 'B-01'], plots: neighbours })).ok).toBe(true);
    expect((await allocationsOfEntry(db, 'e1')).map((row) => row.plotCodes)).toEqual([['A-01', 'B-01']]);
  });

  it('refuses a non-adjacent group, or a group sent without neighbours, and writes nothing (no row, no audit line)', async () => {
    const db = openDb();
    await withEntry(db, 'e1');
    const apart = await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01', 'A-03'], plots: neighbours });
    expect(apart).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'not-adjacent', plotCodes: ['A-01', 'A-03'] } } });
    const blind = await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01', 'A-02'] });
    expect(blind).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'not-adjacent' } } });
    const batch = await offerMany(db, [{ entryId: 'e1', variantId: 'demo', plotCodes: ['C-01', 'A-03'], plots: neighbours }], 'allocation.label.offeredMany');
    expect(batch).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'not-adjacent' } } });
    expect(await allocationsOfEntry(db, 'e1')).toEqual([]);
    expect(await auditOf(db, entrySubject('e1'))).toEqual([]);
    expect(await db.history.count()).toBe(0);
  });

  it('judges a variant that stores its layout on that layout, read in the transaction, not on what the caller says', async () => {
    const db = openDb();
    await withEntry(db, 'e1');
    const square = (x0: number, y0: number, w: number, h: number): PlanePoint[] =>
      [[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]].map((p) => asPlane(p as [number, number]));
    const plot = (code: string, x0: number) => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square(x0, 0, 20, 40)] }, properties: { kind: 'plot', code, areaM2: 800 } });
    // Another tab laid the variant out again: P-01 and P-02 touch, P-03 stands 5 m away.
    const layout = { features: [plot('P-01', 0), plot('P-02', 20), plot('P-03', 45)] } as unknown as LayoutResult;
    const variant = { ...demoVariantRow('2024-01-01T00:00:00.000Z'), id: 'v-stored', approved: false, layout };
    expect((await transact(db, { puts: { variants: [variant] } }, { label: { key: 'test' }, history: false })).ok).toBe(true);
    const stale = new Map([['P-01', { neighbours: ['P-03'] }], ['P-02', { neighbours: [] }], ['P-03', { neighbours: ['P-01'] }]]);
    const refused = await offerPlots(db, { entryId: 'e1', variantId: 'v-stored', plotCodes: ['P-01', 'P-03'], plots: stale });
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'not-adjacent' } } });
    expect((await offerPlots(db, { entryId: 'e1', variantId: 'v-stored', plotCodes: ['P-02', 'P-01'], plots: stale })).ok).toBe(true);
    const gone = await offerPlots(db, { entryId: 'e1', variantId: 'v-stored', plotCodes: ['P-03', 'P-09'] });
    expect(gone).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'unknown-plot', plotCode: 'P-09' } } });
  });
});

// Stored variants (phương án): every command keeps "exactly one approved", and applying it then undoing
// it through the persisted history gives back the stored state exactly (fake-indexeddb).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Edit } from '../../src/db/change';
import { PhanloDatabase } from '../../src/db/database';
import { applyEdit, redo, undo } from '../../src/db/transact';
import {
  DEMO_VARIANT_ID, approveVariantEdit, createVariantEdit, deleteVariantEdit, duplicateVariantEdit, readApprovedVariant,
  readVariants, renameVariantEdit, updateVariantLayoutEdit, type Variant,
} from '../../src/db/variants';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { demoSite, ZONE_FILE } from '../features/plan/fakes';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});
async function openDb(): Promise<PhanloDatabase> {
  const db = new PhanloDatabase(`variants-test-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}

/** The stored table as the app sees it: live rows, no envelope. */
async function stateOf(db: PhanloDatabase) {
  return (await db.variants.toArray()).filter((row) => !row.deleted)
    .map(({ version: _v, updatedAt: _u, deleted: _d, ...payload }) => payload)
    .sort((a, b) => a.id.localeCompare(b.id));
}
const approvedCount = async (db: PhanloDatabase) => (await readVariants(db)).filter((v) => v.approved).length;

/** Applies, checks the invariant, undoes (state exactly as before), redoes (state exactly as after). */
async function roundTrip(db: PhanloDatabase, edit: Edit | null | { refused: string }) {
  if (!edit || 'refused' in edit) throw new Error(`refused: ${JSON.stringify(edit)}`);
  const before = await stateOf(db);
  expect((await applyEdit(db, edit)).ok).toBe(true);
  const after = await stateOf(db);
  expect(after).not.toEqual(before);
  expect(await approvedCount(db)).toBe(1);
  expect((await undo(db)).ok).toBe(true);
  expect(await stateOf(db)).toEqual(before);
  expect((await redo(db)).ok).toBe(true);
  expect(await stateOf(db)).toEqual(after);
  expect(await approvedCount(db)).toBe(1);
  return after;
}

const site = demoSite();
const laidOut = (parameters = DEFAULT_LAYOUT_PARAMETERS): LayoutResult => {
  const result = generateLayout(site, parameters);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
};
const demo = (db: PhanloDatabase) => readVariants(db).then((all) => all.find((v) => v.id === DEMO_VARIANT_ID)!);
async function withCopy(db: PhanloDatabase, id = 'copy-1'): Promise<Variant> {
  await applyEdit(db, duplicateVariantEdit(await demo(db), { id, name: 'PA 2', createdAt: '2026-12-01T01:00:00.000Z' }));
  return (await readVariants(db)).find((v) => v.id === id)!;
}

describe('variant commands', () => {
  it('a fresh profile has the demo variant alone, approved, with the default parameters', async () => {
    const db = await openDb();
    const approved = await readApprovedVariant(db);
    expect(approved).toMatchObject({ id: DEMO_VARIANT_ID, name: null, site: null, layout: null, approved: true });
    expect(approved.parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
  });

  it("the demo variant's layout is the command line's, plot for plot and code for code", () => {
    const cli = spawnSync('npm', ['run', '--silent', 'phanlo', '--', 'layout', ZONE_FILE, '--format', 'geojson'], { encoding: 'utf8', timeout: 50_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const plotsOf = (features: { properties: { kind: string; code?: string } }[]) =>
      features.filter((f) => f.properties.kind === 'plot').map((f) => f.properties.code).sort();
    const fromCli = plotsOf(JSON.parse(cli.stdout).features);
    expect(fromCli.length).toBeGreaterThan(10);
    expect(plotsOf(laidOut().features as never)).toEqual(fromCli);
  }, 60_000);

  it('create: a new variant from a site, parameters and layout, not approved; undo removes it', async () => {
    const db = await openDb();
    const after = await roundTrip(db, createVariantEdit({
      id: 'new-1', name: 'Nhập từ KML', site, parameters: DEFAULT_LAYOUT_PARAMETERS, layout: laidOut(), createdAt: '2026-12-01T02:00:00.000Z',
    }));
    expect(after.map((v) => [v.id, v.approved])).toEqual([['demo', true], ['new-1', false]]);
    expect(after[1].layout!.features.length).toBeGreaterThan(0);
  });

  it('duplicate: a copy under a new id and name, the approval stays', async () => {
    const db = await openDb();
    const after = await roundTrip(db, duplicateVariantEdit(await demo(db), { id: 'copy-1', name: 'PA 2', createdAt: '2026-12-01T01:00:00.000Z' }));
    expect(after.map((v) => [v.id, v.name, v.approved])).toEqual([['copy-1', 'PA 2', false], ['demo', null, true]]);
    expect(after[0].parameters).toEqual(after[1].parameters);
  });

  it('rename: trims, refuses an empty name', async () => {
    const db = await openDb();
    const copy = await withCopy(db);
    expect(renameVariantEdit(copy, '   ')).toBeNull();
    const after = await roundTrip(db, renameVariantEdit(copy, '  Phương án đường 16 m '));
    expect(after.find((v) => v.id === 'copy-1')!.name).toBe('Phương án đường 16 m');
  });

  it('approve: exactly one approved, the other un-approved in the same change; undo gives the approval back', async () => {
    const db = await openDb();
    await withCopy(db);
    const edit = approveVariantEdit(await readVariants(db), 'copy-1');
    expect('change' in edit && edit.change.puts!.variants!.map((v) => [v.id, v.approved])).toEqual([['copy-1', true], ['demo', false]]);
    await roundTrip(db, edit);
    expect((await readApprovedVariant(db)).id).toBe('copy-1');
    expect(approveVariantEdit(await readVariants(db), 'nope')).toEqual({ refused: 'missing' });
  });

  it('delete: a tombstone, undone through the history; the last variant is refused', async () => {
    const db = await openDb();
    expect(deleteVariantEdit(await readVariants(db), DEMO_VARIANT_ID)).toEqual({ refused: 'last' });
    await withCopy(db);
    const after = await roundTrip(db, deleteVariantEdit(await readVariants(db), 'copy-1'));
    expect(after.map((v) => v.id)).toEqual(['demo']);
    const tomb = await db.variants.get('copy-1');
    expect(tomb).toMatchObject({ id: 'copy-1', deleted: true });
    expect(Object.keys(tomb!).sort()).toEqual(['deleted', 'id', 'updatedAt', 'version']);
  });

  it('deleting the approved variant passes the approval to the oldest one left, in the same change', async () => {
    const db = await openDb();
    await withCopy(db);
    await applyEdit(db, approveVariantEdit(await readVariants(db), 'copy-1') as Edit);
    const after = await roundTrip(db, deleteVariantEdit(await readVariants(db), 'copy-1'));
    expect(after.map((v) => [v.id, v.approved])).toEqual([['demo', true]]);
    expect((await undo(db)).ok).toBe(true);
    expect((await readApprovedVariant(db)).id).toBe('copy-1');
  });

  it('update: parameters and the layout they gave, one history entry; undo gives the old ones back', async () => {
    const db = await openDb();
    const copy = await withCopy(db);
    const parameters = { ...DEFAULT_LAYOUT_PARAMETERS, mainRoadWidthM: DEFAULT_LAYOUT_PARAMETERS.mainRoadWidthM + 2 };
    const layout = laidOut(parameters);
    const entries = await db.history.count();
    const after = await roundTrip(db, updateVariantLayoutEdit(copy, parameters, layout));
    expect(await db.history.count()).toBe(entries + 1);
    expect(after.find((v) => v.id === 'copy-1')!.parameters.mainRoadWidthM).toBe(parameters.mainRoadWidthM);
    expect(after.find((v) => v.id === 'copy-1')!.layout).toEqual(JSON.parse(JSON.stringify(layout)));
  });

  it('update keeps the fields the planner set with the variant; rows stored without them read as before', async () => {
    const db = await openDb();
    const copy = await withCopy(db);
    // The planner typed the main road back to its default: only the stored list can say so.
    await roundTrip(db, updateVariantLayoutEdit(copy, DEFAULT_LAYOUT_PARAMETERS, laidOut(), ['mainRoadWidthM', 'targetFrontageM']));
    expect((await readVariants(db)).find((v) => v.id === 'copy-1')!.givenParameters).toEqual(['mainRoadWidthM', 'targetFrontageM']);
    // An edit that does not say (a hand edit's row, a caller of before) leaves the list as stored.
    await applyEdit(db, updateVariantLayoutEdit((await readVariants(db)).find((v) => v.id === 'copy-1')!, DEFAULT_LAYOUT_PARAMETERS, null));
    expect((await readVariants(db)).find((v) => v.id === 'copy-1')!.givenParameters).toEqual(['mainRoadWidthM', 'targetFrontageM']);
    // A row as stored before the field existed (written straight to the table, as an old version left it).
    const { givenParameters: _g, ...old } = (await db.variants.get('copy-1'))!;
    await db.variants.put({ ...old, id: 'old' });
    const read = (await readVariants(db)).find((v) => v.id === 'old')!;
    expect('givenParameters' in read).toBe(false);
    expect(read.parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
  });

  it('a damaged list of given fields is dropped (read as a row without one), the rest of the variant kept', async () => {
    const db = await openDb();
    const copy = await withCopy(db);
    for (const [id, given] of [['bad-1', ['mainRoadWidthM', 'noSuchField']], ['bad-2', 'mainRoadWidthM'], ['bad-3', [7]]] as const) {
      await db.variants.put({ ...(await db.variants.get(copy.id))!, id, givenParameters: given } as never);
    }
    await db.variants.put({ ...(await db.variants.get(copy.id))!, id: 'twice', givenParameters: ['mainRoadWidthM', 'mainRoadWidthM'] });
    const variants = await readVariants(db);
    for (const id of ['bad-1', 'bad-2', 'bad-3']) {
      const bad = variants.find((v) => v.id === id)!;
      expect('givenParameters' in bad).toBe(false);
      expect(bad.name).toBe('PA 2');
    }
    expect(variants.find((v) => v.id === 'twice')!.givenParameters).toEqual(['mainRoadWidthM']);
  });

  it('a damaged stored variant is left out or repaired, never crashes the read', async () => {
    const db = await openDb();
    await db.variants.put({ id: 'bad', name: 3, site: 'x', parameters: { mainRoadWidthM: -1 }, layout: {}, approved: 'yes', createdAt: 1 } as never);
    const bad = (await readVariants(db)).find((v) => v.id === 'bad')!;
    expect(bad).toMatchObject({ name: null, site: null, layout: null, approved: false });
    expect(bad.parameters).toEqual(DEFAULT_LAYOUT_PARAMETERS);
    expect((await readApprovedVariant(db)).id).toBe(DEMO_VARIANT_ID);
  });
});

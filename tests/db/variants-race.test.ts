// Two tabs approving different variants at once (issue 8): the approval reads the variants inside its
// own transaction, so exactly one live variant ends approved. Two Dexie connections on one
// fake-indexeddb database stand for the two tabs.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import { applyEdit, undo } from '../../src/db/transact';
import { DEMO_VARIANT_ID, approveVariant, deleteVariantEdit, duplicateVariantEdit, readVariants } from '../../src/db/variants';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

/** Two connections to one fresh database, with variants demo (approved), pa-2 and pa-3. */
async function twoTabs(): Promise<[PhanloDatabase, PhanloDatabase]> {
  const name = `variants-race-${++n}`;
  const tab1 = new PhanloDatabase(name);
  opened.push(tab1);
  await tab1.open();
  const demo = (await readVariants(tab1)).find((v) => v.id === DEMO_VARIANT_ID)!;
  await applyEdit(tab1, duplicateVariantEdit(demo, { id: 'pa-2', name: 'PA 2', createdAt: '2026-12-01T01:00:00.000Z' }));
  await applyEdit(tab1, duplicateVariantEdit(demo, { id: 'pa-3', name: 'PA 3', createdAt: '2026-12-01T02:00:00.000Z' }));
  const tab2 = new PhanloDatabase(name);
  opened.push(tab2);
  await tab2.open();
  return [tab1, tab2];
}

const approvedIds = async (db: PhanloDatabase) => (await readVariants(db)).filter((v) => v.approved).map((v) => v.id);
const label = { key: 'plan.variant.approved' };

describe('approving variants from two tabs at once', () => {
  it('leaves exactly one approved: the later approval wins and un-approves the earlier one', async () => {
    const [tab1, tab2] = await twoTabs();
    // Both start before either has written: each tab's view of the variants is the same, stale one.
    const [first, second] = await Promise.all([approveVariant(tab1, 'pa-2', label), approveVariant(tab2, 'pa-3', label)]);
    expect(first.ok && second.ok).toBe(true);
    for (const tab of [tab1, tab2]) expect(await approvedIds(tab)).toHaveLength(1);
    const [winner] = await approvedIds(tab1);
    expect(['pa-2', 'pa-3']).toContain(winner);
    expect(await approvedIds(tab2)).toEqual([winner]);
    // The winner's change un-approved the other's approval (it read it inside its transaction).
    const loser = winner === 'pa-2' ? 'pa-3' : 'pa-2';
    const entries = await tab1.history.orderBy('seq').toArray();
    // A done entry stores its inverse (what the change replaced): the winner was not approved, the loser was.
    const replaced = entries.at(-1)!.inverse.puts!.variants!.map((v) => [v.id, (v as { approved: boolean }).approved]);
    expect(replaced).toContainEqual([winner, false]);
    expect(replaced).toContainEqual([loser, true]);
    // Undoing the winner gives the approval back to the loser: still exactly one.
    expect((await undo(tab2)).ok).toBe(true);
    expect(await approvedIds(tab1)).toEqual([loser]);
  });

  it('refuses, writing nothing, to approve a variant the other tab deleted meanwhile', async () => {
    const [tab1, tab2] = await twoTabs();
    await applyEdit(tab2, deleteVariantEdit(await readVariants(tab2), 'pa-2') as never);
    const historyBefore = await tab1.history.count();
    const result = await approveVariant(tab1, 'pa-2', label);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: 'missing' } });
    expect(await approvedIds(tab1)).toEqual([DEMO_VARIANT_ID]);
    expect(await tab1.history.count()).toBe(historyBefore);
  });
});

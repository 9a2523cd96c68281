// The allocation's writes: the rules hold inside one transaction, also for two connections racing on one
// database (two tabs), and the audit trail only ever grows (an undo appends "undone").
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOf, entrySubject, plotSubject } from '../../src/db/audit';
import { moveAllocation, offerMany, offerPlots, recordPayment } from '../../src/db/allocations';
import { allocationsOfEntry } from '../../src/db/allocation-reads';
import { PhanloDatabase } from '../../src/db/database';
import type { RegisterEntryRow } from '../../src/db/register-rows';
import { putSettings } from '../../src/db/settings';
import { redo, transact, undo } from '../../src/db/transact';

const opened: PhanloDatabase[] = [];
const names: string[] = [];
let n = 0;
const freshName = () => { const name = `allocations-test-${++n}`; names.push(name); return name; };
const openDb = (name = freshName()) => { const db = new PhanloDatabase(name); opened.push(db); return db; };
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const entry = (id: string, name: string): Omit<RegisterEntryRow, 'version' | 'updatedAt' | 'deleted'> => ({
  id, kind: 'household', name, representative: null, phone: '0912345678', idNumber: null, trade: 'carpentry', address: null,
  areaNeededM2: 800, workers: 3, emissions: ['noise'], fireHazard: 'medium', needsLoan: false, loanMillionVnd: null, notes: null,
  registeredOn: '2023-05-01', wishes: [], createdAt: '2023-05-01T00:00:00.000Z',
});

async function withEntries(db: PhanloDatabase, ...ids: string[]) {
  const result = await transact(db, { puts: { registerEntries: ids.map((id) => entry(id, `Hộ ${id}`)) } }, { label: { key: 'test' }, history: false });
  expect(result.ok).toBe(true);
}

const liveOn = async (db: PhanloDatabase, code: string) =>
  (await db.allocations.where('plotKeys').equals(`demo|${code}`).toArray()).filter((row) => !row.deleted && row.status !== 'withdrawn');

describe('offers', () => {
  it('offers a plot once: a second entry is refused with who holds it, and nothing is written', async () => {
    const db = openDb();
    await withEntries(db, 'e1', 'e2');
    expect((await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'] })).ok).toBe(true);
    const second = await offerPlots(db, { entryId: 'e2', variantId: 'demo', plotCodes: ['A-01'] });
    expect(second).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'plot-taken', plotCode: 'A-01', entryId: 'e1' } } });
    expect(await liveOn(db, 'A-01')).toHaveLength(1);
    expect(await allocationsOfEntry(db, 'e2')).toEqual([]);
    expect(await auditOf(db, entrySubject('e2'))).toEqual([]);
  });

  it('two connections (two tabs) racing for one plot: exactly one wins, the other is refused', async () => {
    const name = freshName();
    const first = openDb(name);
    await withEntries(first, ...Array.from({ length: 8 }, (_, i) => `e${i}`));
    const tabs = [first, openDb(name)];
    await tabs[1].open();
    for (let round = 0; round < 5; round++) {
      const code = `B-0${round}`;
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        offerPlots(tabs[i % 2], { entryId: `e${i}`, variantId: 'demo', plotCodes: [code] })));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject({ failure: { kind: 'refused', refusal: { code: 'plot-taken', plotCode: code } } });
      expect(await liveOn(tabs[1], code)).toHaveLength(1);
    }
  });

  it('two connections accepting two offers of one entry: one is accepted, the other refused', async () => {
    const name = freshName();
    const a = openDb(name);
    await withEntries(a, 'e1');
    await offerPlots(a, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'] });
    await offerPlots(a, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-02'] });
    const [x, y] = await allocationsOfEntry(a, 'e1');
    const b = openDb(name);
    const results = await Promise.all([
      moveAllocation(a, { allocationId: x.id, to: 'accepted', expectedVersion: x.version }),
      moveAllocation(b, { allocationId: y.id, to: 'accepted', expectedVersion: y.version }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const rows = await allocationsOfEntry(a, 'e1');
    expect(rows.map((row) => row.status).sort()).toEqual(['accepted', 'withdrawn']);
  });

  it('a batch is all or nothing', async () => {
    const db = openDb();
    await withEntries(db, 'e1', 'e2', 'e3');
    await offerPlots(db, { entryId: 'e3', variantId: 'demo', plotCodes: ['C-01'] });
    const result = await offerMany(db, [
      { entryId: 'e1', variantId: 'demo', plotCodes: ['C-02'] },
      { entryId: 'e2', variantId: 'demo', plotCodes: ['C-01'] },
    ], 'allocation.label.suggestion');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'plot-taken', plotCode: 'C-01' } } });
    expect(await liveOn(db, 'C-02')).toEqual([]);
    const doubled = await offerMany(db, [
      { entryId: 'e1', variantId: 'demo', plotCodes: ['C-03'] },
      { entryId: 'e2', variantId: 'demo', plotCodes: ['C-03'] },
    ], 'allocation.label.suggestion');
    expect(doubled.ok).toBe(false);
  });
});

describe('statuses, payments and the audit trail', () => {
  it('accepting withdraws the other offers; every step is recorded with who, when and why', async () => {
    const db = openDb();
    await withEntries(db, 'e1');
    await putSettings(db, { profile: { name: 'Nguyễn Thị Lan', role: 'official' } });
    await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'], reason: 'nguyện vọng 1' });
    const row = new Map([['A-01', { neighbours: ['A-02'] }], ['A-02', { neighbours: ['A-01', 'A-03'] }], ['A-03', { neighbours: ['A-02'] }]]);
    expect((await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-02', 'A-03'], plots: row })).ok).toBe(true);
    const [one] = await allocationsOfEntry(db, 'e1');
    expect((await moveAllocation(db, { allocationId: one.id, to: 'accepted', reason: 'hộ đồng ý' }, () => new Date('2024-03-01T08:00:00Z'))).ok).toBe(true);
    expect((await allocationsOfEntry(db, 'e1')).map((row) => row.status)).toEqual(['accepted', 'withdrawn']);
    expect((await recordPayment(db, { allocationId: one.id, amountVnd: 500_000_000, paidOn: '2024-03-05' })).ok).toBe(true);
    const skipped = await moveAllocation(db, { allocationId: one.id, to: 'operating' });
    expect(skipped).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'bad-step' } } });
    const trail = await auditOf(db, entrySubject('e1'));
    expect(trail.map((line) => line.action.key)).toEqual(['audit.offered', 'audit.offered', 'audit.accepted', 'audit.withdrawn-by-accept', 'audit.payment']);
    expect(trail[0]).toMatchObject({ by: { name: 'Nguyễn Thị Lan', role: 'official' }, reason: 'nguyện vọng 1' });
    expect(trail[2]).toMatchObject({ at: '2024-03-01T08:00:00.000Z', reason: 'hộ đồng ý' });
    const plotTrail = await auditOf(db, plotSubject('demo', 'A-03'));
    expect(plotTrail.map((line) => line.action.key)).toEqual(['audit.offered', 'audit.withdrawn-by-accept']);
  });

  it('an undo appends "undone" and never removes a line; redo appends "redone"', async () => {
    const db = openDb();
    await withEntries(db, 'e1');
    await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'] });
    const before = await db.auditTrail.toArray();
    expect((await undo(db)).ok).toBe(true);
    expect(await liveOn(db, 'A-01')).toEqual([]);
    const after = await db.auditTrail.toArray();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((line) => line.action)).toEqual([{ key: 'audit.undone', params: { plots: 'A-01', entry: 'Hộ e1', action: 'audit.offered' } }]);
    expect((await redo(db)).ok).toBe(true);
    expect(await liveOn(db, 'A-01')).toHaveLength(1);
    expect((await db.auditTrail.toArray()).map((line) => line.action.key)).toEqual(['audit.offered', 'audit.undone', 'audit.redone']);
  });

  it('an undo that would bring back an offer on a plot offered since (in another tab) is refused', async () => {
    const name = freshName();
    const a = openDb(name);
    const b = openDb(name);
    await withEntries(a, 'e1', 'e2');
    await offerPlots(a, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'] });
    const [offer] = await allocationsOfEntry(a, 'e1');
    await moveAllocation(a, { allocationId: offer.id, to: 'withdrawn' });
    expect((await offerPlots(b, { entryId: 'e2', variantId: 'demo', plotCodes: ['A-01'] })).ok).toBe(true);
    // tab a's latest history entry is now b's offer (one database, one history): undo it, then a's withdrawal
    expect((await undo(a)).ok).toBe(true);
    expect((await offerPlots(b, { entryId: 'e2', variantId: 'demo', plotCodes: ['A-01'] })).ok).toBe(true);
    const history = await a.history.orderBy('seq').toArray();
    const withdrawal = history.find((entry) => entry.label.key === 'allocation.label.withdrawn')!;
    // undoing the withdrawal directly (replaying its inverse) must be refused: A-01 is e2's now
    await a.history.where('seq').above(withdrawal.seq!).delete();
    const refused = await undo(a);
    expect(refused).toMatchObject({ ok: false, reason: 'failed', failure: { kind: 'refused', refusal: { code: 'plot-taken', entryId: 'e2' } } });
    expect((await liveOn(a, 'A-01')).map((row) => row.entryId)).toEqual(['e2']);
  });

  it('a stale move (another tab changed the allocation) is refused', async () => {
    const db = openDb();
    await withEntries(db, 'e1');
    await offerPlots(db, { entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'] });
    const [seen] = await allocationsOfEntry(db, 'e1');
    await moveAllocation(db, { allocationId: seen.id, to: 'accepted', expectedVersion: seen.version });
    const stale = await moveAllocation(db, { allocationId: seen.id, to: 'withdrawn', expectedVersion: seen.version });
    expect(stale).toMatchObject({ ok: false, failure: { kind: 'refused', refusal: { code: 'changed-meanwhile' } } });
  });
});

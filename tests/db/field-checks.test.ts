// Field checks through transact: recorded with their photos in one change, undone and redone through the
// persisted history; a merge adds only ids this database never held (tombstones included) and never
// overwrites; an export read back by the merge reader gives the same records (photos byte for byte).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PhanloDatabase } from '../../src/db/database';
import {
  fieldChecksOfVariant, mergeFieldChecksEdit, photosOfCheck, planFieldMerge, recordFieldCheckEdit, removeFieldCheckEdit,
  type FieldCheck, type FieldPhoto,
} from '../../src/db/field-checks';
import { applyEdit, redo, undo } from '../../src/db/transact';
import { writeFieldBackup } from '../../src/io/field-export';
import { readFieldFile } from '../../src/io/field-merge';

const opened: PhanloDatabase[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name); }
});
async function openDb(): Promise<PhanloDatabase> {
  const db = new PhanloDatabase(`field-checks-test-${++n}`);
  opened.push(db);
  await db.open();
  return db;
}

const check = (id: string, overrides: Partial<FieldCheck> = {}): FieldCheck => ({
  id, variantId: 'demo', plotCode: 'A-01', cornerNo: 1, kind: 'marker-found',
  position: { easting: 592_750.123, northing: 2_306_380.456, accuracyM: 0.02, source: 'averaged', fixes: 10, spreadM: 0.008 },
  planned: { easting: 592_750.1, northing: 2_306_380.43 }, note: 'Mốc bê tông còn nguyên', at: '2026-12-01T08:00:00.000Z',
  by: { name: 'Nguyễn Văn A', role: 'field' }, deviceId: 'dev-tablet', ...overrides,
});
const photo = (id: string, checkId: string, bytes: number[]): FieldPhoto => ({
  id, checkId, blob: new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), width: 4, height: 3, at: '2026-12-01T08:00:01.000Z',
});
const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

describe('field checks', () => {
  it('records a check with its photos, undoes and redoes them together', async () => {
    const db = await openDb();
    const result = await applyEdit(db, recordFieldCheckEdit(check('c1'), [photo('p1', 'c1', [1, 2, 3])]));
    expect(result.ok).toBe(true);
    expect((await fieldChecksOfVariant(db, 'demo')).map((c) => c.id)).toEqual(['c1']);
    expect(await bytesOf((await photosOfCheck(db, 'c1'))[0].blob)).toEqual([1, 2, 3]);
    await undo(db);
    expect(await fieldChecksOfVariant(db, 'demo')).toEqual([]);
    expect(await photosOfCheck(db, 'c1')).toEqual([]);
    await redo(db);
    expect((await fieldChecksOfVariant(db, 'demo'))[0]).toEqual(check('c1'));
    await applyEdit(db, removeFieldCheckEdit(check('c1'), ['p1']));
    expect(await fieldChecksOfVariant(db, 'demo')).toEqual([]);
  });

  it("merges another device's export: adds new ids only, never overwrites, skips what was deleted here", async () => {
    const tablet = await openDb();
    const office = await openDb();
    await applyEdit(tablet, recordFieldCheckEdit(check('c1'), [photo('p1', 'c1', [9, 8, 7])]));
    await applyEdit(tablet, recordFieldCheckEdit(check('c2', { cornerNo: 2, note: 'tablet note' })));
    await applyEdit(tablet, recordFieldCheckEdit(check('c3', { cornerNo: 3 })));
    // The office already holds c2 with its own note, and deleted c3.
    await applyEdit(office, recordFieldCheckEdit(check('c2', { cornerNo: 2, note: 'office note' })));
    await applyEdit(office, recordFieldCheckEdit(check('c3', { cornerNo: 3 })));
    await applyEdit(office, removeFieldCheckEdit(check('c3'), []));

    const exported = await writeFieldBackup(await fieldChecksOfVariant(tablet, 'demo'), await photosOfCheck(tablet, 'c1'), new Date());
    const read = readFieldFile(exported, 'tablet.json');
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const plan = await planFieldMerge(office, read.value.checks, read.value.photos);
    expect(plan.checks.map((c) => c.id)).toEqual(['c1']);
    expect(plan.skippedChecks).toBe(2);
    expect((await applyEdit(office, mergeFieldChecksEdit(plan, 'tablet.json'))).ok).toBe(true);
    const merged = await fieldChecksOfVariant(office, 'demo');
    expect(merged.map((c) => [c.id, c.note])).toEqual([['c1', 'Mốc bê tông còn nguyên'], ['c2', 'office note']]);
    expect(merged[0]).toEqual(check('c1'));
    expect(await bytesOf((await photosOfCheck(office, 'c1'))[0].blob)).toEqual([9, 8, 7]);
    // Merging the same file again adds nothing.
    expect((await planFieldMerge(office, read.value.checks, read.value.photos)).checks).toEqual([]);
  });
});

describe('readFieldFile', () => {
  it('refuses a file with one bad row whole, saying the row and the field', () => {
    const text = JSON.stringify({
      format: 'phanlo-backup', version: 1, exportedAt: '2026-12-01T00:00:00Z', schemaVersion: 6,
      tables: { fieldChecks: [check('c1'), { ...check('c2'), kind: 'lost' }], photos: [] },
    });
    const read = readFieldFile(text, 'bad.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toEqual([{ file: 'bad.json', row: 2, field: 'fieldChecks.kind', code: 'invalid-check' }]);
    expect(readFieldFile('{', 'x.json')).toEqual({ ok: false, errors: [{ file: 'x.json', code: 'not-json' }] });
    expect(readFieldFile('{"format":"other"}', 'x.json').ok).toBe(false);
  });
});

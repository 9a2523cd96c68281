/**
 * Field checks and their photos: the commands that record, remove and merge them (change records
 * applied by `transact`, so each is one IndexedDB transaction with undo), and the reads field mode uses.
 * Photos come here already resized by the screen (src/features/field/resize-photo.ts).
 */
import type { Edit, Payload } from './change';
import type { PhanloDatabase } from './database';
import type { FieldCheckRow, PhotoRow } from './field-rows';
import { liveRow } from './restore';

export type FieldCheck = Payload<FieldCheckRow>;
export type FieldPhoto = Payload<PhotoRow>;

const strip = <Row extends { version?: number; updatedAt?: string; deleted?: boolean }>(row: Row): Omit<Row, 'version' | 'updatedAt' | 'deleted'> => {
  const { version: _v, updatedAt: _u, deleted: _d, ...payload } = row;
  return payload;
};

/** Records one check and its photos together: both are saved, or neither. */
export function recordFieldCheckEdit(check: FieldCheck, photos: readonly FieldPhoto[] = []): Edit {
  return {
    change: { puts: { fieldChecks: [check], ...(photos.length ? { photos } : {}) } },
    label: { key: 'field.history.recorded', params: { plot: check.plotCode, corner: check.cornerNo ?? '—' } },
  };
}

/** Removes a check and its photos (tombstones, so a later merge does not bring them back). */
export function removeFieldCheckEdit(check: FieldCheck, photoIds: readonly string[]): Edit {
  return {
    change: { deletes: { fieldChecks: [check.id], ...(photoIds.length ? { photos: photoIds } : {}) } },
    label: { key: 'field.history.removed', params: { plot: check.plotCode, corner: check.cornerNo ?? '—' } },
  };
}

/** What a merge adds: rows whose id this database has never held (a tombstone counts as held). */
export interface FieldMergePlan {
  readonly checks: readonly FieldCheck[];
  readonly photos: readonly FieldPhoto[];
  /** Checks in the file this database already holds: left exactly as they are. */
  readonly skippedChecks: number;
  readonly skippedPhotos: number;
}

/** Reads which of the incoming rows are new here; never overwrites, so nothing held is touched. */
export async function planFieldMerge(db: PhanloDatabase, checks: readonly FieldCheck[], photos: readonly FieldPhoto[]): Promise<FieldMergePlan> {
  const heldChecks = new Set((await db.fieldChecks.bulkGet(checks.map((c) => c.id))).filter((r) => r).map((r) => r!.id));
  const heldPhotos = new Set((await db.photos.bulkGet(photos.map((p) => p.id))).filter((r) => r).map((r) => r!.id));
  const newChecks = checks.filter((c) => !heldChecks.has(c.id));
  // A photo comes with its check: photos of checks held here stay as they are, too.
  const addedCheckIds = new Set(newChecks.map((c) => c.id));
  const newPhotos = photos.filter((p) => !heldPhotos.has(p.id) && addedCheckIds.has(p.checkId));
  return { checks: newChecks, photos: newPhotos, skippedChecks: checks.length - newChecks.length, skippedPhotos: photos.length - newPhotos.length };
}

export function mergeFieldChecksEdit(plan: FieldMergePlan, fileName: string): Edit {
  return {
    change: { puts: { ...(plan.checks.length ? { fieldChecks: plan.checks } : {}), ...(plan.photos.length ? { photos: plan.photos } : {}) } },
    label: { key: 'field.history.merged', params: { count: plan.checks.length, file: fileName } },
  };
}

/** The live checks of one variant, oldest first. */
export async function fieldChecksOfVariant(db: PhanloDatabase, variantId: string): Promise<FieldCheck[]> {
  const rows = await db.fieldChecks.where('variantId').equals(variantId).toArray();
  return rows.flatMap((row) => (liveRow(row) ? [strip(row)] : [])).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Every live check and photo, for an export. */
export async function allFieldRecords(db: PhanloDatabase): Promise<{ checks: FieldCheck[]; photos: FieldPhoto[] }> {
  const checks = (await db.fieldChecks.toArray()).flatMap((row) => (liveRow(row) ? [strip(row)] : []));
  const photos = (await db.photos.toArray()).flatMap((row) => (liveRow(row) ? [strip(row)] : []));
  return { checks, photos };
}

/** The live photos of one check. */
export async function photosOfCheck(db: PhanloDatabase, checkId: string): Promise<FieldPhoto[]> {
  const rows = await db.photos.where('checkId').equals(checkId).toArray();
  return rows.flatMap((row) => (liveRow(row) ? [strip(row)] : [])).sort((a, b) => a.at.localeCompare(b.at));
}

/** Ids of the live photos of many checks, by check. */
export async function photoCountsOf(db: PhanloDatabase, checkIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.photos.where('checkId').anyOf([...checkIds]).toArray();
  const byCheck = new Map<string, string[]>();
  for (const row of rows) {
    if (!liveRow(row)) continue;
    byCheck.set(row.checkId, [...(byCheck.get(row.checkId) ?? []), row.id]);
  }
  return byCheck;
}

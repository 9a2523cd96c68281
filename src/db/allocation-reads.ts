/**
 * What the allocation screens read (through useLiveQuery): live rows only, tombstones left out, and
 * the stored allocation terms through their restore step. Plus the plain edits of the terms setting and
 * of the plan's milestones, which go through commitEdit like every other edit.
 */
import { restoreTerms, type AllocationTerms } from '../domain/allocation/terms';
import type { Edit, Payload } from './change';
import type { PhanloDatabase } from './database';
import type { AllocationRow, DrawRow, MilestoneRow, PaymentRow, RegisterEntryRow } from './register-rows';

const live = <Row extends { deleted?: boolean }>(rows: readonly Row[]): Row[] => rows.filter((row) => !row.deleted);

export const liveEntries = async (db: PhanloDatabase): Promise<RegisterEntryRow[]> => live(await db.registerEntries.toArray());
export const allocationsOfVariant = async (db: PhanloDatabase, variantId: string): Promise<AllocationRow[]> =>
  live(await db.allocations.where('variantId').equals(variantId).toArray());
export const allAllocations = async (db: PhanloDatabase): Promise<AllocationRow[]> => live(await db.allocations.toArray());
export const allocationsOfEntry = async (db: PhanloDatabase, entryId: string): Promise<AllocationRow[]> =>
  live(await db.allocations.where('entryId').equals(entryId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
export const paymentsOf = async (db: PhanloDatabase, allocationIds: readonly string[]): Promise<PaymentRow[]> =>
  allocationIds.length ? live(await db.payments.where('allocationId').anyOf([...allocationIds]).toArray()) : [];
export const allPayments = async (db: PhanloDatabase): Promise<PaymentRow[]> => live(await db.payments.toArray());
export const allDraws = async (db: PhanloDatabase): Promise<DrawRow[]> =>
  live(await db.draws.toArray()).sort((a, b) => b.at.localeCompare(a.at));
export const storedMilestones = async (db: PhanloDatabase): Promise<MilestoneRow[]> =>
  live(await db.milestones.toArray()).sort((a, b) => a.order - b.order);

/** The settings key of the allocation terms (mode, price per m², corner factor, lease years). */
export const TERMS_SETTING = 'allocationTerms';

export async function storedTerms(db: PhanloDatabase): Promise<AllocationTerms> {
  const row = await db.settings.get(TERMS_SETTING);
  return restoreTerms(row && !row.deleted ? row.value : undefined);
}

/** Saves the terms (an edit: undoable). */
export const termsEdit = (terms: AllocationTerms): Edit => ({
  change: { puts: { settings: [{ key: TERMS_SETTING, value: { ...terms } }] } },
  label: { key: 'allocation.label.terms' },
});

/** Saves milestones as edited (the plan's defaults are written on first edit). */
export const milestonesEdit = (rows: readonly Payload<MilestoneRow>[]): Edit => ({
  change: { puts: { milestones: [...rows] } },
  label: { key: 'allocation.label.milestones' },
});

/** When each allocation was (last) accepted, from the audit trail: allocation id → ISO time. */
export async function acceptedDates(db: PhanloDatabase): Promise<Map<string, string>> {
  const lines = await db.auditTrail.filter((line) => line.action.key === 'audit.accepted').toArray();
  const dates = new Map<string, string>();
  for (const line of lines) {
    for (const subject of line.subjects) if (subject.startsWith('allocation:')) dates.set(subject.slice('allocation:'.length), line.at);
  }
  return dates;
}

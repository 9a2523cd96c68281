/**
 * The audit trail (table `auditTrail`): who did what to which entry, plot or allocation, when and why.
 * Append-only: lines are added inside the write's own transaction (src/db/transact.ts) and never
 * changed or removed; an undo is a new line ("undone: …"), never a rewrite. Read back per subject.
 */
import type { PhanloDatabase } from './database';
import type { AuditRow } from './register-rows';

/** A line as a command writes it: `at` and `by` are filled in by transact when missing. */
export interface AuditLine {
  readonly action: AuditRow['action'];
  readonly reason?: string | null;
  readonly subjects: readonly string[];
  readonly by?: AuditRow['by'];
  readonly at?: string;
}

export const PROFILE_ROLES = ['official', 'cadastral', 'planner', 'field'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

/**
 * Who is using this device, read from the `profile` setting's stored row (validated here, without the
 * settings module, which itself writes through transact). An unset name is stored as '' and shown as the
 * default "Cán bộ xã" / "Commune official" in the reader's language.
 */
export function profileOfStored(value: unknown): AuditRow['by'] {
  const v = (value && typeof value === 'object' ? value : {}) as { name?: unknown; role?: unknown };
  const name = typeof v.name === 'string' ? v.name.trim().slice(0, 120) : '';
  const role = PROFILE_ROLES.includes(v.role as ProfileRole) ? (v.role as string) : 'official';
  return { name, role };
}

/** The profile as it stands now (call inside a transaction over `settings` to read it with the write). */
export async function currentAuditor(db: PhanloDatabase): Promise<AuditRow['by']> {
  const row = await db.settings.get('profile');
  return profileOfStored(row && !row.deleted ? row.value : undefined);
}

export const entrySubject = (entryId: string) => `entry:${entryId}`;
export const plotSubject = (variantId: string, code: string) => `plot:${variantId}|${code}`;
export const allocationSubject = (allocationId: string) => `allocation:${allocationId}`;

/** The lines about one subject, oldest first. */
export async function auditOf(db: PhanloDatabase, subject: string): Promise<AuditRow[]> {
  const rows = await db.auditTrail.where('subjects').equals(subject).toArray();
  return rows.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

/** Every line, newest first, at most `limit`. */
export async function latestAudit(db: PhanloDatabase, limit = 200): Promise<AuditRow[]> {
  return db.auditTrail.orderBy('seq').reverse().limit(limit).toArray();
}

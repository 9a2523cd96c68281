/**
 * The restore step for the land-recovery records (see restore.ts): the `compensationRates` setting and
 * the per-parcel extras. Loaded with the recovery screen, so full zod (the domain schemas) stays off the
 * first load.
 */
import {
  DEFAULT_COMPENSATION_RATES, parcelExtrasSchema, restoreCompensationRates, validateRates, type CompensationRates,
} from '../domain/land-recovery';
import type { ParcelExtrasRow } from './database';
import { liveRow, type RestoreIssue, type Restored } from './restore';

/** The shape version this app writes (CompensationRates.version). */
const RATES_VERSION = 1;

/**
 * Brings a stored rates object written by an older version to today's shape: no `version` (hand-made or
 * an early export) is version 1; price tables lacking codes added since get their default prices, so a
 * new code is priced rather than "without a price".
 */
function migrateRates(stored: Record<string, unknown>): Record<string, unknown> {
  const table = (name: 'landPriceVndPerM2' | 'cropVndPerM2') => {
    const value = stored[name];
    return value && typeof value === 'object' && !Array.isArray(value)
      ? { ...DEFAULT_COMPENSATION_RATES[name], ...(value as Record<string, unknown>) }
      : value;
  };
  return { ...stored, version: stored.version ?? RATES_VERSION, landPriceVndPerM2: table('landPriceVndPerM2'), cropVndPerM2: table('cropVndPerM2') };
}

/**
 * The stored `compensationRates` setting as the app may use it. Absent: the defaults, nothing to say.
 * Damaged fields fall back to their defaults one by one (a bad grave price does not lose the land
 * prices) and are named in the issue.
 */
export function restoreRates(stored: unknown): Restored<CompensationRates> {
  if (stored === undefined || stored === null) return { value: DEFAULT_COMPENSATION_RATES, issues: [] };
  const issue = (code: RestoreIssue['code'], fields: readonly string[]): RestoreIssue => ({ table: 'settings', key: 'compensationRates', code, fields });
  if (typeof stored !== 'object' || Array.isArray(stored)) return { value: DEFAULT_COMPENSATION_RATES, issues: [issue('invalid', [])] };
  const migrated = migrateRates(stored as Record<string, unknown>);
  if (typeof migrated.version === 'number' && migrated.version > RATES_VERSION) {
    return { value: restoreCompensationRates({ ...migrated, version: RATES_VERSION }), issues: [issue('newer', [])] };
  }
  const checked = validateRates(migrated);
  if (checked.ok) return { value: checked.value, issues: [] };
  return { value: restoreCompensationRates(migrated), issues: [issue('invalid', [...new Set(checked.errors.map((e) => e.field))].sort())] };
}

/** Live extras rows whose values check; a damaged row is left out (the parcel shows no extras) and reported. */
export function restoreExtrasRows(rows: readonly ParcelExtrasRow[]): Restored<ParcelExtrasRow[]> {
  const value: ParcelExtrasRow[] = [];
  const issues: RestoreIssue[] = [];
  for (const row of rows) {
    const live = liveRow(row);
    if (!live) continue;
    // Rows from before a note was asked for carry none: that is "no note", not damage.
    const checked = parcelExtrasSchema.safeParse({ ...live, note: live.note ?? '' });
    if (checked.success) value.push({ ...live, ...checked.data });
    else issues.push({ table: 'parcelExtras', key: `${live.layerKey} ${live.parcelId}`, code: 'invalid', fields: [...new Set(checked.error.issues.map((i) => i.path.join('.')))] });
  }
  return { value, issues };
}

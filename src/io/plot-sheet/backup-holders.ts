/**
 * The parts of a phanlo backup file (docs/TEAM-CONTRACTS.md: `{ format: "phanlo-backup", version: 1,
 * tables: { … } }`) that plot sheets print: register entries, allocations, the approved variant's id
 * and the place names. The file is checked whole first; rows of other tables are not looked at.
 * Tombstones (`deleted: true`) are kept as they are and skipped by the allocation rules. Pure.
 */
import { DEFAULT_PLACE_NAMES, restorePlaceNames, type PlaceNames } from '../../domain/place-names';
import type { AllocationLike, EntryLike, PlotAllocationStatus } from '../../domain/plot-sheet/plot-allocation';

export interface BackupError {
  readonly file: string;
  /** "tables.allocations[3]" and the like. */
  readonly field?: string;
  readonly code: 'not-a-backup' | 'backup-version' | 'backup-row';
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface BackupHolders {
  readonly entries: readonly EntryLike[];
  readonly allocations: readonly AllocationLike[];
  /** The approved live variant's id; 'demo' when the backup names none. */
  readonly approvedVariantId: string;
  readonly places: PlaceNames;
}

const STATUSES: readonly PlotAllocationStatus[] = ['offered', 'accepted', 'paid', 'building', 'operating', 'withdrawn'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function rowsOf(tables: Record<string, unknown>, name: string): unknown[] | null {
  const rows = tables[name];
  if (rows === undefined) return [];
  return Array.isArray(rows) ? rows : null;
}

export function readBackupHolders(json: unknown, file: string):
  { readonly ok: true; readonly value: BackupHolders } | { readonly ok: false; readonly errors: readonly BackupError[] } {
  if (!isObject(json) || json.format !== 'phanlo-backup' || !isObject(json.tables)) return { ok: false, errors: [{ file, code: 'not-a-backup' }] };
  if (json.version !== 1) return { ok: false, errors: [{ file, field: 'version', code: 'backup-version', params: { version: String(json.version) } }] };
  const tables = json.tables;
  const errors: BackupError[] = [];
  const entries: EntryLike[] = [];
  const allocations: AllocationLike[] = [];
  const table = (name: string, check: (row: Record<string, unknown>) => string | null, keep: (row: Record<string, unknown>) => void) => {
    const rows = rowsOf(tables, name);
    if (rows === null) {
      errors.push({ file, field: `tables.${name}`, code: 'backup-row', params: { problem: 'not a list of rows' } });
      return;
    }
    rows.forEach((row, index) => {
      const problem = !isObject(row) ? 'not an object' : row.deleted === true ? null : check(row);
      if (problem) errors.push({ file, field: `tables.${name}[${index}]`, code: 'backup-row', params: { problem } });
      else if (isObject(row)) keep(row);
    });
  };
  table('registerEntries', (row) => (!isText(row.id) ? 'id is not text' : !isText(row.name) ? 'name is not text' : null), (row) => {
    if (!isText(row.id)) return;
    entries.push({
      id: row.id, name: isText(row.name) ? row.name : '', trade: isText(row.trade) ? row.trade : null,
      wishes: Array.isArray(row.wishes) ? row.wishes.filter(isText) : [], deleted: row.deleted === true,
    });
  });
  table('allocations', (row) => {
    if (!isText(row.id) || !isText(row.entryId) || !isText(row.variantId)) return 'id, entryId or variantId is not text';
    if (!Array.isArray(row.plotCodes) || !row.plotCodes.every(isText)) return 'plotCodes is not a list of codes';
    if (!STATUSES.includes(row.status as PlotAllocationStatus)) return `status "${String(row.status)}" is not one of ${STATUSES.join(', ')}`;
    return null;
  }, (row) => {
    if (row.deleted === true || !isText(row.id)) return;
    allocations.push({
      id: row.id, entryId: row.entryId as string, variantId: row.variantId as string, plotCodes: row.plotCodes as string[],
      status: row.status as PlotAllocationStatus, priceVndPerM2: typeof row.priceVndPerM2 === 'number' ? row.priceVndPerM2 : null,
    });
  });
  let approvedVariantId = 'demo';
  table('variants', (row) => (isText(row.id) ? null : 'id is not text'), (row) => {
    if (row.deleted !== true && row.approved === true && isText(row.id)) approvedVariantId = row.id;
  });
  let places: PlaceNames = DEFAULT_PLACE_NAMES;
  table('settings', () => null, (row) => {
    if (row.key === 'placeNames' && row.deleted !== true) places = restorePlaceNames(row.value);
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { entries, allocations, approvedVariantId, places } };
}

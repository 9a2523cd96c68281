/**
 * The register's commands: add, edit and delete an entry, and import a file's entries, each an `Edit`
 * applied through `transact` (so undo works and survives a reload); an import is ONE change, written in
 * one transaction or not at all. Also the register's reader, which passes every stored row through the
 * restore step below (a row written by hand or by an older build gets its missing fields' defaults).
 */
import { emptyEntryFields, type EntryFields, type RegisterEntry } from '../domain/register/entry';
import type { ImportPlan } from '../domain/register/import-plan';
import type { Edit } from './change';
import type { PhanloDatabase } from './database';
import type { RegisterEntryRow } from './register-rows';

/** A random id (randomUUID is missing outside secure contexts). */
export function newEntryId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** getRandomValues fills at most 65,536 bytes a call. */
const RANDOM_BYTES_PER_CALL = 65_536;

/**
 * `count` random ids in randomUUID's form (version 4): the random bytes of all of them drawn in a few
 * calls — 10,000 calls of randomUUID were a tenth of an import's write on a busy machine.
 */
export function newEntryIds(count: number): string[] {
  const bytes = new Uint8Array(count * 16);
  for (let at = 0; at < bytes.length; at += RANDOM_BYTES_PER_CALL) crypto.getRandomValues(bytes.subarray(at, at + RANDOM_BYTES_PER_CALL));
  const ids: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const b = bytes.subarray(i * 16, i * 16 + 16);
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    ids[i] = `${HEX[b[0]]}${HEX[b[1]]}${HEX[b[2]]}${HEX[b[3]]}-${HEX[b[4]]}${HEX[b[5]]}-${HEX[b[6]]}${HEX[b[7]]}-${HEX[b[8]]}${HEX[b[9]]}-${HEX[b[10]]}${HEX[b[11]]}${HEX[b[12]]}${HEX[b[13]]}${HEX[b[14]]}${HEX[b[15]]}`;
  }
  return ids;
}

/** A stored row as the register reads it: missing or damaged fields take their defaults. */
export function restoreEntry(row: RegisterEntryRow): RegisterEntry {
  const defaults = emptyEntryFields();
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
  return {
    id: row.id,
    kind: row.kind === 'enterprise' ? 'enterprise' : 'household',
    name: typeof row.name === 'string' ? row.name : '',
    representative: text(row.representative),
    phone: typeof row.phone === 'number' ? String(row.phone) : text(row.phone),
    idNumber: typeof row.idNumber === 'number' ? String(row.idNumber) : text(row.idNumber),
    trade: text(row.trade),
    address: text(row.address),
    areaNeededM2: number(row.areaNeededM2),
    workers: number(row.workers),
    emissions: Array.isArray(row.emissions) ? row.emissions.filter((e) => ['noise', 'dust', 'wastewater', 'smoke'].includes(e)) : defaults.emissions,
    fireHazard: row.fireHazard === 'low' || row.fireHazard === 'medium' || row.fireHazard === 'high' ? row.fireHazard : null,
    needsLoan: row.needsLoan === true,
    loanMillionVnd: number(row.loanMillionVnd),
    notes: text(row.notes),
    registeredOn: text(row.registeredOn),
    wishes: Array.isArray(row.wishes) ? row.wishes.filter((code): code is string => typeof code === 'string') : [],
    createdAt: typeof row.createdAt === 'string' ? row.createdAt : row.updatedAt ?? '',
  };
}

/** The live entries of the register (tombstones left out), restored, oldest first. */
export async function readEntries(db: PhanloDatabase): Promise<RegisterEntry[]> {
  const rows = await db.registerEntries.toArray();
  return rows.filter((row) => !row.deleted).map(restoreEntry).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

const labelName = (name: string) => (name.length > 40 ? `${name.slice(0, 39)}…` : name);

export function addEntryEdit(fields: EntryFields, options: { id?: string; now?: Date } = {}): Edit {
  const entry: RegisterEntry = { ...fields, id: options.id ?? newEntryId(), createdAt: (options.now ?? new Date()).toISOString() };
  return { change: { puts: { registerEntries: [entry] } }, label: { key: 'registry.edit.added', params: { name: labelName(fields.name) } } };
}

export function updateEntryEdit(entry: RegisterEntry, fields: EntryFields): Edit {
  const updated: RegisterEntry = { ...entry, ...fields, id: entry.id, createdAt: entry.createdAt };
  return { change: { puts: { registerEntries: [updated] } }, label: { key: 'registry.edit.updated', params: { name: labelName(fields.name) } } };
}

export function deleteEntryEdit(entry: RegisterEntry): Edit {
  return { change: { deletes: { registerEntries: [entry.id] } }, label: { key: 'registry.edit.deleted', params: { name: labelName(entry.name) } } };
}

/**
 * An import as one change: new entries (ordered as in the file) and merged ones. The trades the file
 * brings join the stored list in the same transaction through applyWithTrades (src/db/register-trades.ts)
 * with `importedTrades`, which adds them to the list as it is when the import is written.
 */
export function importEntriesEdit(plan: ImportPlan, fileName: string, options: { now?: Date; id?: () => string } = {}): Edit {
  const start = (options.now ?? new Date()).getTime();
  const ids = options.id ? null : newEntryIds(plan.create.length);
  // Creation times one millisecond apart keep the file's order in the default sort.
  const created: RegisterEntry[] = plan.create.map((entry, index) => ({
    ...entry.fields, id: ids ? ids[index] : options.id!(), createdAt: new Date(start + index).toISOString(),
  }));
  return {
    change: { puts: { registerEntries: [...created, ...plan.update] } },
    label: { key: 'registry.edit.imported', params: { count: created.length, merged: plan.update.length, file: fileName } },
  };
}

/** The trades an import's entries hold, new and merged. */
export const importedTrades = (plan: ImportPlan): (string | null)[] =>
  [...plan.create.map((entry) => entry.fields.trade), ...plan.update.map((entry) => entry.trade)];

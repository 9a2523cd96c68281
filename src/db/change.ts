/**
 * Change records: what an edit does to stored data, as plain data (Placemark's "Moment", Excalidraw's
 * action result). A command is a pure function that returns a `Change`; `transact` (src/db/transact.ts)
 * applies it in one IndexedDB transaction, computes its inverse from what it replaced, and keeps both in
 * the `history` table for undo/redo. No Dexie here: commands and their tests run on plain objects.
 */
import type { FieldMappingRow, ParcelExtrasRow, ParcelLayerRow, RecordEnvelope, SettingRow, VariantRow } from './database';
import type { FieldCheckRow, PhotoRow } from './field-rows';
import type { AllocationRow, DrawRow, MilestoneRow, PaymentRow, RegisterEntryRow } from './register-rows';

/** A stored row without its envelope: what a command says, before transact stamps version and time. */
export type Payload<Row> = Omit<Row, keyof RecordEnvelope>;

/** The tables edits go to, with the payload and the key of their rows. */
export interface ChangeTables {
  settings: { row: Payload<SettingRow>; key: string };
  parcelLayers: { row: Payload<ParcelLayerRow>; key: string };
  fieldMappings: { row: Payload<FieldMappingRow>; key: string };
  parcelExtras: { row: Payload<ParcelExtrasRow>; key: [layerKey: string, parcelId: string] };
  variants: { row: Payload<VariantRow>; key: string };
  registerEntries: { row: Payload<RegisterEntryRow>; key: string };
  allocations: { row: Payload<AllocationRow>; key: string };
  payments: { row: Payload<PaymentRow>; key: string };
  draws: { row: Payload<DrawRow>; key: string };
  milestones: { row: Payload<MilestoneRow>; key: string };
  fieldChecks: { row: Payload<FieldCheckRow>; key: string };
  photos: { row: Payload<PhotoRow>; key: string };
}
export type ChangeTable = keyof ChangeTables;
export const CHANGE_TABLES: readonly ChangeTable[] = [
  'settings', 'parcelLayers', 'fieldMappings', 'parcelExtras', 'variants',
  'registerEntries', 'allocations', 'payments', 'draws', 'milestones', 'fieldChecks', 'photos',
];
// `auditTrail` is not a change table on purpose: it is append-only, so no inverse may ever delete from it.

/**
 * Rows to put and keys to delete, per table. A key both put and deleted is a programming error.
 * Deleting leaves a tombstone (see RecordEnvelope.deleted).
 */
export interface Change {
  readonly puts?: { readonly [T in ChangeTable]?: readonly ChangeTables[T]['row'][] };
  readonly deletes?: { readonly [T in ChangeTable]?: readonly ChangeTables[T]['key'][] };
}

/** What a history entry is called in the notice bar and an undo list: a message key and its parameters. */
export interface ChangeLabel {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A command's result: the change record and what the history calls it. */
export interface Edit {
  readonly change: Change;
  readonly label: ChangeLabel;
}

/** One applied change, kept for undo/redo (table `history`, version 4). */
export interface HistoryEntryRow {
  /** Order of application (auto-increment). */
  seq?: number;
  /** Stable id of the entry: the notice bar's Undo names the entry it undoes. */
  id: string;
  label: ChangeLabel;
  /** When it was applied, ISO 8601. */
  at: string;
  /**
   * What redo applies: written by the undo (the rows it replaced, as read in its transaction). Empty
   * while the entry is done (since the import speed-up; older rows may still hold the applied change).
   */
  change: Change;
  /** Puts back what `change` replaced, as read in the same transaction. */
  inverse: Change;
  /**
   * 1 once undone (then it can be redone, until a new change clears the redo entries), else 0. A number,
   * not a boolean, since schema v7 indexes it (IndexedDB cannot index booleans): undo, redo and a new
   * change find their rows by the index instead of reading every stored change (each can hold a whole
   * import). Read it as a truth value; v6 rows held true/false and the v7 upgrade rewrote them.
   */
  undone: 0 | 1;
  /**
   * What the change wrote to the audit trail (action and subjects), so that its undo and redo append
   * lines saying so: the trail itself is never rewritten (src/db/audit.ts).
   */
  audit?: { action: { key: string; params?: Record<string, string | number> }; subjects: string[] }[];
}

/** The tables a change touches. */
export function tablesOf(change: Change): ChangeTable[] {
  return CHANGE_TABLES.filter((table) => (change.puts?.[table]?.length ?? 0) + (change.deletes?.[table]?.length ?? 0) > 0);
}

/** True when a change writes nothing. */
export const isEmptyChange = (change: Change): boolean => tablesOf(change).length === 0;

/**
 * The Dexie database: schema versions and migrations live here and nowhere else.
 * Every stored geometry is in VN-2000 plane metres with its CRS named beside it.
 *
 * Version history (never edit a released version; add a new one with an upgrade function):
 *   1 — settings, imported parcel layers, remembered field mappings, land-recovery extras per parcel.
 *   2 — extras belong to a parcel of one layer: `parcelExtras` keyed by [layerKey+parcelId]; v1 extras
 *       move there under the layer that was active when the browser upgraded.
 *   3 — `recoveryExtras` (v1) removed: it had to outlive version 2 so the upgrade could read it.
 *   4 — every record carries `version` and `updatedAt` (and `deleted` once removed: a tombstone), so that
 *       a sync engine can later carry the data; `history` holds the change records of undo/redo
 *       (src/db/transact.ts), so they survive a reload. The upgrade stamps existing rows version 1.
 *   5 — `variants`: the planner's stored variants (phương án, src/db/variants.ts). The upgrade (and a
 *       fresh profile, through `populate`) stores the demo variant, approved.
 *   6 — the register and allocation (`registerEntries`, `allocations`, `payments`, `auditTrail`, `draws`,
 *       `milestones`; src/db/register-rows.ts) and field mode (`fieldChecks`, `photos`;
 *       src/db/field-rows.ts). New tables only: nothing stored before is touched.
 *   7 — `history` indexed by `undone`, now 0 | 1 (IndexedDB cannot index booleans): undo, redo and every
 *       new change find the done / undone entries by the index instead of reading every stored change
 *       (one can hold a whole 10,000-entry import). The upgrade rewrites true/false as 1/0.
 * tests/db/migrations.test.ts upgrades stored version-1, -3, -4, -5 and -6 databases, written with
 * those versions' own schemas, to the latest.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Parcel } from '../domain/parcel';
import type { HistoryEntryRow } from './change';
import type { FieldCheckRow, PhotoRow } from './field-rows';
import type { AllocationRow, AuditRow, DrawRow, MilestoneRow, PaymentRow, RegisterEntryRow } from './register-rows';
import { demoVariantRow, type VariantRow } from './variant-row';

export type { VariantRow } from './variant-row';

/**
 * What every stored record carries beside its data (version 4 on). Optional in the types because
 * IndexedDB may hold rows written before version 4, by hand or by another program: readers never rely
 * on them, and src/db/transact.ts stamps them on every write.
 */
export interface RecordEnvelope {
  /** 1 on the first write, one more on each write after (undo included). */
  version?: number;
  /** When the record was last written, ISO 8601. */
  updatedAt?: string;
  /** A removed record stays as a tombstone (its key and envelope only), so removal can travel too. */
  deleted?: boolean;
}

/** One setting, stored by key (its stable id); values are validated when read (src/db/settings.ts). */
export interface SettingRow extends RecordEnvelope {
  key: string;
  value?: unknown;
}

/**
 * A parcel layer a user imported to replace the demo data. Only one is active: the row's key "active" is
 * the slot; the layer itself is named by `layerKeyOf(row)` ("import:<importedAt>"), which undo keeps, so
 * the extras of a layer find it again.
 */
export interface ParcelLayerRow extends RecordEnvelope {
  id: string;
  name: string;
  source: string;
  crs: string;
  fileName: string;
  importedAt: string;
  parcels: Parcel[];
}

/** A remembered attribute mapping, keyed by the sorted source field names it was made for. */
export interface FieldMappingRow extends RecordEnvelope {
  signature: string;
  mapping: Record<string, string | null>;
  savedAt: string;
}

/** Version 1's extras row, keyed by parcel id alone: read only by the version-2 upgrade. */
export interface RecoveryExtrasRowV1 {
  parcelId: string;
  structuresVnd: number;
  graves: number;
  note: string;
}

/**
 * What a user enters per recovered parcel beyond its area (structures, graves, a note), for one parcel
 * of one layer: the demo's 12/43 and an imported sheet's 12/43 are different parcels.
 */
export interface ParcelExtrasRow extends RecoveryExtrasRowV1, RecordEnvelope {
  /** `layerKeyOf` the layer the parcel belongs to: "demo", or "import:<importedAt>". */
  layerKey: string;
}

/** The key of the demo layer's extras. */
export const DEMO_LAYER_KEY = 'demo';

/** The layer key of an imported layer row, or of the demo when there is none. */
export const layerKeyOf = (row: Pick<ParcelLayerRow, 'importedAt'> | null | undefined): string =>
  row ? `import:${row.importedAt}` : DEMO_LAYER_KEY;

export class PhanloDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  parcelLayers!: EntityTable<ParcelLayerRow, 'id'>;
  fieldMappings!: EntityTable<FieldMappingRow, 'signature'>;
  parcelExtras!: Table<ParcelExtrasRow, [layerKey: string, parcelId: string]>;
  history!: EntityTable<HistoryEntryRow, 'seq'>;
  variants!: EntityTable<VariantRow, 'id'>;
  registerEntries!: EntityTable<RegisterEntryRow, 'id'>;
  allocations!: EntityTable<AllocationRow, 'id'>;
  payments!: EntityTable<PaymentRow, 'id'>;
  auditTrail!: EntityTable<AuditRow, 'seq'>;
  draws!: EntityTable<DrawRow, 'id'>;
  milestones!: EntityTable<MilestoneRow, 'id'>;
  fieldChecks!: EntityTable<FieldCheckRow, 'id'>;
  photos!: EntityTable<PhotoRow, 'id'>;

  constructor(name = 'phanlo') {
    super(name);
    this.version(1).stores({
      settings: 'key',
      parcelLayers: 'id',
      fieldMappings: 'signature',
      recoveryExtras: 'parcelId',
    });
    this.version(2).stores({ parcelExtras: '[layerKey+parcelId], layerKey' }).upgrade(async (tx) => {
      const active = (await tx.table<ParcelLayerRow, string>('parcelLayers').get('active')) ?? null;
      const layerKey = layerKeyOf(active);
      const old = await tx.table<RecoveryExtrasRowV1, string>('recoveryExtras').toArray();
      await tx.table<ParcelExtrasRow>('parcelExtras').bulkPut(old.map((row) => ({ ...row, layerKey })));
    });
    this.version(3).stores({ recoveryExtras: null });
    this.version(4).stores({ history: '++seq' }).upgrade(async (tx) => {
      const stamp = (when: string | undefined) => (row: RecordEnvelope) => {
        row.version ??= 1;
        row.updatedAt ??= when ?? upgradedAt;
      };
      const upgradedAt = new Date().toISOString();
      await tx.table<SettingRow>('settings').toCollection().modify(stamp(undefined));
      await tx.table<ParcelLayerRow>('parcelLayers').toCollection().modify((row) => stamp(row.importedAt)(row));
      await tx.table<FieldMappingRow>('fieldMappings').toCollection().modify((row) => stamp(row.savedAt)(row));
      await tx.table<ParcelExtrasRow>('parcelExtras').toCollection().modify(stamp(undefined));
    });
    // A browser that had phanlo before gets the demo variant here; a fresh profile in `populate`
    // (Dexie runs one or the other, never both).
    this.version(5).stores({ variants: 'id' }).upgrade(async (tx) => {
      const now = new Date().toISOString();
      await tx.table<VariantRow>('variants').put({ ...demoVariantRow(now), version: 1, updatedAt: now });
    });
    this.version(6).stores({
      registerEntries: 'id',
      allocations: 'id, entryId, variantId, *plotKeys',
      payments: 'id, allocationId',
      auditTrail: '++seq, *subjects',
      draws: 'id',
      milestones: 'id',
      fieldChecks: 'id, variantId, plotCode',
      photos: 'id, checkId',
    });
    this.version(7).stores({ history: '++seq, undone' }).upgrade(async (tx) => {
      await tx.table<{ undone?: unknown }>('history').toCollection().modify((entry) => { entry.undone = entry.undone ? 1 : 0; });
    });
    this.on('populate', async (tx) => {
      const now = new Date().toISOString();
      await tx.table<VariantRow>('variants').put({ ...demoVariantRow(now), version: 1, updatedAt: now });
    });
  }
}

let instance: PhanloDatabase | null = null;

/** The app's database, opened on first use. Tests make their own with `new PhanloDatabase(name)`. */
export function database(): PhanloDatabase {
  instance ??= new PhanloDatabase();
  return instance;
}

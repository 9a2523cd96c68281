/**
 * The Dexie database: schema versions and migrations live here and nowhere else.
 * Every stored geometry is in VN-2000 plane metres with its CRS named beside it.
 *
 * Version history (never edit a released version; add a new one with an upgrade function):
 *   1 — settings, imported parcel layers, remembered field mappings, land-recovery extras per parcel.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Parcel } from '../domain/parcel';

/** One setting, stored by key; values are validated when read (src/db/settings.ts). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A parcel layer a user imported to replace the demo data. Only one is active: id "active". */
export interface ParcelLayerRow {
  id: string;
  name: string;
  source: string;
  crs: string;
  fileName: string;
  importedAt: string;
  parcels: Parcel[];
}

/** A remembered attribute mapping, keyed by the sorted source field names it was made for. */
export interface FieldMappingRow {
  signature: string;
  mapping: Record<string, string | null>;
  savedAt: string;
}

/** What a user enters per recovered parcel beyond its area: structures, graves, a note. */
export interface RecoveryExtrasRow {
  parcelId: string;
  structuresVnd: number;
  graves: number;
  note: string;
}

export class PhanloDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  parcelLayers!: EntityTable<ParcelLayerRow, 'id'>;
  fieldMappings!: EntityTable<FieldMappingRow, 'signature'>;
  recoveryExtras!: EntityTable<RecoveryExtrasRow, 'parcelId'>;

  constructor(name = 'phanlo') {
    super(name);
    this.version(1).stores({
      settings: 'key',
      parcelLayers: 'id',
      fieldMappings: 'signature',
      recoveryExtras: 'parcelId',
    });
  }
}

let instance: PhanloDatabase | null = null;

/** The app's database, opened on first use. Tests make their own with `new PhanloDatabase(name)`. */
export function database(): PhanloDatabase {
  instance ??= new PhanloDatabase();
  return instance;
}

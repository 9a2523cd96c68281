/**
 * The stored shapes of field mode (schema version 6): checks of corners and plots recorded on the
 * tablet, and their photos. Kept apart from database.ts so that the schema file stays a list of versions.
 */
import type { RecordEnvelope } from './database';

/** A position as measured: VN-2000 plane metres, with what the location service or instrument reported. */
export interface MeasuredPosition {
  /** Easting, m (VN-2000 plane, the CRS of the variant). */
  easting: number;
  /** Northing, m. */
  northing: number;
  /** Reported horizontal accuracy (1σ), m; null when typed in without one. */
  accuracyM: number | null;
  source: 'gps' | 'averaged' | 'typed';
  /** Number of fixes averaged and their spread, m, for `averaged`. */
  fixes?: number;
  spreadM?: number;
}

/** One field check (table `fieldChecks`, key `id`, indexes `variantId`, `plotCode`). */
export interface FieldCheckRow extends RecordEnvelope {
  id: string;
  variantId: string;
  plotCode: string;
  /** The corner number (src/geo/corner-order.ts), or null for a check of the whole plot. */
  cornerNo: number | null;
  kind: 'marker-found' | 'marker-missing' | 'marker-moved' | 'marker-placed' | 'plot' | 'building';
  position: MeasuredPosition | null;
  /**
   * The planned corner at the time of the check (VN-2000, the variant's CRS), so the offset stays what
   * it was if the layout changes later; absent for plot and building checks. Not indexed (added by field mode).
   */
  planned?: { easting: number; northing: number } | null;
  /** Corners of a built workshop, when `kind` is 'building'. */
  buildingCorners?: MeasuredPosition[];
  note: string | null;
  /** ISO 8601. */
  at: string;
  by: { name: string; role: string };
  /** The device (installation) that recorded it: a merge adds checks by id and never overwrites. */
  deviceId: string;
}

/** A photo of a check, resized on the tablet (table `photos`, key `id`, index `checkId`). */
export interface PhotoRow extends RecordEnvelope {
  id: string;
  checkId: string;
  /** JPEG bytes. */
  blob: Blob;
  width: number;
  height: number;
  at: string;
}

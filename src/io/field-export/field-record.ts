/**
 * The shape of a field check and a photo as the writers and the merge reader see them: the stored rows of
 * src/db/field-rows.ts without their envelope (io may not import db; TypeScript checks the two agree where
 * db hands rows to these writers).
 */
export interface FieldPosition {
  easting: number;
  northing: number;
  accuracyM: number | null;
  source: 'gps' | 'averaged' | 'typed';
  fixes?: number;
  spreadM?: number;
}

export const FIELD_CHECK_KINDS = ['marker-found', 'marker-missing', 'marker-moved', 'marker-placed', 'plot', 'building'] as const;
export type FieldCheckKind = (typeof FIELD_CHECK_KINDS)[number];

export interface FieldCheckRecord {
  id: string;
  variantId: string;
  plotCode: string;
  cornerNo: number | null;
  kind: FieldCheckKind;
  position: FieldPosition | null;
  planned?: { easting: number; northing: number } | null;
  buildingCorners?: FieldPosition[];
  note: string | null;
  at: string;
  by: { name: string; role: string };
  deviceId: string;
}

export interface FieldPhotoRecord {
  id: string;
  checkId: string;
  blob: Blob;
  width: number;
  height: number;
  at: string;
}

/** The offset of a corner check from its planned corner, m, and whether it is only indicative (> 5 cm). */
export function offsetOf(check: FieldCheckRecord): { distanceM: number; indicative: boolean } | null {
  if (!check.position || !check.planned) return null;
  const distanceM = Math.hypot(check.position.easting - check.planned.easting, check.position.northing - check.planned.northing);
  const accuracy = check.position.accuracyM;
  return { distanceM, indicative: accuracy === null || accuracy > 0.05 + 1e-9 };
}

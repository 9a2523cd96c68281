/**
 * Reads a file to merge into this profile's field records: a phanlo backup document (a tablet's field
 * export, or a full backup), validated whole before anything is written. Only `fieldChecks` and `photos`
 * are taken; tombstones (deleted rows) are not brought over. Errors say the file, the table's row
 * (1-based) and the field.
 */
// zod/mini, as everywhere in the app: one full zod import anywhere puts all of zod's core in the
// chunk the first load shares with the screens.
import * as z from 'zod/mini';
import { FIELD_CHECK_KINDS, type FieldCheckRecord, type FieldPhotoRecord } from '../field-export/field-record';
import { BACKUP_FORMAT } from '../field-export/field-backup.json';

export interface FieldFileIssue {
  readonly file: string;
  readonly row?: number;
  readonly field?: string;
  readonly code: 'not-json' | 'not-backup' | 'newer-version' | 'invalid-check' | 'invalid-photo' | 'bad-photo-data' | 'duplicate-id';
  readonly params?: Record<string, string | number>;
}

export type FieldFileResult =
  | { ok: true; value: { checks: FieldCheckRecord[]; photos: FieldPhotoRecord[]; exportedAt: string | null } }
  | { ok: false; errors: FieldFileIssue[] };

const finite = z.number().check(z.refine(Number.isFinite));
const nonEmpty = () => z.string().check(z.minLength(1));
const positiveInt = () => z.int().check(z.positive());
const position = z.object({
  easting: finite, northing: finite, accuracyM: z.nullable(z.number().check(z.refine(Number.isFinite), z.refine((v) => v >= 0))),
  source: z.enum(['gps', 'averaged', 'typed']), fixes: z.optional(positiveInt()), spreadM: z.optional(finite),
});
const check = z.object({
  id: nonEmpty(), variantId: nonEmpty(), plotCode: nonEmpty(),
  cornerNo: z.nullable(positiveInt()), kind: z.enum(FIELD_CHECK_KINDS),
  position: z.nullable(position), planned: z.optional(z.nullable(z.object({ easting: finite, northing: finite }))),
  buildingCorners: z.optional(z.array(position)), note: z.nullable(z.string().check(z.maxLength(4000))),
  at: nonEmpty(), by: z.object({ name: z.string(), role: z.string() }), deviceId: nonEmpty(),
  deleted: z.optional(z.boolean()),
});
const photo = z.object({
  id: nonEmpty(), checkId: nonEmpty(),
  blob: z.object({ $blob: z.string(), type: z.string().check(z.regex(/^image\//)) }),
  width: positiveInt(), height: positiveInt(), at: nonEmpty(),
  deleted: z.optional(z.boolean()),
});
const document = z.object({
  format: z.literal(BACKUP_FORMAT), version: z.int(), exportedAt: z.optional(z.string()),
  tables: z.object({ fieldChecks: z.optional(z.array(z.unknown())), photos: z.optional(z.array(z.unknown())) }),
});

function base64ToBytes(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const fieldOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.');

export function readFieldFile(text: string, file: string): FieldFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ file, code: 'not-json' }] };
  }
  const head = document.safeParse(json);
  if (!head.success) return { ok: false, errors: [{ file, code: 'not-backup', field: fieldOf(head.error.issues[0]) }] };
  if (head.data.version > 1) return { ok: false, errors: [{ file, code: 'newer-version', params: { version: head.data.version } }] };
  const errors: FieldFileIssue[] = [];
  const checks: FieldCheckRecord[] = [];
  const photos: FieldPhotoRecord[] = [];
  const seen = new Set<string>();
  (head.data.tables.fieldChecks ?? []).forEach((raw, index) => {
    const parsed = check.safeParse(raw);
    if (!parsed.success) { errors.push({ file, row: index + 1, field: `fieldChecks.${fieldOf(parsed.error.issues[0])}`, code: 'invalid-check' }); return; }
    if (seen.has(parsed.data.id)) { errors.push({ file, row: index + 1, field: 'fieldChecks.id', code: 'duplicate-id', params: { id: parsed.data.id } }); return; }
    seen.add(parsed.data.id);
    const { deleted, ...row } = parsed.data;
    if (!deleted) checks.push(row);
  });
  (head.data.tables.photos ?? []).forEach((raw, index) => {
    const parsed = photo.safeParse(raw);
    if (!parsed.success) { errors.push({ file, row: index + 1, field: `photos.${fieldOf(parsed.error.issues[0])}`, code: 'invalid-photo' }); return; }
    const bytes = base64ToBytes(parsed.data.blob.$blob);
    if (!bytes || bytes.length === 0) { errors.push({ file, row: index + 1, field: 'photos.blob', code: 'bad-photo-data' }); return; }
    const { deleted, blob, ...row } = parsed.data;
    if (!deleted) photos.push({ ...row, blob: new Blob([bytes as BlobPart], { type: blob.type }) });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { checks, photos, exportedAt: head.data.exportedAt ?? null } };
}

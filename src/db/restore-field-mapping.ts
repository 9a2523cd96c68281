/**
 * The restore step for remembered field mappings (see restore.ts), loaded with the import dialog.
 * A mapping names, for each of our fields, the file's field that holds it, or null.
 */
import * as z from 'zod/mini';
import { MAPPING_TARGETS, type MappingTarget } from '../io/parcel-import/field-names';
import type { FieldMappingRow, PhanloDatabase } from './database';
import { liveRow, restored, type RestoreIssue, type Restored } from './restore';

const sourceField = z.nullable(z.string().check(z.maxLength(255)));

/**
 * The usable part of a stored mapping. Targets this version does not know are dropped (a renamed or
 * retired field); an empty name, as early versions stored "none", is null; a target whose value is not a
 * field name is dropped and reported. Targets the mapping lacks are left out: the dialog's suggestion
 * fills them.
 */
export function restoreFieldMapping(row: FieldMappingRow | undefined | null): Restored<Partial<Record<MappingTarget, string | null>> | null> {
  const live = liveRow(row);
  if (!live) return { value: null, issues: [] };
  const stored: unknown = live.mapping;
  const issue = (fields: readonly string[]): RestoreIssue => ({ table: 'fieldMappings', key: live.signature, code: 'invalid', fields });
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return { value: null, issues: [issue([])] };
  const value: Partial<Record<MappingTarget, string | null>> = {};
  const bad: string[] = [];
  for (const target of MAPPING_TARGETS) {
    if (!(target in stored)) continue;
    const raw = (stored as Record<string, unknown>)[target];
    const checked = sourceField.safeParse(raw === '' ? null : raw);
    if (checked.success) value[target] = checked.data;
    else bad.push(target);
  }
  return { value, issues: bad.length ? [issue(bad)] : [] };
}

/** The mapping remembered for files with these field names (`signature`), checked; null when none. */
export async function rememberedFieldMapping(db: PhanloDatabase, signature: string): Promise<Partial<Record<MappingTarget, string | null>> | null> {
  return restored(restoreFieldMapping(await db.fieldMappings.get(signature)));
}

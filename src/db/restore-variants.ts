/**
 * The restore step of stored variants (table `variants`): a row that is not a variant is left out, a
 * damaged part is replaced by its default, and each problem is reported (RestoreIssue).
 */
import { isAccessRoadWidth } from '../geo/access-road-widths';
import { DEFAULT_LAYOUT_PARAMETERS } from '../geo/layout/default-parameters';
import { validateLayoutParameters, type LayoutParameters } from '../geo/layout';
import type { RestoreIssue, Restored } from './restore';
import { defaultParameters, type VariantRow } from './variant-row';

const PARAMETER_FIELDS: ReadonlySet<string> = new Set(Object.keys(DEFAULT_LAYOUT_PARAMETERS));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isPoint = (p: unknown): boolean => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isSeparation = (s: unknown): boolean => isObject(s) && Array.isArray(s.line) && s.line.length >= 2 && s.line.every(isPoint)
  && typeof s.stripM === 'number' && Number.isFinite(s.stripM) && s.stripM >= 0 && s.stripM <= 200;

/**
 * A site's accepted-separation marks (optional, added after v6: rows without them read as before).
 * Damaged marks are dropped, which gives back the full 2.5.2 strip there, and reported.
 */
function withSeparationChecked(site: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const marks = site.separationEdges;
  if (marks === undefined || (Array.isArray(marks) && marks.every(isSeparation))) return site;
  fields.push('site.separationEdges');
  const { separationEdges: _dropped, ...rest } = site;
  return rest;
}

const isRoadWidth = (w: unknown): boolean => w === null || (typeof w === 'number' && isAccessRoadWidth(w));

/**
 * A site's public-road widths (optional, added after v6, parallel to `accessRoads`). A damaged list (not one
 * width or null per road) is dropped, so the assumed width applies again, and reported.
 */
function withRoadWidthsChecked(site: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const widths = site.accessRoadWidthsM;
  const roads = Array.isArray(site.accessRoads) ? site.accessRoads.length : -1;
  if (widths === undefined || (Array.isArray(widths) && widths.length === roads && widths.every(isRoadWidth))) return site;
  fields.push('site.accessRoadWidthsM');
  const { accessRoadWidthsM: _dropped, ...rest } = site;
  return rest;
}

/** One stored row, checked; null when it cannot be a variant at all (no id). */
function restoreVariant(row: unknown, issues: RestoreIssue[]): VariantRow | null {
  if (!isObject(row) || typeof row.id !== 'string' || !row.id) {
    issues.push({ table: 'variants', key: isObject(row) ? String(row.id) : '?', code: 'invalid', fields: [] });
    return null;
  }
  const fields: string[] = [];
  const name = typeof row.name === 'string' || row.name === null ? row.name : (fields.push('name'), null);
  const siteRead = row.site === null || (isObject(row.site) && Array.isArray(row.site.zone)) ? row.site : (fields.push('site'), null);
  const site = siteRead === null ? null : withRoadWidthsChecked(withSeparationChecked(siteRead as Record<string, unknown>, fields), fields);
  const checked = validateLayoutParameters(row.parameters);
  const parameters = checked.ok ? checked.value : (fields.push('parameters'), defaultParameters());
  // A layout made with other parameters than the ones kept is not this variant's: lay it out again.
  const layoutOk = row.layout === null || (checked.ok && isObject(row.layout) && Array.isArray(row.layout.features));
  const layout = layoutOk ? row.layout : (fields.push('layout'), null);
  const approved = typeof row.approved === 'boolean' ? row.approved : (fields.push('approved'), false);
  const createdAt = typeof row.createdAt === 'string' ? row.createdAt : (fields.push('createdAt'), new Date(0).toISOString());
  const locked = row.lockedPlotCodes;
  const lockedOk = locked === undefined || (Array.isArray(locked) && locked.every((code) => typeof code === 'string'));
  if (!lockedOk) fields.push('lockedPlotCodes');
  const given = row.givenParameters;
  const givenOk = given === undefined || (Array.isArray(given) && given.every((field) => typeof field === 'string' && PARAMETER_FIELDS.has(field)));
  if (!givenOk) fields.push('givenParameters');
  if (fields.length) issues.push({ table: 'variants', key: row.id, code: 'invalid', fields });
  // The kept layout is a cache (VariantRow.laidOut): a damaged one is dropped without a word, the variant
  // is laid out on open as without one.
  const laidOut = row.laidOut;
  const laidOutOk = isObject(laidOut) && typeof laidOut.key === 'string' && isObject(laidOut.layout) && Array.isArray(laidOut.layout.features);
  const { givenParameters: _given, laidOut: _laidOut, ...rest } = row as unknown as VariantRow;
  return { ...rest, name, site: site as VariantRow['site'], parameters, layout: layout as VariantRow['layout'], approved, createdAt,
    ...(lockedOk ? {} : { lockedPlotCodes: [] }),
    ...(laidOutOk ? { laidOut: laidOut as unknown as VariantRow['laidOut'] } : {}),
    // A damaged list says nothing of what the planner set: read as a row without one (the fields off the defaults).
    ...(givenOk && given !== undefined ? { givenParameters: [...new Set(given as (keyof LayoutParameters)[])] } : {}) };
}

/** Every stored live variant row, restored. */
export function restoreVariants(rows: readonly unknown[]): Restored<VariantRow[]> {
  const issues: RestoreIssue[] = [];
  const value = rows.flatMap((row) => restoreVariant(row, issues) ?? []);
  return { value, issues };
}

/** The demo zone laid out with the defaults (what #/plan shows first), made once per test file. */
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import type { EditOutcome } from '../../../src/geo/layout-edits';
import { loadSite } from '../layout/load-site';
import { checkLayoutRules } from '../layout/checker';
import { faults } from '../layout/strict-rules';
import { shoelace } from '../layout/checker-measure';
import type { PlanePolygon } from '../../../src/geo/plane-measure';

export const demoSite = loadSite('public/geo/dong-doc-zone.geojson');

let cached: LayoutResult | null = null;
export function demoLayout(): LayoutResult {
  if (!cached) {
    const r = generateLayout(demoSite, DEFAULT_LAYOUT_PARAMETERS);
    if (!r.ok) throw new Error('the demo zone does not lay out');
    cached = r;
  }
  return structuredClone(cached);
}

/** The independent checker's faults (JSTS validity, overlaps, tiling, envelopes, fire separation…). */
export const layoutFaults = (r: LayoutResult): string[] => faults(checkLayoutRules(demoSite, r.parameters, r));

export function plotsOf(r: LayoutResult): Map<string, PlanePolygon> {
  return new Map(r.features.flatMap((f) => (f.properties.kind === 'plot' && f.geometry.type === 'Polygon' ? [[f.properties.code, f.geometry.coordinates] as const] : [])));
}

/** Plot area by the checker's own shoelace, m². */
export const plotArea = (r: LayoutResult, code: string): number => shoelace(plotsOf(r).get(code)!);

export function applied(o: EditOutcome): Extract<EditOutcome, { ok: true }> {
  if (!o.ok) throw new Error(`refused: ${JSON.stringify(o.refusal)}`);
  return o;
}

export const rowArea = (r: LayoutResult, category: string): number => r.landUse.rows.find((row) => row.category === category)!.areaM2;

/**
 * The first two neighbouring plots of one row (code order) that are both plain: four corners, not a
 * corner plot, and sharing their dividing line (two corners in common). The demo's plots change with the
 * engine, so the edit tests pick plots by what they test instead of by code.
 */
export function plainNeighbours(r: LayoutResult): [string, string] {
  const plain = r.features.flatMap((f) =>
    f.properties.kind === 'plot' && f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 1 &&
    f.geometry.coordinates[0].length === 5 && (f.properties as { corner?: boolean }).corner !== true
      ? [{ code: f.properties.code, corners: f.geometry.coordinates[0].slice(0, 4).map(([x, y]) => `${x},${y}`) }] : []);
  plain.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const row = (code: string) => code.split('-')[0];
  for (let i = 0; i + 1 < plain.length; i++) {
    const [a, b] = [plain[i], plain[i + 1]];
    if (row(a.code) === row(b.code) && a.corners.filter((c) => b.corners.includes(c)).length === 2) return [a.code, b.code];
  }
  throw new Error('the layout has no two plain neighbouring plots in a row');
}

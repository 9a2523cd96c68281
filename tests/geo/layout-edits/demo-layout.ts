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

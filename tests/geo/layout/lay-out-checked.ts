/**
 * Lays a test zone out with the engine and holds it to the independent checker (checker.ts, less the
 * strict rules' known faults): the layout and its share of the zone in plots, percent, by the checker's
 * own shoelace. Shared by the tests that set floors of plot share (pond-zones, strips).
 */
import { expect } from 'vitest';
import type { ZoneSite } from '../../../src/domain/site';
import { generateLayout, type LayoutParameters, type LayoutResult } from '../../../src/geo/layout';
import type { PlanePolygon } from '../../../src/geo/plane-measure';
import { checkLayoutRules, shoelace } from './checker';
import { faults } from './strict-rules';

export function layOutChecked(site: ZoneSite, p: LayoutParameters): { r: LayoutResult; plotsPercent: number } {
  const result = generateLayout(site, p);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const r = result as LayoutResult;
  expect(faults(checkLayoutRules(site, p, r))).toEqual([]);
  const plotsM2 = r.features.filter((f) => f.properties.kind === 'plot')
    .reduce((sum, f) => sum + shoelace(f.geometry.coordinates as unknown as PlanePolygon), 0);
  return { r, plotsPercent: (100 * plotsM2) / shoelace(site.zone) };
}

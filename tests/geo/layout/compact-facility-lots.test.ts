/**
 * Facility lots a tank or a plant fits in: cut by area across a whole row depth, a lot was a sliver
 * (the demo's 100 m² fire-water tank across a 45 m row was 2.2 × 45 m). A lot that needs no road of its
 * own and stands alone in its slab (the tank, the wastewater plant) is at most 3 times as long as it is
 * wide (facility-cuts.ts `LOT_ASPECT`), at its exact area; the rest of its slab is kept clear.
 *
 * The engine's cuts are checked in local metres on a skewed frame; the layouts, over seeded zones of
 * every shape, by JTS's MinimumDiameter (jsts-geometry.ts), with no engine code.
 */
import { describe, expect, it, vi } from 'vitest';
import { multiPolygonAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { localExtent, localRect, makeFrame } from '../../../src/geo/layout/frame';
import { compactWidthM, placeBlock, placeFarBlock } from '../../../src/geo/layout/facility-cuts';
import type { PlotRow } from '../../../src/geo/layout/row-plan';
import { JstsFrame, widthAndLength } from './jsts-geometry';
import { randomZone, SHAPES } from './random-zones';

vi.setConfig({ testTimeout: 120_000 });

// A frame skewed to the plane's axes, in VN-2000 metres near the demo zone.
const f = makeFrame([592700, 2306300], [3, 1]);
/** A row 45 m deep (t 0–45) fronting its branch at t = 45, land from the main road's edge (s 6.5) to s 106.5. */
const row: PlotRow = { tLow: 0, tHigh: 45, front: 'high', branch: 0 };
const land: PlanePolygon[] = [localRect(f, 6.5, 106.5, 0, 45)];
const HALF_MAIN_M = 6.5;

describe('a lot alone in its slab (facility-cuts.ts)', () => {
  it('cuts a 100 m² tank beside the main road at most 3 times as long as wide, off the branch\'s kerb corner', () => {
    const placed = placeBlock(f, land, row, 1, HALF_MAIN_M, [{ use: 'fire-water-tank', areaM2: 100 }]);
    expect(placed).not.toBeNull();
    const [lot] = placed!.lots;
    expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(100, 1);
    const [s0, s1, t0, t1] = localExtent(f, lot.polygons);
    const widthM = compactWidthM([{ use: 'fire-water-tank', areaM2: 100 }]);
    expect(s1 - s0).toBeCloseTo(widthM, 2);
    expect(s0).toBeCloseTo(HALF_MAIN_M, 2);
    expect(t1 - t0).toBeCloseTo(100 / widthM, 1);
    // At the row's back (t = 0), away from the branch at t = 45.
    expect(t0).toBeCloseTo(0, 2);
    expect(placed!.takenM).toBeCloseTo(widthM, 2);
    // The rest of the slab is kept clear: slab less the lot.
    expect(multiPolygonAreaM2(lot.keptClear ?? [])).toBeCloseTo(widthM * 45 - 100, 0);
  });

  it('fronts the road at the row\'s front where the road runs along the rows (the spines)', () => {
    const placed = placeBlock(f, land, row, 1, HALF_MAIN_M, [{ use: 'fire-water-tank', areaM2: 100 }], true);
    const [, , t0, t1] = localExtent(f, placed!.lots[0].polygons);
    expect(t1).toBeCloseTo(45, 2);
    expect(t1 - t0).toBeLessThan(45 / 2);
  });

  it('cuts a 280 m² wastewater plant at the row\'s outer end along its road, the slab behind kept clear', () => {
    const deep: PlanePolygon[] = [localRect(f, 6.5, 106.5, 0, 110)];
    const lots = placeFarBlock(f, deep, { ...row, tHigh: 110 }, 1, [{ use: 'wastewater', areaM2: 280 }]);
    expect(lots).not.toBeNull();
    const [lot] = lots!;
    expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(280, 1);
    const [s0, s1, t0, t1] = localExtent(f, lot.polygons);
    expect(s1).toBeCloseTo(106.5, 2);
    expect(Math.max(s1 - s0, t1 - t0) / Math.min(s1 - s0, t1 - t0)).toBeLessThanOrEqual(3.01);
    expect(t1).toBeCloseTo(110, 2);
    expect(multiPolygonAreaM2(lot.keptClear ?? [])).toBeCloseTo((s1 - s0) * 110 - 280, 0);
  });

  it('takes the whole length of a row too short for a compact lot, as compact as it allows', () => {
    // 3 m of land along the row: the compact lot would need 5.8 m; across the row by area, 2.2 m.
    const short: PlanePolygon[] = [localRect(f, 6.5, 9.5, 0, 45)];
    const placed = placeBlock(f, short, row, 1, HALF_MAIN_M, [{ use: 'fire-water-tank', areaM2: 100 }]);
    const [lot] = placed!.lots;
    expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(100, 1);
    const [s0, s1, t0, t1] = localExtent(f, lot.polygons);
    expect(s1 - s0).toBeCloseTo(3, 2);
    expect(t1 - t0).toBeCloseTo(100 / 3, 1);
  });

  it('keeps the slab across the row where the land has less than the lot within the compact width', () => {
    // 1.5 m of land along the row, 67.5 m²: the lot is cut across the row further out, by area.
    const short: PlanePolygon[] = [localRect(f, 6.5, 8, 0, 45), localRect(f, 20, 40, 0, 45)];
    const placed = placeBlock(f, short, row, 1, HALF_MAIN_M, [{ use: 'fire-water-tank', areaM2: 100 }]);
    const [lot] = placed!.lots;
    expect(multiPolygonAreaM2(lot.polygons)).toBeCloseTo(100, 1);
    expect(lot.keptClear).toBeUndefined();
  });

  it('leaves a block with lots that must front a road as it was (parking, waste collection)', () => {
    const placed = placeBlock(f, land, row, 1, HALF_MAIN_M, [{ use: 'parking', areaM2: 150 }, { use: 'waste-collection', areaM2: 60 }]);
    expect(placed!.lots.every((lot) => lot.keptClear === undefined)).toBe(true);
    expect(placed!.takenM).toBeCloseTo(210 / 45, 2);
  });
});

/** Facility lots of one use sharing no boundary with another facility lot: alone in their slab. */
function aloneLots(r: LayoutResult, use: string) {
  const lots = r.features.filter((x) => x.properties.kind === 'facility' && x.geometry.type === 'Polygon');
  const first = (lots[0].geometry.coordinates as PlanePolygon)[0][0];
  const frame = new JstsFrame(first[0], first[1]);
  const geometries = lots.map((x) => frame.polygon(x.geometry.coordinates as PlanePolygon));
  return lots.flatMap((x, i) => {
    if ((x.properties as { use?: string }).use !== use) return [];
    const touching = geometries.some((g, j) => j !== i && g.distance(geometries[i]) < 0.01);
    return touching ? [] : [{ g: geometries[i], areaM2: Number((x.properties as { areaM2?: number }).areaM2) }];
  });
}

describe('the layouts\' tanks and wastewater plants (JTS MinimumDiameter)', () => {
  // Seeds of the CI sweep's sizes (up to 15 ha), every shape.
  const cases = SHAPES.flatMap((shape) => [1, 2, 3, 4].map((seed) => ({ shape, seed })));
  it.each(['fire-water-tank', 'wastewater'])('every %s lot alone in its slab is at most 4 times as long as it is wide', (use) => {
    let judged = 0;
    const thin: string[] = [];
    for (const { shape, seed } of cases) {
      const r = generateLayout(randomZone(seed, { shape, maxHa: 15 }), DEFAULT_LAYOUT_PARAMETERS);
      if (!r.ok) continue;
      for (const lot of aloneLots(r, use)) {
        judged++;
        const { widthM, lengthM } = widthAndLength(lot.g);
        // 3 as cut, with room for a slab's skewed ends and a lot clipped by a kerb or a jogged edge.
        if (lengthM > 4 * widthM) thin.push(`${shape} ${seed}: ${widthM.toFixed(1)} × ${lengthM.toFixed(1)} m (${lot.areaM2} m²)`);
      }
    }
    expect(judged).toBeGreaterThan(cases.length / 2);
    expect(thin).toEqual([]);
  });
});

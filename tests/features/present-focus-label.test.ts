// The household view's plot code and area (written large at the plot's centre) must not run over its
// edge lengths: on a phone the plot spans ~160 px and 30 px text covered the lengths beside it (QA).
// The labels' boxes are rebuilt here from the scene's points as rectangles (text length × height at
// the fitted scale) and tested with the separating-axis theorem, independent of the capsules placed.
import { describe, expect, it, vi } from 'vitest';
import type { Point } from 'geojson';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { planeProjection } from '../../src/geo/coordinates';
import { plotFacts } from '../../src/domain/plot-sheet/plot-facts';
import { fittedPlotPx, metresPerPixel } from '../../src/features/present/edge-label-placement';
import { presentScene } from '../../src/features/present/present-scene';
import { catalogue } from '../../src/i18n/catalogue';
import '../../src/i18n/present-messages';
import { translate, type MessageParams } from '../../src/i18n/translate';
import { demoSite } from './plan/fakes';

vi.setConfig({ testTimeout: 60_000 });

const t = (key: string, params?: MessageParams) => translate(catalogue, 'vi', key, params);
type Corners = [number, number][];

/** A text box: 13/22 of the size a character long, the size high, along `along`. */
function box(centre: readonly number[], along: readonly number[], text: string, sizePx: number, perPx: number): Corners {
  const hl = (text.length * 13 * (sizePx / 22) * perPx) / 2;
  const hh = (sizePx / 2) * perPx;
  const up = [-along[1], along[0]];
  return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([s, k]) => [centre[0] + along[0] * hl * s + up[0] * hh * k, centre[1] + along[1] * hl * s + up[1] * hh * k]);
}

function separated(p: Corners, q: Corners): boolean {
  for (const poly of [p, q]) {
    for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i];
      const [x2, y2] = poly[(i + 1) % 4];
      const axis = [y1 - y2, x2 - x1];
      const a = p.map(([x, y]) => x * axis[0] + y * axis[1]);
      const b = q.map(([x, y]) => x * axis[0] + y * axis[1]);
      if (Math.max(...a) <= Math.min(...b) || Math.max(...b) <= Math.min(...a)) return true;
    }
  }
  return false;
}

describe('the household view\'s plot label', () => {
  const site = demoSite();
  const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
  const projection = planeProjection(layout.crs);
  const codes = layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));

  function overlaps(code: string, plotPx: number): { size: number; lines: string[]; overlapping: string[] } {
    const facts = plotFacts(layout.features, layout.parameters, code)!;
    const scene = presentScene(layout, site, facts, { t, language: 'vi', trades: null, plotPx });
    const corners = facts.corners.map((c) => c.point);
    const es = corners.map((c) => c[0]);
    const ns = corners.map((c) => c[1]);
    const perPx = metresPerPixel(Math.max(Math.max(...es) - Math.min(...es), Math.max(...ns) - Math.min(...ns)), plotPx);
    const at = (f: { geometry: unknown }) => projection.toPlane((f.geometry as Point).coordinates as [number, number]);
    const focus = scene.labels.features.find((f) => f.properties?.kind === 'focus')!;
    const size = Number(focus.properties!.size);
    const lines = String(focus.properties!.text).split('\n');
    const centre = at(focus);
    const focusBoxes = lines.map((line, k) => box([centre[0], centre[1] + ((lines.length - 1) / 2 - k) * size * 1.2 * perPx], [1, 0], line, size, perPx));
    const overlapping = scene.labels.features.filter((f) => f.properties?.kind === 'edge').filter((edge) => {
      const angle = (-Number(edge.properties!.angle) * Math.PI) / 180;
      const edgeBox = box(at(edge), [Math.cos(angle), Math.sin(angle)], String(edge.properties!.text), 22, perPx);
      return focusBoxes.some((b) => !separated(b, edgeBox));
    }).map((edge) => String(edge.properties!.text));
    return { size, lines, overlapping };
  }

  it('on a phone (a 330 px pane), is made smaller or the code alone where 30 px would cover an edge length, and then covers none', () => {
    const phone = fittedPlotPx(330);
    const results = codes.map((code) => ({ code, ...overlaps(code, phone) }));
    const a01 = results.find((r) => r.code === 'A-01')!;
    expect(a01.size < 30 || a01.lines.length === 1).toBe(true);
    expect(results.filter((r) => r.overlapping.length > 0)).toEqual([]);
    // The code is always written.
    for (const r of results) expect(r.lines[0]).toBe(r.code);
  });

  it('on a projector (a 1000 px pane), keeps 30 px', () => {
    // C-05, a regular plot of the demo's row C (A-01's label is smaller since the pond-aware demo layout, where
    // the row's first plots are deeper): code and area at full size, covering no edge length.
    const c05 = overlaps('C-05', fittedPlotPx(1000));
    expect(c05.size).toBe(30);
    expect(c05.lines).toHaveLength(2);
    expect(c05.lines[0]).toBe('C-05');
    expect(c05.lines[1]).toMatch(/^\d{1,3}(\.\d{3})*,\d m²$/); // vi-VN: 1.499,2 m²
    expect(c05.overlapping).toEqual([]);
  });
});

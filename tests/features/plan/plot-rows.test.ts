// The plot schedule, its order, its per-plot rules, the area classes and the balance the panel shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { areaClasses, areaClassIndex } from '../../../src/features/plan/area-classes';
import { balanceTableRows, chartBars, fireChecks, passCount, planningChecks } from '../../../src/features/plan/balance-view';
import { layoutMapData } from '../../../src/features/plan/layout-map-data';
import { comparePlotCodes, nextSort, plotProblems, plotRows, sortPlotRows, type PlotRow } from '../../../src/features/plan/plot-rows';
import { demoSite } from './fakes';

const layout = generateLayout(demoSite(), DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;

const row = (code: string, areaM2: number, envelopeAreaM2: number | null = 100): PlotRow =>
  ({ id: code, code, areaM2, frontageM: 20, depthM: 30, envelopeAreaM2, problems: [], rule: 'pass' });

describe('plot rows', () => {
  it('lists every plot of the layout with its envelope area', () => {
    const rows = plotRows(layout);
    const plots = layout.features.filter((f) => f.properties.kind === 'plot');
    expect(rows).toHaveLength(plots.length);
    for (const r of rows) {
      const envelope = layout.features.find((f) => f.properties.kind === 'buildable' && f.properties.plotCode === r.code);
      expect(r.envelopeAreaM2).toBe(envelope ? (envelope.properties as { areaM2: number }).areaM2 : null);
      expect(r.envelopeAreaM2 ?? Infinity).toBeGreaterThan(0);
    }
    // The engine's plots keep every plot rule.
    expect(rows.every((r) => r.rule === 'pass')).toBe(true);
  });

  it('says which plot rule is broken; an area beyond the range only warns', () => {
    const p = DEFAULT_LAYOUT_PARAMETERS;
    expect(plotProblems({ areaM2: 1600, frontageM: 20, depthM: 80, envelopeAreaM2: 900 }, p)).toEqual(['area-outside-range']);
    expect(plotProblems({ areaM2: 500, frontageM: 10, depthM: 50, envelopeAreaM2: null }, p))
      .toEqual(['frontage-below-min', 'too-deep', 'no-envelope']);
    expect(plotProblems({ areaM2: 500, frontageM: 20, depthM: 25, envelopeAreaM2: 450 }, p)).toEqual(['plot-green-below-20']);
  });

  it('sorts codes as people read them and numbers by value, both ways', () => {
    expect(['A-10', 'AA-01', 'B-02', 'A-2', 'Z-01'].sort(comparePlotCodes)).toEqual(['A-2', 'A-10', 'B-02', 'Z-01', 'AA-01']);
    const rows = [row('A-03', 500), row('A-01', 900, null), row('A-02', 700)];
    expect(sortPlotRows(rows, { key: 'areaM2', direction: 'descending' }).map((r) => r.code)).toEqual(['A-01', 'A-02', 'A-03']);
    expect(sortPlotRows(rows, { key: 'code', direction: 'descending' }).map((r) => r.code)).toEqual(['A-03', 'A-02', 'A-01']);
    // No envelope: last whichever way.
    expect(sortPlotRows(rows, { key: 'envelopeAreaM2', direction: 'ascending' }).at(-1)?.code).toBe('A-01');
    expect(sortPlotRows(rows, { key: 'envelopeAreaM2', direction: 'descending' }).at(-1)?.code).toBe('A-01');
    expect(rows.map((r) => r.code)).toEqual(['A-03', 'A-01', 'A-02']); // not mutated
    expect(nextSort({ key: 'areaM2', direction: 'ascending' }, 'areaM2')).toEqual({ key: 'areaM2', direction: 'descending' });
    expect(nextSort({ key: 'areaM2', direction: 'descending' }, 'code')).toEqual({ key: 'code', direction: 'ascending' });
  });
});

describe('area classes', () => {
  it('cut the planner range in three with one class below and one above, both ends legal', () => {
    const classes = areaClasses(300, 1500);
    expect(classes.map((c) => [c.fromM2, c.toM2])).toEqual([[null, 300], [300, 700], [700, 1100], [1100, 1500], [1500, null]]);
    expect([299.9, 300, 699.9, 700, 1500, 1500.1].map((a) => areaClassIndex(a, 300, 1500))).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

describe('map data', () => {
  it('gives each plot an id, its area class and rule, and a label point inside the zone bounds', () => {
    const data = layoutMapData(layout, plotRows(layout));
    const plots = data.features.features.filter((f) => f.properties?.kind === 'plot');
    expect(plots.map((f) => f.properties?.id)).toEqual(plotRows(layout).map((r) => r.code));
    expect(plots.every((f) => typeof f.properties?.areaClass === 'number' && f.properties?.rule === 'pass')).toBe(true);
    expect(data.labels.features.map((f) => f.properties?.code)).toEqual(plots.map((f) => f.properties?.code));
    const [lng, lat] = (data.labels.features[0].geometry as { coordinates: number[] }).coordinates;
    expect(lng).toBeGreaterThan(106.38);
    expect(lng).toBeLessThan(106.41);
    expect(lat).toBeGreaterThan(20.83);
    expect(lat).toBeLessThan(20.87);
  });
});

describe('balance view', () => {
  it('pairs categories with their Table 2.6 rules and splits planning from fire checks', () => {
    const rows = balanceTableRows(layout.landUse);
    expect(rows.find((r) => r.category === 'roads')?.check?.rule).toBe('traffic-min');
    expect(rows.find((r) => r.category === 'plots')?.check).toBeNull();
    const fire = fireChecks(layout.landUse, layout.parameters).map((c) => c.rule);
    expect(fire).toEqual(['fire-road-width-min', 'fire-access-distance-max', 'dead-end-max', 'fire-separation-min']);
    expect(planningChecks(layout.landUse).some((c) => fire.includes(c.rule))).toBe(false);
    const { passed, total } = passCount(layout.landUse, layout.parameters);
    expect(total).toBe(layout.landUse.checks.length + 1);
    expect(passed).toBe(layout.landUse.checks.filter((c) => c.pass).length + 1);
  });

  it('draws every share rule as a bar and a threshold tick on one 0–100 % axis', () => {
    const bars = chartBars(layout.landUse);
    expect(bars.map((b) => b.check.rule)).toEqual(['traffic-min', 'green-min', 'technical-min', 'building-density-max', 'plot-green-min']);
    for (const bar of bars) {
      expect(bar.barFraction).toBeCloseTo(bar.check.actual / 100, 10);
      expect(bar.thresholdFraction).toBeCloseTo(bar.check.required / 100, 10);
    }
  });
});

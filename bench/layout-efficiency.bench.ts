/**
 * Layout efficiency benchmark (issue 7): the share of each bench zone in plots with every rule kept,
 * with the full 10 m perimeter strip and with the strip along the homes side only (`perimeterGreenM` 0),
 * beside a simple hand strip layout of the same rectangles computed here (one 13 m spine along the
 * length, two rows of plots fronting it, facilities at the gate) and, for strips, the ceiling
 * (width − road − strips) ÷ width. A plot counts when the independent test checker finds nothing wrong
 * with it; the rules of the balance that fail are listed. Prints figures; asserts nothing.
 * Run: npx tsx bench/layout-efficiency.bench.ts [--strips]
 */
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult } from '../src/geo/layout';
import { checkLayout } from '../tests/geo/layout/checker';
import { benchZones, stripZones, type BenchZone } from './bench-zones';

const SETTINGS: { name: string; parameters: LayoutParameters }[] = [
  { name: 'full 10 m strip', parameters: { ...DEFAULT_LAYOUT_PARAMETERS, perimeterGreenM: 10 } },
  { name: 'homes side only', parameters: { ...DEFAULT_LAYOUT_PARAMETERS, perimeterGreenM: 0 } },
];

/** Facility land of the defaults at the gate, m² (the hand layout takes the same). */
function facilitiesM2(p: LayoutParameters, zoneM2: number): number {
  return p.facilities.reduce((sum, f) => sum + ('areaM2' in f && typeof f.areaM2 === 'number' ? f.areaM2
    : Math.max(Number((f as { minAreaM2?: number }).minAreaM2 ?? 0), (Number((f as { m2PerHa?: number }).m2PerHa ?? 0) * zoneM2) / 10000)), 0);
}

/**
 * The hand layout of a rectangle, percent of the zone in plots: the strips taken off, a 13 m spine along
 * the length in the middle of what is left (reached from the gate by a 13 m road through the first row
 * when the public road runs along the long side), plots of the whole row depth up to the deepest legal
 * plot, facilities at the gate.
 */
function handLayoutPercent(z: BenchZone, p: LayoutParameters): number {
  const { lengthM, widthM, roadOnLong } = z.rectangle!;
  const g = p.perimeterGreenM, h = p.greenBufferM;
  // Homes face the edge opposite the road.
  const innerL = roadOnLong ? lengthM - 2 * g : lengthM - Math.max(g, h) - g;
  const innerW = roadOnLong ? widthM - Math.max(g, h) - g : widthM - 2 * g;
  const spine = 13;
  const maxDepth = Math.min(p.maxPlotAreaM2 / p.targetFrontageM, p.maxDepthRatio * p.targetFrontageM);
  const depth = Math.min(maxDepth, (innerW - spine) / 2);
  const connector = roadOnLong ? spine * depth : 0;
  const plots = 2 * depth * innerL - connector - facilitiesM2(p, lengthM * widthM);
  return (100 * plots) / (lengthM * widthM);
}

/**
 * The strip target's ceiling (issue 7), percent: (width − main road − green strips across the width) ÷
 * width, the main road at its default width. Homes face the edge opposite the road: across the width
 * when the strip is entered from the side, at the far end when entered from the end.
 */
function stripCeilingPercent(widthM: number, entered: 'side' | 'end', p: LayoutParameters): number {
  const strips = entered === 'side' ? Math.max(p.perimeterGreenM, p.greenBufferM) + p.perimeterGreenM : 2 * p.perimeterGreenM;
  return (100 * (widthM - DEFAULT_LAYOUT_PARAMETERS.mainRoadWidthM - strips)) / widthM;
}

/**
 * The ceiling less what Table 2.6's green (≥ 10 % of the zone) must still take from plots where the
 * green strips give less, percent: with the strip along the homes end only, a strip entered from its
 * end has about 10 m × width of green, so about 8 points of plot land go to green whatever the layout.
 */
function stripGreenBoundPercent(widthM: number, lengthM: number, entered: 'side' | 'end', p: LayoutParameters): number {
  const homes = Math.max(p.perimeterGreenM, p.greenBufferM), g = p.perimeterGreenM;
  const [across, ends] = entered === 'side' ? [homes + g, 2 * g] : [2 * g, homes + g];
  const greenPercent = (100 * (widthM * lengthM - Math.max(0, widthM - across) * Math.max(0, lengthM - ends))) / (widthM * lengthM);
  return stripCeilingPercent(widthM, entered, p) - Math.max(0, 10 - greenPercent);
}

const pad = (s: string, n: number) => s.padEnd(n);
const pct = (x: number) => `${x.toFixed(1)} %`;

function evaluate(z: BenchZone, p: LayoutParameters): { percent: number; failed: string[]; ms: number; plots: number; pattern: string } | { error: string } {
  const t0 = performance.now();
  const r = generateLayout(z.site, p);
  const ms = performance.now() - t0;
  if (!r.ok) return { error: r.errors.map((e) => e.code).join(', ') };
  const result = r as LayoutResult;
  const problems = checkLayout(z.site, p, result);
  const badCodes = new Set<string>();
  for (const problem of problems) for (const m of problem.matchAll(/\b([A-Z]{1,2}-\d{2,})\b/g)) badCodes.add(m[1]);
  const plots = result.features.filter((f) => f.properties.kind === 'plot');
  const keptM2 = plots.reduce((sum, f) => sum + (f.properties.kind === 'plot' && !badCodes.has(f.properties.code) ? f.properties.areaM2 : 0), 0);
  const failed = result.landUse.checks.filter((c) => !c.pass).map((c) => c.rule);
  if (problems.length && !badCodes.size) failed.push(`checker: ${problems[0]}`);
  return { percent: (100 * keptM2) / result.landUse.zoneAreaM2, failed, ms, plots: plots.length, pattern: result.pattern ?? '' };
}

console.log('phanlo layout efficiency — share of the zone in plots with every rule kept');
// `--strips` prints the strip table alone (a quicker run while working on narrow zones).
const stripsOnly = process.argv.includes('--strips');
const rows: { zone: string; setting: string; percent: number | null; hand: number | null }[] = [];
for (const setting of stripsOnly ? [] : SETTINGS) {
  console.log(`\n${setting.name} (perimeterGreenM ${setting.parameters.perimeterGreenM})`);
  for (const z of benchZones()) {
    const e = evaluate(z, setting.parameters);
    const hand = z.rectangle ? handLayoutPercent(z, setting.parameters) : null;
    const ceiling = z.stripWidthM ? stripCeilingPercent(z.stripWidthM, z.name.includes('side') ? 'side' : 'end', setting.parameters) : null;
    if ('error' in e) { console.log(`  ${pad(z.name, 42)} refused: ${e.error}`); rows.push({ zone: z.name, setting: setting.name, percent: null, hand }); continue; }
    const beside = hand !== null ? `  hand layout ${pct(hand)}` : ceiling !== null ? `  ceiling ${pct(ceiling)}` : '';
    console.log(`  ${pad(z.name, 42)} ${pct(e.percent).padStart(7)}  ${String(e.plots).padStart(4)} plots ${e.ms.toFixed(0).padStart(5)} ms${beside}` +
      `${e.failed.length ? `  FAILS ${e.failed.join(', ')}` : ''}`);
    rows.push({ zone: z.name, setting: setting.name, percent: e.percent, hand });
  }
}
for (const row of rows.filter((q) => q.hand !== null || q.zone.startsWith('rectangle'))) {
  console.log(`BENCH ${JSON.stringify({ group: 'layout efficiency', name: `${row.zone}, ${row.setting}`, figure: row.percent === null ? 'refused' : pct(row.percent), note: row.hand === null ? '' : `hand layout ${pct(row.hand)}` })}`);
}

// The strip table (issue 7, "narrower strips"): every width, length and way in, both settings, with the
// ceiling, the gap to it (the target: within 4 points) and the pattern the engine chose; where the green
// strips give under Table 2.6's 10 %, also the ceiling less the green the rule takes from plots.
console.log('\nstrips — share with every rule kept, ceiling (width − road − strips) ÷ width, gap, pattern');
for (const setting of SETTINGS) {
  console.log(`\n${setting.name} (perimeterGreenM ${setting.parameters.perimeterGreenM})`);
  const gaps: number[] = [], boundGaps: number[] = [];
  for (const z of stripZones()) {
    const e = evaluate(z, setting.parameters);
    const ceiling = stripCeilingPercent(z.stripWidthM!, z.entered, setting.parameters);
    const bound = stripGreenBoundPercent(z.stripWidthM!, z.lengthM, z.entered, setting.parameters);
    if ('error' in e) { console.log(`  ${pad(z.name, 30)} refused: ${e.error}`); continue; }
    gaps.push(ceiling - e.percent);
    boundGaps.push(bound - e.percent);
    const boundNote = bound < ceiling - 0.05 ? `  (with 10 % green ${pct(bound)}, gap ${(bound - e.percent).toFixed(1)})` : '';
    console.log(`  ${pad(z.name, 30)} ${pct(e.percent).padStart(7)}  ceiling ${pct(ceiling).padStart(7)}  gap ${(ceiling - e.percent).toFixed(1).padStart(5)}` +
      `  ${String(e.plots).padStart(3)} plots  ${pad(e.pattern, 12)} ${e.ms.toFixed(0).padStart(5)} ms${e.failed.length ? `  FAILS ${e.failed.join(', ')}` : ''}${boundNote}`);
  }
  const boundWithin = boundGaps.filter((g) => g <= 4).length;
  console.log(`  within 4 points of the ceiling less Table 2.6's green: ${boundWithin} of ${boundGaps.length}; worst gap ${Math.max(...boundGaps).toFixed(1)}`);
  const within = gaps.filter((g) => g <= 4).length;
  console.log(`  within 4 points of the ceiling: ${within} of ${gaps.length}; worst gap ${Math.max(...gaps).toFixed(1)}`);
  console.log(`BENCH ${JSON.stringify({ group: 'layout efficiency', name: `strips within 4 points, ${setting.name}`, figure: `${within} of ${gaps.length}`, note: `worst gap ${Math.max(...gaps).toFixed(1)} points` })}`);
}

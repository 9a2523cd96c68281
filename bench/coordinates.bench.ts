/**
 * Conversion throughput, WGS84 → VN-2000 TM-3 105°30′ (EPSG:9209): the project's one coordinates module
 * (`planeProjection().toPlane`) beside raw proj4 `forward` with the same definition, in the same run,
 * on the same points around Đồng Dọc. Prints points per second, medians of several runs; asserts nothing.
 *
 *   npx tsx bench/coordinates.bench.ts [--runs 5] [--sizes 100000,1000000]
 */
import proj4 from 'proj4';
import { planeProjection, vn2000Proj4Definition } from '../src/geo/coordinates';
import { benchReporter, median, option } from './bench-kit';

const RUNS = Number(option('--runs', '5'));
const SIZES = option('--sizes', '100000,1000000').split(',').map(Number);

/** One result row for scripts/bench.mjs; the rest of the output is for people. */
const report = benchReporter('coordinates');

/** Points spread over the site (about 3 × 2 km), from a fixed seed so every run converts the same. */
function sitePoints(count: number): [number, number][] {
  let seed = 20848;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, () => [106.38 + random() * 0.03, 20.84 + random() * 0.02]);
}

/** Seconds for one pass of `convert` over all points. */
function timePass(points: [number, number][], convert: (p: [number, number]) => readonly number[]): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const p of points) sink += convert(p)[0];
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (Number.isNaN(sink)) console.log('(conversion produced NaN)');
  return seconds;
}

/**
 * Points per second of each converter, median of RUNS passes after one warm-up pass each. Passes
 * alternate between the converters so that neither always runs first (GC, CPU frequency, neighbours).
 */
function throughputs(points: [number, number][], converters: ((p: [number, number]) => readonly number[])[]): number[] {
  converters.forEach((convert) => timePass(points, convert));
  const seconds = converters.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? [...converters.keys()].reverse() : [...converters.keys()];
    for (const c of order) seconds[c].push(timePass(points, converters[c]));
  }
  return seconds.map((s) => points.length / median(s));
}

const ours = planeProjection('EPSG:9209');
const raw = proj4('EPSG:4326', vn2000Proj4Definition(105.5));
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const probe: [number, number] = [106.3931924, 20.8479845];
const a = ours.toPlane(probe);
const b = raw.forward(probe);
console.log(`Same result check at ${probe.join(', ')}: module ${a[0].toFixed(4)}, ${a[1].toFixed(4)}; proj4 ${b[0].toFixed(4)}, ${b[1].toFixed(4)}`);

for (const size of SIZES) {
  const points = sitePoints(size);
  const [module, direct] = throughputs(points, [(p) => ours.toPlane(p), (p) => raw.forward(p)]);
  const label = size.toLocaleString('en-US');
  console.log(`${label} points: planeProjection().toPlane ${fmt(module)} pts/s, raw proj4 forward ${fmt(direct)} pts/s (median of ${RUNS})`);
  report({ name: `toPlane, ${label} pts`, figure: `${fmt(module)} pts/s`, note: `${((module / direct) * 100).toFixed(0)} % of raw proj4` });
  report({ name: `raw proj4 forward, ${label} pts`, figure: `${fmt(direct)} pts/s`, note: `median of ${RUNS} runs` });
}

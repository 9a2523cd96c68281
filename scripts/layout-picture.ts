/**
 * Draws a layout as a PNG to look at (SVG through ImageMagick's `convert`): a seed of the random
 * zones or a zone file, with the checker's findings marked.
 *
 *   npx tsx scripts/layout-picture.ts --seed 2 --out /tmp/seed-2.png [--max-ha 75] [--shape L]
 *   npx tsx scripts/layout-picture.ts --zone tests/fixtures/layout/in/l-shape.geojson --out /tmp/l.png
 *   npx tsx scripts/layout-picture.ts --strip "strip 100 × 300 m, side" --out /tmp/s.png   (a zone of the bench's strip table)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../src/geo/layout';
import { checkLayoutRules } from '../tests/geo/layout/checker';
import { loadSite } from '../tests/geo/layout/load-site';
import { randomZone, type Shape } from '../tests/geo/layout/random-zones';
import { benchZones, stripZones } from '../bench/bench-zones';

const args = process.argv.slice(2);
const arg = (name: string, fallback = '') => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const strip = arg('strip') ? [...stripZones(), ...benchZones()].find((z) => z.name === arg('strip'))?.site : undefined;
if (arg('strip') && !strip) throw new Error(`no strip zone named ${arg('strip')}: ${stripZones().map((z) => z.name).join('; ')}`);
const site = strip ?? (arg('zone') ? loadSite(arg('zone')) : randomZone(Number(arg('seed', '1')), { maxHa: Number(arg('max-ha', '75')), ...(arg('shape') ? { shape: arg('shape') as Shape } : {}) }));
const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
if (!r.ok) throw new Error(JSON.stringify(r.errors));
const ring = site.zone[0];
const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
const x0 = Math.min(...xs) - 30, x1 = Math.max(...xs) + 30, y0 = Math.min(...ys) - 30, y1 = Math.max(...ys) + 30;
const scale = 1600 / Math.max(x1 - x0, y1 - y0);
const pt = (p: readonly number[]) => `${((p[0] - x0) * scale).toFixed(1)},${((y1 - p[1]) * scale).toFixed(1)}`;
const path = (rings: readonly (readonly (readonly number[])[])[]) => rings.map((q) => `M${q.map(pt).join('L')}Z`).join('');
const fill: Record<string, string> = { plot: '#f4d58d', road: '#9e9e9e', facility: '#8ecae6', green: '#95d5b2', buildable: 'none' };
const out: string[] = [];
for (const f of r.features) {
  const g = f.geometry as { type: string; coordinates: unknown };
  const kind = String(f.properties.kind);
  if (g.type === 'Polygon') {
    const role = (f.properties as { role?: string }).role;
    const colour = kind === 'green' && role === 'kept' ? '#4ea8de' : kind === 'green' && role === 'leftover' ? '#b7e4c7' : fill[kind] ?? '#ccc';
    out.push(`<path d="${path(g.coordinates as number[][][])}" fill="${colour}" stroke="${kind === 'buildable' ? '#c1121f' : '#333'}" stroke-width="${kind === 'buildable' ? 0.6 : 0.8}" fill-rule="evenodd"/>`);
  } else if (g.type === 'LineString' && kind === 'road-centreline') {
    out.push(`<path d="M${(g.coordinates as number[][]).map(pt).join('L')}" stroke="#fff" stroke-dasharray="6 4" fill="none"/>`);
  }
}
out.push(`<path d="${path(site.zone)}" fill="none" stroke="#000" stroke-width="2"/>`);
for (const line of site.accessRoads) out.push(`<path d="M${line.map(pt).join('L')}" stroke="#6a040f" stroke-width="4" fill="none"/>`);
for (const line of site.residentialEdges) out.push(`<path d="M${line.map(pt).join('L')}" stroke="#ff006e" stroke-width="4" fill="none"/>`);
const findings = checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r);
findings.slice(0, 40).forEach((f, i) => out.push(`<text x="10" y="${20 + 16 * i}" font-size="13" font-family="sans-serif">${f.rule}${f.reported ? ' (reported)' : ''}: ${f.message.replace(/[<&]/g, ' ')}</text>`));
const w = Math.ceil((x1 - x0) * scale), h = Math.ceil((y1 - y0) * scale);
const svgFile = `${arg('out', '/tmp/layout.png')}.svg`;
writeFileSync(svgFile, `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#fff"/>${out.join('')}</svg>`);
execFileSync('convert', [svgFile, arg('out', '/tmp/layout.png')]);
console.log(`${arg('out', '/tmp/layout.png')}: ${'kind' in site ? site.kind : site.name}, ${findings.length} findings`);

#!/usr/bin/env node
/**
 * `npm run bench`: builds the app, runs every benchmark and prints a table of figures beside their
 * targets. Never fails on a figure: benchmarks inform, tests assert.
 *
 * Each bench/*.bench.ts runs under tsx in its own process; lines it prints as
 * `BENCH {"group","name","figure","target"?,"ok"?,"note"?}` become table rows, the rest is shown as is.
 *
 *   npm run bench                 everything
 *   npm run bench -- --no-build   use the existing dist/
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const rows = [];

function header(title) {
  console.log(`\n━━━ ${title} ━━━`);
}

/** Runs a bench file under tsx, echoing its output and collecting its BENCH rows. */
function runBench(file, args = []) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [TSX, file, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    const take = (line) => {
      if (line.startsWith('BENCH ')) {
        try {
          rows.push(JSON.parse(line.slice(6)));
          return;
        } catch {
          /* not ours: print it */
        }
      }
      console.log(line);
    };
    child.stdout.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop();
      lines.forEach(take);
    });
    child.on('exit', (code) => {
      if (pending) take(pending);
      if (code !== 0) rows.push({ group: file, name: 'bench run', figure: `failed (exit ${code})` });
      done();
    });
  });
}

/** Parcel layer load and validation: JSON.parse + src/io/layers readParcelLayer on the demo file. */
async function parcelLayerBench() {
  const file = join(ROOT, 'public', 'geo', 'dong-doc-parcels.geojson');
  const group = 'parcel layer';
  if (!existsSync(join(ROOT, 'src', 'io', 'layers', 'index.ts'))) {
    console.log('skipped: src/io/layers is not there yet');
    return rows.push({ group, name: 'load + validation', figure: 'skipped', note: 'src/io/layers missing' });
  }
  if (!existsSync(file)) {
    console.log('skipped: public/geo/dong-doc-parcels.geojson is not there yet');
    return rows.push({ group, name: 'load + validation', figure: 'skipped', note: 'demo data missing' });
  }
  const { tsImport } = await import('tsx/esm/api');
  const layers = await tsImport('../src/io/layers/index.ts', import.meta.url);
  if (typeof layers.readParcelLayer !== 'function') {
    console.log('skipped: src/io/layers has no readParcelLayer');
    return rows.push({ group, name: 'load + validation', figure: 'skipped', note: 'readParcelLayer missing' });
  }
  const text = readFileSync(file, 'utf8');
  const once = () => {
    const start = performance.now();
    const result = layers.readParcelLayer(JSON.parse(text), 'dong-doc-parcels.geojson');
    return { ms: performance.now() - start, result };
  };
  const first = once(); // includes the first proj4 parse and JIT warm-up
  const times = Array.from({ length: 9 }, () => once().ms).sort((a, b) => a - b);
  const parcels = first.result.ok ? first.result.value.parcels.length : 0;
  const status = first.result.ok ? `${parcels} parcels, valid` : `${first.result.errors.length} error(s): ${first.result.errors[0]?.code}`;
  console.log(`${(text.length / 1024).toFixed(0)} KiB file, ${status}; first read ${first.ms.toFixed(1)} ms, then ${times.map((t) => t.toFixed(1)).join(' ')} ms`);
  rows.push({ group, name: 'load + validation (JSON.parse + readParcelLayer)', figure: `${times[4].toFixed(1)} ms`, note: `median of 9 warm; first ${first.ms.toFixed(0)} ms; ${status}` });
}

header('Build (vite build)');
let built = existsSync(join(ROOT, 'dist', 'index.html'));
if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  built = build.status === 0;
  console.log(built ? 'built dist/' : `build failed (exit ${build.status}): bundle and browser figures skipped`);
}

header('Coordinate conversion (bench/coordinates.bench.ts)');
await runBench('bench/coordinates.bench.ts');

header('Parcel layer load and validation (src/io/layers)');
try {
  await parcelLayerBench();
} catch (error) {
  console.log(`failed: ${error?.message ?? error}`);
  rows.push({ group: 'parcel layer', name: 'load + validation', figure: 'failed', note: String(error?.message ?? error).slice(0, 60) });
}

header('Layout engine (bench/layout.bench.ts)');
if (existsSync(join(ROOT, 'bench', 'layout.bench.ts'))) await runBench('bench/layout.bench.ts');
else console.log('skipped: bench/layout.bench.ts is not there yet');

header('Layout efficiency (bench/layout-efficiency.bench.ts)');
await runBench('bench/layout-efficiency.bench.ts');

header('Allocation suggestion (bench/allocation.bench.ts)');
await runBench('bench/allocation.bench.ts');
header('Plot sheets (bench/plot-sheets.bench.ts)');
if (built) await runBench('bench/plot-sheets.bench.ts');
else console.log('skipped: the build failed');

header('Main-thread JavaScript (bench/bundle-size.bench.ts)');
if (built) await runBench('bench/bundle-size.bench.ts');
else console.log('skipped: no build');

header('Navigation to parcels drawn in Chromium (bench/browser.bench.ts)');
if (built) await runBench('bench/browser.bench.ts');
else console.log('skipped: no build');

header('Planner workspace in Chromium (bench/plan.bench.ts)');
if (built) await runBench('bench/plan.bench.ts');
else console.log('skipped: no build');

header('Register (bench/registry.bench.ts, bench/registry-browser.bench.ts)');
await runBench('bench/registry.bench.ts');
if (built) await runBench('bench/registry-browser.bench.ts');
else console.log('skipped: no build');

header('Panning a 75 ha layout in Chromium (bench/plan-pan.bench.ts)');
if (built) await runBench('bench/plan-pan.bench.ts');
else console.log('skipped: no build');

// The table: figures beside targets.
const columns = [
  ['Benchmark', (r) => `${r.group}: ${r.name}`],
  ['Figure', (r) => r.figure],
  ['Target', (r) => r.target ?? ''],
  ['', (r) => (r.ok === true ? 'ok' : r.ok === false ? 'OVER' : '')],
  ['Note', (r) => r.note ?? ''],
];
const cells = rows.map((r) => columns.map(([, get]) => String(get(r))));
const widths = columns.map(([title], c) => Math.max(title.length, ...cells.map((row) => row[c].length)));
const line = (values) => values.map((v, c) => v.padEnd(widths[c])).join('  ').trimEnd();
header('Figures');
console.log(line(columns.map(([title]) => title)));
console.log(line(widths.map((w) => '─'.repeat(w))));
for (const row of cells) console.log(line(row));
console.log(`\n${new Date().toISOString()} · node ${process.version} · ${process.platform} ${process.arch}`);

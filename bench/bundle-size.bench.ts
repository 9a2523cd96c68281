/**
 * JavaScript shipped on first load, from the build in dist/ (run `vite build` first; `npm run bench`
 * does): the entry script of dist/index.html with its modulepreloads and every chunk it imports
 * statically, gzip-compressed. The MapLibre worker, the service worker and lazily loaded chunks
 * (reached only through dynamic import()) are listed separately. Asserts nothing.
 *
 *   npx tsx bench/bundle-size.bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { benchReporter } from './bench-kit';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TARGET_KB = 500;

const report = benchReporter('bundle');

const gzipBytes = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** dist-relative paths of the scripts and modulepreloads in the built index.html. */
function entryFiles(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /type=["']module["']/.test(tag);
    const isPreload = tag.startsWith('<link') && /rel=["']modulepreload["']/.test(tag);
    const url = /(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModuleScript || isPreload) && url && !/^[a-z]+:/i.test(url)) files.push(posix.normalize(url.replace(/^\.?\//, '')));
  }
  return files;
}

/** Relative module specifiers of a chunk: static imports/re-exports, and dynamic import() targets. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(DIST, file), 'utf8');
  const resolveSpec = (spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
  const statics = [...code.matchAll(/(?:^|[\s;{}()])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)];
  const dynamics = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)];
  return { static: statics.map((m) => resolveSpec(m[1])), dynamic: dynamics.map((m) => resolveSpec(m[1])) };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(join(dir, e.name)) : [relative(DIST, join(dir, e.name)).split('\\').join('/')]);
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.log('dist/index.html is missing: run `npx vite build` first.');
  report({ name: 'main-thread JS on first load (gzip)', figure: 'n/a (no build)', target: `≤ ${TARGET_KB} kB` });
  process.exit(0);
}

// Everything the first navigation loads: entry scripts, preloads, and their static imports.
const initial = new Set<string>();
const queue = entryFiles().filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
while (queue.length) {
  const file = queue.shift()!;
  if (initial.has(file) || !existsSync(join(DIST, file))) continue;
  initial.add(file);
  queue.push(...importsOf(file).static);
}

const scripts = allFiles(DIST).filter((f) => /\.m?js$/.test(f));
const serviceWorker = scripts.filter((f) => !f.includes('/') && (f === 'sw.js' || f.startsWith('workbox-')));
const workers = scripts.filter((f) => !initial.has(f) && !serviceWorker.includes(f) && /worker/i.test(posix.basename(f)));
const lazy = scripts.filter((f) => !initial.has(f) && !serviceWorker.includes(f) && !workers.includes(f));

const sum = (files: string[]) => files.reduce((s, f) => s + gzipBytes(f), 0);
const initialBytes = sum([...initial]);
const list = (title: string, files: string[]) => {
  console.log(`${title}: ${kB(sum(files))} gzip in ${files.length} file(s)`);
  for (const f of [...files].sort((a, b) => gzipBytes(b) - gzipBytes(a))) console.log(`  ${kB(gzipBytes(f)).padStart(10)}  ${f}`);
};

list('Main-thread JavaScript on first load', [...initial]);
list('Web workers (MapLibre)', workers);
list('Loaded on demand (dynamic import)', lazy);
list('Service worker', serviceWorker);
const css = allFiles(DIST).filter((f) => f.endsWith('.css'));
if (css.length) list('CSS (not counted as JavaScript)', css);

report({
  name: 'main-thread JS on first load (gzip)',
  figure: kB(initialBytes),
  target: `≤ ${TARGET_KB} kB`,
  ok: initialBytes <= TARGET_KB * 1000,
  note: `${initial.size} file(s), gzip -9`,
});
report({ name: 'MapLibre worker (gzip, separate)', figure: workers.length ? kB(sum(workers)) : 'none found', note: workers.join(', ') });
report({ name: 'lazily loaded chunks (gzip)', figure: kB(sum(lazy)), note: `${lazy.length} chunk(s)` });

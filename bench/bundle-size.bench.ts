/**
 * JavaScript shipped on first load, from the build in dist/ (run `vite build` first; `npm run bench`
 * does): the entry script of dist/index.html with its modulepreloads and every chunk it imports
 * statically, gzip-compressed. The MapLibre worker, the service worker and lazily loaded chunks
 * (reached only through dynamic import()) are listed separately. Asserts nothing.
 *
 *   npx tsx bench/bundle-size.bench.ts
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchReporter } from './bench-kit';
import { FIRST_LOAD_BUDGET_KB, firstLoadFiles, gzipBytes as gzipBytesIn } from './first-load';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const TARGET_KB = FIRST_LOAD_BUDGET_KB;

const report = benchReporter('bundle');

const gzipBytes = (file: string) => gzipBytesIn(DIST, file);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

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
const initial = firstLoadFiles(DIST);

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

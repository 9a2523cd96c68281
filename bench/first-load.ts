/**
 * Which built files the first navigation loads, from dist/ (after `vite build`): the entry scripts and
 * modulepreloads of dist/index.html and every chunk they import statically, transitively. Chunks reached
 * only through dynamic import() load on demand. Shared by bench/bundle-size.bench.ts (the figures) and
 * tests/e2e/first-load-budget.e2e.test.ts (the 500 kB budget as a test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load budget of #/parcels, main-thread JavaScript, gzip (issues #6 and #8), in kB of 1000 bytes. */
export const FIRST_LOAD_BUDGET_KB = 500;

/** Size of a dist file compressed as a server would (gzip -9), bytes. */
export const gzipBytes = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** dist-relative paths of the scripts and modulepreloads in the built index.html. */
function entryFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
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
export function chunkImports(dist: string, file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(dist, file), 'utf8');
  const resolveSpec = (spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
  const statics = [...code.matchAll(/(?:^|[\s;{}()])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)];
  const dynamics = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)];
  return { static: statics.map((m) => resolveSpec(m[1])), dynamic: dynamics.map((m) => resolveSpec(m[1])) };
}

/** The JavaScript files of the first navigation, dist-relative. */
export function firstLoadFiles(dist: string): Set<string> {
  const initial = new Set<string>();
  const queue = entryFiles(dist).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  while (queue.length) {
    const file = queue.shift()!;
    if (initial.has(file) || !existsSync(join(dist, file))) continue;
    initial.add(file);
    queue.push(...chunkImports(dist, file).static);
  }
  return initial;
}

/**
 * The app's modules as the bundler sees them, read from the sources: the static imports of a module
 * (what loads with it) apart from its dynamic import() targets (what loads on demand), and the message
 * keys a module names. For tests of what the first load carries (first-load-catalogue.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** A relative specifier resolved to a repository path of a .ts/.tsx source, or null (packages, assets). */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(join(ROOT, from)), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return relative(ROOT, candidate).split('\\').join('/');
  }
  return null;
}

/** The code with comments blanked, so that an import written in a comment is not taken for one. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Static (loaded with the module; `import type` excluded) and dynamic imports of a module. */
export function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = withoutComments(source(file));
  const statics = [
    ...code.matchAll(/(?:^|[;\n])\s*(?:import|export)(?!\s+type\b)\s*(?:[\w$*{}\s,]*?\s*from\s*)?['"]([^'"]+)['"]/g),
  ].map((m) => m[1]);
  const dynamics = [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  const resolved = (specs: string[]) => specs.map((s) => resolveSpecifier(file, s)).filter((f): f is string => f !== null);
  return { static: resolved(statics), dynamic: resolved(dynamics) };
}

/** Every module loaded with `entry` (its static imports, transitively), the entry included. */
export function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).static);
  }
  return seen;
}

/**
 * The string literals of a module, and the static heads of the templates it translates
 * (t(`write.reason.${…}`) → "write.reason."); other templates build other things (audit action keys…).
 */
export function literalsOf(file: string): { strings: string[]; templateHeads: string[] } {
  const code = withoutComments(source(file));
  const strings = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1] ?? m[2]);
  const templateHeads = [...code.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => m[1]).filter((head) => head.length > 0);
  return { strings, templateHeads };
}

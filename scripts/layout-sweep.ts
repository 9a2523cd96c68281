/**
 * A larger seeded sweep of the layout engine over random zones of every shape (tests/geo/layout/
 * random-zones.ts), judged by the independent checker; prints the failures by rule, with seeds.
 *
 *   npx tsx scripts/layout-sweep.ts [--from 1] [--count 200] [--shape L] [--min-ha 0.5] [--max-ha 75] [--params p.json] [--verbose]
 *
 * A finding marked "reported" is a rule the layout's own balance or warnings say it fails (the engine
 * claims no pass it lacks); the others are faults. Exit code 1 when any seed has an unreported fault.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters } from '../src/geo/layout';
import { checkLayoutRules } from '../tests/geo/layout/checker';
import { randomZone, SHAPES, type Shape } from '../tests/geo/layout/random-zones';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const from = Number(arg('from', '1')), count = Number(arg('count', '200'));
const shape = arg('shape', '') as Shape | '';
if (shape && !SHAPES.includes(shape)) throw new Error(`--shape: one of ${SHAPES.join(', ')}`);
const params: LayoutParameters = args.includes('--params') ? { ...DEFAULT_LAYOUT_PARAMETERS, ...JSON.parse(readFileSync(arg('params', ''), 'utf8')) } : DEFAULT_LAYOUT_PARAMETERS;
const verbose = args.includes('--verbose');

const byRule = new Map<string, { seeds: number[]; reported: number; example: string }>();
const refused = new Map<string, number[]>();
let faulty = 0, ms = 0;
for (let seed = from; seed < from + count; seed++) {
  const site = randomZone(seed, { minHa: Number(arg('min-ha', '0.5')), maxHa: Number(arg('max-ha', '75')), ...(shape ? { shape } : {}) });
  const t0 = performance.now();
  const r = generateLayout(site, params);
  ms += performance.now() - t0;
  if (!r.ok) {
    const code = r.errors.map((e) => e.code).join(',');
    refused.set(code, [...(refused.get(code) ?? []), seed]);
    if (verbose) console.log(`seed ${seed} (${site.kind}): refused ${code}`);
    continue;
  }
  const findings = checkLayoutRules(site, params, r);
  if (findings.some((f) => !f.reported)) faulty++;
  for (const f of findings) {
    const key = `${f.rule}${f.reported ? ' (reported)' : ''}`;
    const entry = byRule.get(key) ?? { seeds: [], reported: 0, example: `seed ${seed} (${site.kind}): ${f.message}` };
    if (entry.seeds[entry.seeds.length - 1] !== seed) entry.seeds.push(seed);
    byRule.set(key, entry);
  }
  if (verbose) for (const f of findings) console.log(`seed ${seed} (${site.kind}): ${f.rule}${f.reported ? ' (reported)' : ''}: ${f.message}`);
}
console.log(`${count} seeds from ${from}${shape ? `, ${shape} only` : ''}: ${faulty} with unreported faults; layout ${(ms / count).toFixed(0)} ms a seed on average`);
for (const [code, seeds] of refused) console.log(`refused ${code}: ${seeds.length} — seeds ${seeds.slice(0, 20).join(' ')}${seeds.length > 20 ? ' …' : ''}`);
for (const [rule, e] of [...byRule].sort((a, b) => b[1].seeds.length - a[1].seeds.length)) {
  console.log(`${rule}: ${e.seeds.length} seeds — ${e.seeds.slice(0, 20).join(' ')}${e.seeds.length > 20 ? ' …' : ''}\n    e.g. ${e.example}`);
}
process.exitCode = faulty ? 1 : 0;

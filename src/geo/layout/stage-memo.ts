/**
 * A memo of layout stages for runs that follow one another on the same zone (the planner changing a
 * parameter: the layout worker keeps one StageMemo for its life). A stage's result is kept under the
 * exact inputs it read: its plain arguments by value, and the fields of the parameters it actually
 * read, recorded while it ran. A later run whose arguments and recorded fields are equal gets the very
 * result a fresh run would compute (the stages are pure and deterministic); any other run computes it
 * afresh. Results are shared between runs, which is safe because the engine never mutates its inputs
 * (tests/geo/layout/stage-memo.test.ts compares memoised and fresh runs byte for byte).
 */
import type { LayoutParameters } from './types';

/**
 * Results kept per stage: a few parameter sets back (a planner trying values back and forth). A run
 * calls the roads and facilities stages once per pattern it tries (7 on the demo zone), so 12 held
 * less than two runs: a frontage change going back to a value two changes old missed half its roads
 * and facilities (bench/plan-change-timing.ts: 142 of 319 road and 200 of 319 facility calls missed
 * over 45 changes; with 64, 16 and 18, the first sight of each value). Nine runs of the demo zone;
 * the entries share the run's geometry, so they cost a few MB at most on a large zone.
 */
const ENTRIES_PER_STAGE = 64;

interface Entry {
  readonly argsKey: string;
  /** The parameter fields the stage read, and their values then (as keyed). */
  readonly fields: readonly string[];
  readonly valuesKey: string;
  readonly result: unknown;
}

/**
 * Arguments by value. JSON alone would confuse −0 with 0 and ±Infinity/NaN with null; those are
 * written apart, so equal keys mean equal numbers.
 */
function valueKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `#${Object.is(v, -0) ? '-0' : String(v)}` : v));
}

/** Whether `value` holds `target` anywhere inside (a result must not keep the recording parameters). */
function holds(value: unknown, target: object, seen = new Set<object>()): boolean {
  if (value === target) return true;
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  // Numeric arrays (coordinates) are most of a stage's result: skip them quickly.
  if (Array.isArray(value)) return typeof value[0] !== 'number' && value.some((item) => holds(item, target, seen));
  return Object.values(value).some((item) => holds(item, target, seen));
}

export class StageMemo {
  private readonly stages = new Map<string, Entry[]>();
  /** Hits and misses since the memo was made, per stage (for the bench and tests). */
  readonly counts: Record<string, { hits: number; misses: number }> = {};

  /**
   * The stage's result for these inputs: kept from an earlier run, or computed now.
   * @param args every input of the stage but the parameters, as plain data
   * @param p the parameters, or null when the stage reads none (its values are in `args`)
   * @param compute the stage, reading the parameters only through its argument
   */
  run<T>(stage: string, args: unknown, p: LayoutParameters | null, compute: (p: LayoutParameters) => T): T {
    const argsKey = valueKey(args);
    const entries = this.stages.get(stage) ?? [];
    this.stages.set(stage, entries);
    const count = (this.counts[stage] ??= { hits: 0, misses: 0 });
    const record = p as unknown as Record<string, unknown> | null;
    const at = entries.findIndex((e) => e.argsKey === argsKey && (!record || e.valuesKey === valueKey(e.fields.map((field) => record[field]))));
    if (at >= 0) {
      const [entry] = entries.splice(at, 1);
      entries.unshift(entry);
      count.hits++;
      return entry.result as T;
    }
    count.misses++;
    if (!record) {
      const result = compute(p as never);
      entries.unshift({ argsKey, fields: [], valuesKey: '', result });
      entries.length = Math.min(entries.length, ENTRIES_PER_STAGE);
      return result;
    }
    // The stage sees the parameters through a proxy that notes each field read; a spread or a field
    // list (ownKeys) counts as reading every field.
    const read = new Set<string>();
    const recording = new Proxy(record, {
      get: (target, field, receiver) => { if (typeof field === 'string') read.add(field); return Reflect.get(target, field, receiver); },
      has: (target, field) => { if (typeof field === 'string') read.add(field); return Reflect.has(target, field); },
      ownKeys: (target) => { for (const field of Object.keys(target)) read.add(field); return Reflect.ownKeys(target); },
      getOwnPropertyDescriptor: (target, field) => { if (typeof field === 'string') read.add(field); return Reflect.getOwnPropertyDescriptor(target, field); },
    });
    const result = compute(recording as unknown as LayoutParameters);
    // A result that kept the parameters could be read later for fields not recorded: not kept.
    if (holds(result, recording)) return result;
    const fields = [...read].sort();
    entries.unshift({ argsKey, fields, valuesKey: valueKey(fields.map((field) => record[field])), result });
    entries.length = Math.min(entries.length, ENTRIES_PER_STAGE);
    return result;
  }
}

/** A stage through the memo when there is one, else simply run. */
export const throughMemo = <T>(
  memo: StageMemo | undefined, stage: string, args: () => unknown, p: LayoutParameters | null, compute: (p: LayoutParameters) => T,
): T => (memo ? memo.run(stage, args(), p, compute) : compute(p as LayoutParameters));

/**
 * The demo variant's layout as the build made it (scripts/demo-layout.ts): a kept layout under the key
 * of a fresh profile's first run, which the planner workspace draws at once when the key is the one it
 * computes (as for VariantRow.laidOut), while the engine lays the demo out again and confirms it. Fetched
 * as data as soon as the app starts on #/plan (main.tsx), never part of the first-load JS. Anything wrong
 * with it (no file in the dev server, a network error, a damaged file, too slow) gives null: the demo is
 * laid out as without it.
 */
import type { LaidOutLayout } from '../../db/variant-row';

/** Where the build writes it, beside the demo zone file. */
export const SHIPPED_DEMO_LAYOUT_FILE = 'geo/dong-doc-layout.json';

/** How long the fetch may take before the page stops waiting for it, ms (it is precached after one visit). */
const WAIT_MS = 1500;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's JSON as a kept layout, or null when it is not one. */
export function readShippedDemoLayout(json: unknown): LaidOutLayout | null {
  if (!isObject(json) || typeof json.key !== 'string' || !json.key) return null;
  const layout = json.layout;
  if (!isObject(layout) || layout.ok !== true || !Array.isArray(layout.features) || !isObject(layout.parameters) || !isObject(layout.landUse)) return null;
  return json as unknown as LaidOutLayout;
}

let loading: Promise<LaidOutLayout | null> | null = null;
let loaded: LaidOutLayout | null | undefined;

/** Fetches the file once per session (later calls share the answer); never rejects, never waits longer than WAIT_MS. */
export function loadShippedDemoLayout(fetchJson: (path: string) => Promise<unknown> = defaultFetchJson, waitMs = WAIT_MS): Promise<LaidOutLayout | null> {
  loading ??= new Promise<LaidOutLayout | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), waitMs);
    fetchJson(SHIPPED_DEMO_LAYOUT_FILE).then(readShippedDemoLayout, () => null).then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  }).then((value) => {
    performance.mark('phanlo:plan-demo-layout-fetched'); // a phase of #/plan's load (bench/plan.bench.ts)
    loaded = value;
    return value;
  });
  return loading;
}

/** The answer of loadShippedDemoLayout once it came; undefined before (or when never asked). */
export const shippedDemoLayoutNow = (): LaidOutLayout | null | undefined => loaded;

/** Forgets the answer (tests). */
export function forgetShippedDemoLayout(): void {
  loading = null;
  loaded = undefined;
}

async function defaultFetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

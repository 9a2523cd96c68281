/**
 * The demo variant's layout, made at build time by the same code the app runs, so that a fresh profile
 * draws it on #/plan at once instead of waiting for a cold layout worker (issue #8: usable ≤ 2 s). It is
 * shipped as data (dist/geo/dong-doc-layout.json, fetched and precached like the zone file), never in
 * the first-load JS. The file is a kept layout (VariantRow.laidOut): the layout with the key of the run
 * the planner workspace asks for first on a fresh profile (src/features/plan/layout-cache.ts), so that a
 * file made by another engine build, from another zone file or in another plane CRS is never drawn.
 *
 * Each step is the app's own: the zone as loadDemoSite reads it, the parameters and given fields as a
 * fresh workspace holds them, the layout as the layout worker's handler makes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LaidOutLayout } from '../src/db/variant-row';
import { laidOutKey, runKey } from '../src/features/plan/layout-cache';
import { SHIPPED_DEMO_LAYOUT_FILE } from '../src/features/plan/shipped-demo-layout';
import { DEFAULT_PLANE_CRS } from '../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, type LayoutParameters } from '../src/geo/layout';
import { loadDemoSite } from '../src/io/demo-site';
import { givenParameterFields } from '../src/state/plan-parameters';
import { handleLayoutRequest } from '../src/workers/layout-protocol';

export { SHIPPED_DEMO_LAYOUT_FILE };

/**
 * The demo zone (read from `publicDir`, as the app fetches it) laid out with the default parameters,
 * under the key `engine` gives it; throws when the demo does not load or lay out (a build must not ship
 * a demo that cannot be drawn).
 */
export async function makeDemoLayout(publicDir: string, engine: string): Promise<LaidOutLayout> {
  const demo = await loadDemoSite(DEFAULT_PLANE_CRS, async (path) => readFileSync(join(publicDir, path), 'utf8'));
  if (!demo.ok) throw new Error(`the demo site does not load: ${JSON.stringify(demo.errors)}`);
  const site = demo.value.site;
  const parameters = structuredClone(DEFAULT_LAYOUT_PARAMETERS) as LayoutParameters;
  const given = givenParameterFields(parameters, []);
  const response = handleLayoutRequest({ id: 1, site, parameters, previous: null, ...(given.length ? { givenParameters: given } : {}) });
  if (!('outcome' in response)) throw new Error(`the demo layout crashed the engine: ${'crash' in response ? response.crash : 'no answer'}`);
  if (!response.outcome.ok) throw new Error(`the demo zone does not lay out: ${JSON.stringify(response.outcome.errors)}`);
  const key = laidOutKey(engine, site, runKey(parameters, null, [], given));
  if (!key) throw new Error('no engine build to key the demo layout with');
  return { key, layout: response.outcome };
}

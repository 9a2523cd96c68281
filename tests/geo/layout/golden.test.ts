/**
 * Golden fixtures: tests/fixtures/layout/in/*.geojson → out/*.geojson, compared byte for byte. A zone
 * may come with `<name>.params.json`, merged over the defaults.
 * Regenerate on purpose only: `REGEN=1 npx vitest run tests/geo/layout`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult } from '../../../src/geo/layout';
import { checkLayoutRules } from './checker';
import { faults } from './strict-rules';
import { goldenGeoJson } from './golden-writer';
import { loadSite } from './load-site';

// A layout and its independent check take a second or two on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

const dir = join(__dirname, '../../fixtures/layout');
const inputs = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.geojson')).sort();

describe('layout golden fixtures', () => {
  for (const file of inputs) {
    it(file, () => {
      const site = loadSite(join(dir, 'in', file));
      const paramsFile = join(dir, 'in', file.replace(/\.geojson$/, '.params.json'));
      const given: Partial<LayoutParameters> = existsSync(paramsFile) ? JSON.parse(readFileSync(paramsFile, 'utf8')) : {};
      const params: LayoutParameters = { ...DEFAULT_LAYOUT_PARAMETERS, ...given };
      // As the command line runs it: the params file's fields are the user's, used as given.
      const result = generateLayout(site, params, { givenParameters: Object.keys(given) as (keyof LayoutParameters)[] });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const r = result as LayoutResult;
      expect(faults(checkLayoutRules(site, params, r))).toEqual([]);
      const text = goldenGeoJson(file.replace(/\.geojson$/, ''), r);
      const out = join(dir, 'out', file);
      if (process.env.REGEN === '1') writeFileSync(out, text);
      // A missing golden output fails: it is written on purpose only (REGEN=1), then looked at.
      expect(existsSync(out), `${file} has no golden output (REGEN=1 writes it)`).toBe(true);
      expect(text === readFileSync(out, 'utf8'), `${file} differs from its golden output (REGEN=1 to accept)`).toBe(true);
    }, 60_000); // several candidate layouts per entrance tried: speed is the benchmark's business
  }
});

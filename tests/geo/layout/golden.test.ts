/**
 * Golden fixtures: tests/fixtures/layout/in/*.geojson → out/*.geojson, compared byte for byte. A zone
 * may come with `<name>.params.json`, merged over the defaults.
 * Regenerate on purpose only: `REGEN=1 npx vitest run tests/geo/layout`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutParameters, type LayoutResult } from '../../../src/geo/layout';
import { checkLayout } from './legacy-checker';
import { goldenGeoJson } from './golden-writer';
import { loadSite } from './load-site';

const dir = join(__dirname, '../../fixtures/layout');
const inputs = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.geojson')).sort();

describe('layout golden fixtures', () => {
  for (const file of inputs) {
    it(file, () => {
      const site = loadSite(join(dir, 'in', file));
      const paramsFile = join(dir, 'in', file.replace(/\.geojson$/, '.params.json'));
      const params: LayoutParameters = existsSync(paramsFile)
        ? { ...DEFAULT_LAYOUT_PARAMETERS, ...JSON.parse(readFileSync(paramsFile, 'utf8')) }
        : DEFAULT_LAYOUT_PARAMETERS;
      const result = generateLayout(site, params);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const r = result as LayoutResult;
      expect(checkLayout(site, params, r)).toEqual([]);
      const text = goldenGeoJson(file.replace(/\.geojson$/, ''), r);
      const out = join(dir, 'out', file);
      if (process.env.REGEN === '1' || !existsSync(out)) writeFileSync(out, text);
      expect(text === readFileSync(out, 'utf8'), `${file} differs from its golden output (REGEN=1 to accept)`).toBe(true);
    }, 60_000); // several candidate layouts per entrance tried: speed is the benchmark's business
  }
});

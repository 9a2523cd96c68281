import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_FILES, loadDemoSite } from '../../src/io/demo-site';

const publicDir = join(__dirname, '..', '..', 'public');
const realFetch = (path: string) => Promise.resolve(readFileSync(join(publicDir, path), 'utf8'));

describe('loading the demo site', () => {
  it('reads and validates the three shipped files together', async () => {
    const result = await loadDemoSite('EPSG:9209', realFetch);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.layer.parcels.length).toBeGreaterThan(100);
    expect(result.value.site.crs).toBe('EPSG:9209');
    expect(result.value.context.length).toBeGreaterThan(0);
  });

  it('reads them into another VN-2000 plane when the user picked one', async () => {
    const result = await loadDemoSite('EPSG:9210', realFetch);
    expect(result.ok && result.value.layer.crs).toBe('EPSG:9210');
  });

  it('reports every broken file with its name instead of drawing garbage', async () => {
    const broken = (path: string) => {
      if (path === DEMO_FILES.parcels) return Promise.resolve('{"type": "FeatureCollection", "features": [');
      if (path === DEMO_FILES.context) return Promise.reject(new Error('HTTP 404'));
      return realFetch(path);
    };
    const result = await loadDemoSite('EPSG:9209', broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.file, e.code])).toEqual([
      ["dong-doc-parcels.geojson", "json-invalid"],
      ['dong-doc-context.geojson', 'file-unreadable'],
    ]);
  });

  it('passes on the readers’ own findings, with the feature they concern', async () => {
    const parcels = JSON.parse(readFileSync(join(publicDir, DEMO_FILES.parcels), 'utf8'));
    delete parcels.features[3].properties.sheetNo;
    const result = await loadDemoSite('EPSG:9209', (path) =>
      path === DEMO_FILES.parcels ? Promise.resolve(JSON.stringify(parcels)) : realFetch(path));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ file: 'dong-doc-parcels.geojson', feature: 3, code: 'value-missing' }));
  });
});

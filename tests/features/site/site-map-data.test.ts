// The map's WGS84 copies are derived once per domain object (main.tsx derives the demo's before the
// first render, which then finds them), and a new object gets its own copy: they are not kept by
// value, so an edited layer or zone is never drawn from an old copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoSite } from '../../../src/io/demo-site';
import { contextToMapData, parcelsToMapData, zoneToMapData } from '../../../src/features/site/site-map-data';
import { parcelLayerToGeoJson } from '../../../src/io/layers';

const fetchPublic = async (path: string) => readFileSync(join(__dirname, '../../../public', path.replace(/^\.?\//, '')), 'utf8');

describe('site map data', async () => {
  const result = await loadDemoSite('EPSG:9209', fetchPublic);
  if (!result.ok) throw new Error('demo did not load');
  const { layer, site, context } = result.value;

  it('gives the same copy for the same object, and derives it as the layer writer does', () => {
    const first = parcelsToMapData(layer);
    expect(parcelsToMapData(layer)).toBe(first);
    const written = parcelLayerToGeoJson(layer, { crs: 'wgs84' });
    expect(first.features.map((f) => f.geometry)).toEqual(written.features.map((f) => f.geometry));
    expect(first.features.every((f) => typeof f.properties?.color === 'string')).toBe(true);
    expect(zoneToMapData(site)).toBe(zoneToMapData(site));
    expect(contextToMapData(context, site.crs)).toBe(contextToMapData(context, site.crs));
  });

  it('derives a new copy for a new object (an edit), and per plane CRS for the context', () => {
    const edited = { ...layer, parcels: layer.parcels.slice(1) };
    expect(parcelsToMapData(edited)).not.toBe(parcelsToMapData(layer));
    expect(parcelsToMapData(edited).features).toHaveLength(layer.parcels.length - 1);
    expect(zoneToMapData({ ...site })).not.toBe(zoneToMapData(site));
    expect(contextToMapData(context, 'EPSG:9210')).not.toBe(contextToMapData(context, site.crs));
  });
});

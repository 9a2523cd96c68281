// The map style names no place (the view comes from the data) and takes every source and layer id
// from src/map/map-ids.ts, so the map code, the legend and the tests all mean the same layers.
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, SOURCE_IDS } from '../../src/map/map-ids';
import { buildStyle, dataLayers, sourceSpecification } from '../../src/map/style';

describe('map style', () => {
  it('starts with the background only, and no centre or zoom of its own', () => {
    const style = buildStyle();
    expect(style.center).toBeUndefined();
    expect(style.zoom).toBeUndefined();
    expect(style.sources).toEqual({});
    expect(style.layers.map((l) => l.id)).toEqual([LAYER_IDS.background]);
  });

  it('uses only the ids of map-ids.ts, each layer once', () => {
    const layers = dataLayers('vi-VN');
    const layerIds = new Set<string>(Object.values(LAYER_IDS));
    const sourceIds = new Set<string>(Object.values(SOURCE_IDS));
    expect(layers.map((l) => l.id).filter((id) => !layerIds.has(id))).toEqual([]);
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
    expect(layers.map((l) => ('source' in l ? l.source : '')).filter((s) => !sourceIds.has(s as string))).toEqual([]);
  });

  it('labels from the label points, over everything but road names', () => {
    const layers = dataLayers('vi-VN');
    const label = layers.find((l) => l.id === LAYER_IDS.parcelsLabel)!;
    expect('source' in label && label.source).toBe(SOURCE_IDS.parcelLabels);
    expect(layers.indexOf(label)).toBeGreaterThan(layers.findIndex((l) => l.id === LAYER_IDS.parcelsFill));
  });

  it('keeps the parcel id as the feature id (selection) and nothing else special', () => {
    const data = { type: 'FeatureCollection' as const, features: [] };
    expect(sourceSpecification(SOURCE_IDS.parcels, data)).toEqual({ type: 'geojson', data, promoteId: 'id' });
    expect(sourceSpecification(SOURCE_IDS.zone, data)).toEqual({ type: 'geojson', data });
  });
});

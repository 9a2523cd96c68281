import { describe, expect, it } from 'vitest';
import { coordinateCause, planeConverter, readGeoJsonCrs } from '../../../src/io/layers';
import { projReference } from './fixtures';

const named = (name: string) => ({ type: 'FeatureCollection', features: [], crs: { type: 'name', properties: { name } } });

describe('readGeoJsonCrs', () => {
  it('reads the legacy crs member in the forms QGIS, GDAL and we write; absent is WGS84', () => {
    expect(readGeoJsonCrs(named('urn:ogc:def:crs:EPSG::9209'))).toEqual({ ok: true, value: 'EPSG:9209', warnings: [] });
    expect(readGeoJsonCrs(named('EPSG:9210'))).toEqual({ ok: true, value: 'EPSG:9210', warnings: [] });
    expect(readGeoJsonCrs(named('urn:ogc:def:crs:OGC:1.3:CRS84'))).toEqual({ ok: true, value: 'EPSG:4326', warnings: [] });
    expect(readGeoJsonCrs(named('vn2000:105'))).toEqual({ ok: true, value: 'vn2000:105', warnings: [] });
    expect(readGeoJsonCrs({ type: 'FeatureCollection', features: [], crs: { type: 'EPSG', properties: { code: 9209 } } }))
      .toEqual({ ok: true, value: 'EPSG:9209', warnings: [] });
    expect(readGeoJsonCrs({ type: 'FeatureCollection', features: [] })).toEqual({ ok: true, value: 'EPSG:4326', warnings: [] });
  });

  it('names what it does not know: Web Mercator, VN-2000 UTM, a linked CRS', () => {
    expect(readGeoJsonCrs(named('EPSG:3857'), 'a.geojson')).toEqual({
      ok: false, warnings: [], errors: [{ file: 'a.geojson', code: 'unknown-crs', params: { crs: 'EPSG:3857' } }],
    });
    const utm = readGeoJsonCrs(named('urn:ogc:def:crs:EPSG::3405'), 'b.geojson');
    expect(utm.ok === false && utm.errors[0].params?.crs).toBe('urn:ogc:def:crs:EPSG::3405');
    const link = readGeoJsonCrs({ crs: { type: 'link', properties: { href: 'x.prj' } } }, 'c.geojson');
    expect(link.ok === false && link.errors[0].code).toBe('unknown-crs');
  });
});

describe('coordinateCause: the commonest mistakes by name', () => {
  it('accepts Vietnam in either space', () => {
    expect(coordinateCause(106.39, 20.85, 'geographic')).toBeNull();
    expect(coordinateCause(592756.6, 2306382.4, 'plane')).toBeNull();
  });
  it('names swapped axes, degrees in a plane file, metres in a WGS84 file, and elsewhere', () => {
    expect(coordinateCause(2306382.4, 592756.6, 'plane')).toBe('swapped-axes');
    expect(coordinateCause(20.85, 106.39, 'geographic')).toBe('swapped-axes');
    expect(coordinateCause(106.39, 20.85, 'plane')).toBe('degrees-in-plane-file');
    expect(coordinateCause(592756.6, 2306382.4, 'geographic')).toBe('metres-in-wgs84-file');
    expect(coordinateCause(2.35, 48.85, 'geographic')).toBe('outside-vietnam');
    expect(coordinateCause(592756.6, 306382.4, 'plane')).toBe('outside-vietnam');
  });
});

describe('planeConverter', () => {
  it('projects WGS84, converts another meridian through WGS84, keeps the target meridian as is (to 1 mm)', () => {
    const ref9209 = projReference('EPSG:9209', 20.8479845, 106.3931924);
    const ref9210 = projReference('EPSG:9210', 20.8479845, 106.3931924);
    const fromWgs84 = planeConverter('EPSG:4326', 'EPSG:9209').toPlane([106.3931924, 20.8479845]);
    expect(Math.abs(fromWgs84[0] - ref9209.easting)).toBeLessThan(0.001);
    expect(Math.abs(fromWgs84[1] - ref9209.northing)).toBeLessThan(0.001);
    const from9210 = planeConverter('EPSG:9210', 'EPSG:9209').toPlane([ref9210.easting, ref9210.northing]);
    expect(Math.hypot(from9210[0] - ref9209.easting, from9210[1] - ref9209.northing)).toBeLessThan(0.002);
    expect(planeConverter('urn:ogc:def:crs:EPSG::9209', 'EPSG:9209').toPlane([592756.64591, 2306382.38049])).toEqual([592756.646, 2306382.38]);
    expect(planeConverter('EPSG:4326', 'vn2000:105.5').targetCrs).toBe('EPSG:9209');
  });
});

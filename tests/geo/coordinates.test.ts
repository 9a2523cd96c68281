import { describe, expect, it } from 'vitest';
import reference from '../fixtures/coordinates/proj-reference.json';
import {
  convertPoint, parseCrs, planeProjection, toXY, UnknownCrsError, vn2000CrsId, vn2000Meridians,
  vn2000Proj4Definition,
} from '../../src/geo/coordinates';
import proj4 from 'proj4';

describe('VN-2000 against PROJ 9.1 (tests/fixtures/coordinates/proj-reference.json)', () => {
  it.each(reference.cases.map((c) => [c.crs, c.lat, c.lon, c] as const))(
    '%s at %f N %f E matches cs2cs to the millimetre',
    (_crs, _lat, _lon, c) => {
      const [e, n] = planeProjection(c.crs).toPlane([c.lon, c.lat]);
      expect(Math.abs(e - c.easting)).toBeLessThan(0.001);
      expect(Math.abs(n - c.northing)).toBeLessThan(0.001);
    },
  );

  it('has PROJ cases for every meridian the app offers, with and without an EPSG code', () => {
    const covered = new Set(reference.cases.map((c) => planeProjection(c.crs).meridianDeg));
    for (const meridianDeg of vn2000Meridians()) expect(covered, `meridian ${meridianDeg}`).toContain(meridianDeg);
    expect(reference.cases.some((c) => c.crs === 'vn2000:105')).toBe(true);
  });

  it('inverts cs2cs output back to the same WGS84 point (< 1 mm on the ground)', () => {
    for (const c of reference.cases) {
      const [lng, lat] = planeProjection(c.crs).toLngLat([c.easting, c.northing]);
      // cs2cs printed 0.1 mm; 2e-9 degrees is about 0.2 mm on the ground.
      expect(Math.abs(lat - c.lat)).toBeLessThan(2e-9);
      expect(Math.abs(lng - c.lon)).toBeLessThan(2e-9);
    }
  });

  it('plane → WGS84 → plane returns the same corner to a hundredth of a millimetre', () => {
    const projection = planeProjection('EPSG:9209');
    for (const [e, n] of [[592756.646, 2306382.38], [592000.123, 2305000.987], [600000, 2310000]] as const) {
      const back = projection.toPlane(projection.toLngLat([e, n]));
      expect(Math.abs(back[0] - e)).toBeLessThan(1e-5);
      expect(Math.abs(back[1] - n)).toBeLessThan(1e-5);
    }
  });

  it('the reference point of DOMAIN.md: X = 2 306 382.380, Y = 592 756.646', () => {
    const p = planeProjection('EPSG:9209').toPlane([106.3931924, 20.8479845]);
    const { x, y } = toXY(p);
    expect(x).toBeCloseTo(2306382.380, 3);
    expect(y).toBeCloseTo(592756.646, 3);
  });

  it('the coordinate-frame signs used as position-vector would move the site by about 0.75 m', () => {
    const wrong = vn2000Proj4Definition(105.5).replace(
      '0.00928836,-0.01975479,0.00427372',
      '-0.00928836,0.01975479,-0.00427372',
    );
    const [we, wn] = proj4('EPSG:4326', wrong).forward([106.3931924, 20.8479845]);
    const shift = Math.hypot(we - 592756.6459, wn - 2306382.3803);
    expect(shift).toBeGreaterThan(0.5);
    expect(shift).toBeLessThan(1.0);
  });
});

describe('parseCrs', () => {
  it('reads EPSG codes, URNs as QGIS writes them and vn2000:<meridian>', () => {
    expect(parseCrs('EPSG:4326')).toEqual({ kind: 'geographic' });
    expect(parseCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).toEqual({ kind: 'geographic' });
    expect(parseCrs('urn:ogc:def:crs:EPSG::9209')).toEqual({ kind: 'vn2000', meridianDeg: 105.5, epsg: 9209 });
    expect(parseCrs('vn2000:107.75')).toEqual({ kind: 'vn2000', meridianDeg: 107.75, epsg: null });
    expect(parseCrs('vn2000:105.75')).toEqual({ kind: 'vn2000', meridianDeg: 105.75, epsg: 9210 });
  });

  it('refuses what it does not know', () => {
    expect(() => parseCrs('EPSG:3857')).toThrow(UnknownCrsError);
    expect(() => parseCrs('vn2000:12')).toThrow(UnknownCrsError);
    expect(() => parseCrs('hello')).toThrow(UnknownCrsError);
  });

  it('names a zone by its EPSG code where there is one', () => {
    expect(vn2000CrsId(105.5)).toBe('EPSG:9209');
    expect(vn2000CrsId(105)).toBe('vn2000:105');
    expect(vn2000Meridians()).toContain(105);
    expect(vn2000Meridians()).toContain(105.75);
  });
});

describe('convertPoint', () => {
  it('goes between two VN-2000 zones through WGS84', () => {
    const a = convertPoint('EPSG:4326', 'EPSG:9209', [106.3931924, 20.8479845]);
    const b = convertPoint('EPSG:9209', 'EPSG:9210', a);
    // cs2cs EPSG:4326 → EPSG:9210 of the same point; two conversions, each within a millimetre.
    expect(Math.abs(b[0] - 566738.8266)).toBeLessThan(0.002);
    expect(Math.abs(b[1] - 2306258.5241)).toBeLessThan(0.002);
  });
});

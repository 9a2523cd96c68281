// A CSV whose polygons sit in a WKT column, as ogr2ogr writes it (-lco GEOMETRY=AS_WKT; QGIS offers
// the same): the fixtures come from tests/fixtures/import/gdal/make-gdal-fixtures.sh (step 6), the
// expected corners from the GeoJSON GDAL read (parcels-vn2000-source.geojson), the WGS84 copy converted
// by GDAL/PROJ, not by our code.
import { describe, expect, it } from 'vitest';
import { importParcelFile, type ImportParcelOptions } from '../../../src/io/parcel-import';
import { polygonFromWkt } from '../../../src/io/parcel-import/wkt-csv';
import { fixtureBytes, fixtureJson } from '../layers/fixtures';

const source = fixtureJson('gdal/parcels-vn2000-source.geojson') as { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[] };
const open = (name: string, bytes: Uint8Array, options: ImportParcelOptions = {}) => importParcelFile({ name, bytes }, options);

/** needs-crs → (the suggested CRS) → needs-mapping → (the suggested mapping) → the result. */
function throughQuestions(name: string, bytes: Uint8Array) {
  const asked = open(name, bytes);
  if (asked.kind !== 'needs-crs') throw new Error(JSON.stringify(asked));
  const mappingAsked = open(name, bytes, { sourceCrs: asked.suggestion ?? undefined });
  if (mappingAsked.kind !== 'needs-mapping') throw new Error(JSON.stringify(mappingAsked));
  return { asked, mappingAsked, result: open(name, bytes, { sourceCrs: asked.suggestion ?? undefined, mapping: mappingAsked.suggestion }) };
}

describe('CSV with a WKT geometry column (GDAL GEOMETRY=AS_WKT)', () => {
  it('VN-2000 metres: suggested as the plane, cadastral names mapped, empty cells are no value, corners exact', () => {
    const { asked, mappingAsked, result } = throughQuestions('thua_dat.csv', fixtureBytes('gdal/parcels-vn2000-gdal-wkt.csv'));
    expect(asked.suggestion).toBe('EPSG:9209');
    expect(mappingAsked.suggestion).toEqual({ sheetNo: 'SHBANDO', parcelNo: 'SHTHUA', landUseCode: 'KHLOAIDAT', landUser: 'TENCHU', registeredAreaM2: 'DIENTICH' });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.format).toBe('csv');
    expect(result.layer.parcels.map((p) => [p.id, p.landUseCode, p.landUser, p.registeredAreaM2])).toEqual(
      source.features.map((f) => [`${f.properties.SHBANDO}/${f.properties.SHTHUA}`, f.properties.KHLOAIDAT, f.properties.TENCHU ?? '', f.properties.DIENTICH]),
    );
    result.layer.parcels.forEach((parcel, i) => {
      const ring = source.features[i].geometry.coordinates[0];
      expect(parcel.polygon[0]).toHaveLength(ring.length);
      parcel.polygon[0].forEach(([e, n], j) => expect(Math.hypot(e - ring[j][0], n - ring[j][1])).toBeLessThan(0.0005));
    });
  });

  it('WGS84 multipolygons: suggested as WGS84, converted back within 3 mm of the corners GDAL started from', () => {
    const { asked, result } = throughQuestions('thua_dat.csv', fixtureBytes('gdal/parcels-wgs84-gdal-wkt.csv'));
    expect(asked.suggestion).toBe('EPSG:4326');
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    expect(result.layer.parcels).toHaveLength(source.features.length);
    result.layer.parcels.forEach((parcel, i) => {
      const ring = source.features[i].geometry.coordinates[0];
      parcel.polygon[0].forEach(([e, n], j) => expect(Math.hypot(e - ring[j][0], n - ring[j][1])).toBeLessThan(0.003));
    });
  });

  it('a row whose WKT is broken is named by its feature number (GDAL’s fid: data row 1 = fid 1) and tờ/thửa; nothing is imported', () => {
    const text = new TextDecoder().decode(fixtureBytes('gdal/parcels-vn2000-gdal-wkt.csv'));
    const lines = text.split('\n');
    lines[3] = lines[3].replace('POLYGON ((', 'POLYGON (('.slice(0, 9)); // "POLYGON (" : one parenthesis missing
    const broken = new TextEncoder().encode(lines.join('\n'));
    const result = open('thua_dat.csv', broken, { sourceCrs: 'EPSG:9209', mapping: { sheetNo: 'SHBANDO', parcelNo: 'SHTHUA', landUseCode: 'KHLOAIDAT', landUser: 'TENCHU', registeredAreaM2: 'DIENTICH' } });
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ feature: 3, parcelId: '12/45' });
  });
});

describe('polygonFromWkt', () => {
  it('reads POLYGON with a hole, Z ordinates dropped, MULTIPOLYGON; refuses EMPTY, points and garbage', () => {
    expect(polygonFromWkt('POLYGON ((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))')).toEqual({
      type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
    });
    expect(polygonFromWkt('POLYGON Z ((0 0 5, 10 0 5, 10 10 5, 0 0 5))')).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] });
    expect(polygonFromWkt('multipolygon (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))')?.type).toBe('MultiPolygon');
    expect(polygonFromWkt('MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))')?.coordinates).toHaveLength(2);
    expect(polygonFromWkt('POLYGON EMPTY')).toBeNull();
    expect(polygonFromWkt('POINT (1 2)')).toBeNull();
    expect(polygonFromWkt('POLYGON ((0 0, 1 0, 1 1, 0 0)')).toBeNull();
    expect(polygonFromWkt('POLYGON ((0 0, 1 x, 1 1, 0 0))')).toBeNull();
    expect(polygonFromWkt('POLYGON ((0 0, 1 0, 1 1, 0 0)) trailing')).toBeNull();
  });
});

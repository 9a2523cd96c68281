/**
 * A CSV whose parcels are polygons in a WKT column, as GDAL (`ogr2ogr -f CSV -lco GEOMETRY=AS_WKT`) and
 * QGIS ("Save Features As… › CSV", Geometry AS_WKT) write them: `WKT,SHBANDO,…` then
 * `"POLYGON ((592571.012 2306683.759,…))",12,…`. Read as features (one a row) so they go through the
 * same mapping and validation as a GeoJSON or shapefile; the rest of the row is the attributes.
 *
 * Hand-written rather than a WKT library: only POLYGON and MULTIPOLYGON (2D, or Z/M/ZM with the extra
 * ordinates dropped) can be parcels, the grammar is a few lines, and the parcels screen's chunk stays
 * as it is. Anything else in the column gives no geometry, which the validation names by row.
 */
import type { RawCollection, RawFeature } from '../layers/geojson-features';
import { normaliseFieldName } from './field-names';
import type { CsvTable } from './corner-csv';

/** Column names GDAL and QGIS give the geometry column. */
const WKT_COLUMN_NAMES = new Set(['wkt', 'geometry', 'geom', 'thegeom', 'shape', 'wktgeom', 'hinhhoc']);

const POLYGONAL = /^\s*(MULTI)?POLYGON\b/i;

/** The WKT column of a CSV table: a geometry-named column whose first filled cell is a (multi)polygon. */
export function wktColumnOf(table: CsvTable): string | null {
  for (const field of table.fields) {
    if (!WKT_COLUMN_NAMES.has(normaliseFieldName(field))) continue;
    const first = table.rows.map((r) => r.values[field] ?? '').find((v) => v.trim() !== '');
    if (first !== undefined && POLYGONAL.test(first)) return field;
  }
  return null;
}

type Ring = number[][];

/** Parses `((x y, …), (…))` lists: returns nested arrays of numbers, or null when malformed. */
function parseNested(text: string): unknown[] | null {
  let i = 0;
  const skip = () => { while (i < text.length && /\s/.test(text[i])) i++; };
  const list = (): unknown[] | null => {
    skip();
    if (text[i] !== '(') return null;
    i++;
    const items: unknown[] = [];
    for (;;) {
      skip();
      if (text[i] === '(') {
        const inner = list();
        if (inner === null) return null;
        items.push(inner);
      } else {
        const match = /^[-+0-9.eE]+(\s+[-+0-9.eE]+)+/.exec(text.slice(i));
        if (!match) return null;
        const numbers = match[0].trim().split(/\s+/).map(Number);
        if (numbers.some((n) => !Number.isFinite(n))) return null;
        items.push(numbers.slice(0, 2));
        i += match[0].length;
      }
      skip();
      if (text[i] === ',') { i++; continue; }
      if (text[i] === ')') { i++; return items; }
      return null;
    }
  };
  const result = list();
  skip();
  return result !== null && i === text.length ? result : null;
}

/** A POLYGON or MULTIPOLYGON in WKT as a GeoJSON geometry; null for anything else or malformed text. */
export function polygonFromWkt(wkt: string): { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] } | null {
  const head = /^\s*(MULTIPOLYGON|POLYGON)\s*(ZM|Z|M)?\s*/i.exec(wkt);
  if (!head) return null;
  const body = wkt.slice(head[0].length).trim();
  if (/^EMPTY$/i.test(body)) return null;
  const nested = parseNested(body);
  if (nested === null) return null;
  const isRing = (r: unknown): r is Ring => Array.isArray(r) && r.every((p) => Array.isArray(p) && typeof p[0] === 'number');
  if (head[1].toUpperCase() === 'POLYGON') return nested.every(isRing) ? { type: 'Polygon', coordinates: nested as Ring[] } : null;
  return nested.every((polygon) => Array.isArray(polygon) && polygon.every(isRing))
    ? { type: 'MultiPolygon', coordinates: nested as Ring[][] } : null;
}

/** The table's rows as features: geometry from the WKT column, every other column an attribute; fid = data row number as GDAL counts it. */
export function wktCollection(table: CsvTable, wktColumn: string, name: string, source: string): RawCollection {
  const features: RawFeature[] = table.rows.map((r) => {
    const properties: Record<string, unknown> = {};
    for (const field of table.fields) if (field !== wktColumn) properties[field] = r.values[field] ?? '';
    return { index: r.row - 1, geometry: polygonFromWkt(r.values[wktColumn] ?? ''), properties };
  });
  return { name, source, features };
}

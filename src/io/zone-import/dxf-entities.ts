/**
 * The drawing entities of an ASCII DXF that can carry a zone: LWPOLYLINE, POLYLINE (+VERTEX…SEQEND),
 * LINE, POINT and HATCH boundaries (GDAL's DXF driver writes polygons as HATCH, AutoCAD users draw
 * closed polylines). Read from the group-code pairs directly: the npm DXF parsers we looked at
 * (dxf-parser 1.1) skip HATCH, which is exactly what ogr2ogr and QGIS write polygons as.
 */
export interface DxfEntity {
  /** 0-based position among the ENTITIES section's entities (how GDAL numbers DXF features). */
  readonly index: number;
  readonly type: string;
  readonly layer: string;
  /** Rings or lines as [x (easting), y (northing)]; for HATCH, its boundary loops. */
  readonly paths: readonly (readonly [number, number])[][];
  readonly closed: boolean;
  /** Strings of the entity's XDATA (group 1000), where CAD tools keep attributes. */
  readonly xdata: readonly string[];
}

type Pair = readonly [number, string];

/**
 * A polyline whose last vertex is its first is a closed outline even without the "closed" flag: GDAL
 * writes closed lines so, and many drawings are traced that way.
 */
const endsWhereItStarts = (points: readonly (readonly [number, number])[]): boolean =>
  points.length >= 4 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1];

/** The group-code/value pairs of a DXF text; null when it is no ASCII DXF (binary, or not DXF at all). */
export function dxfPairs(text: string): Pair[] | null {
  if (text.startsWith('AutoCAD Binary DXF')) return null;
  const lines = text.split(/\r\n|\r|\n/);
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = Number(lines[i].trim());
    if (!Number.isInteger(code) || lines[i].trim() === '') return null;
    pairs.push([code, lines[i + 1].trim()]);
  }
  return pairs.some(([c, v]) => c === 0 && v === 'SECTION') ? pairs : null;
}

/** HATCH boundary loops: polyline loops (flag bit 2) and loops of straight edges (edge type 1). */
function hatchLoops(body: readonly Pair[]): [number, number][][] {
  const loops: [number, number][][] = [];
  let i = body.findIndex(([c]) => c === 91);
  if (i < 0) return loops;
  const next = (code: number) => {
    while (i < body.length && body[i][0] !== code) i++;
    return i < body.length ? body[i++][1] : null;
  };
  const count = Number(body[i++][1]);
  for (let loop = 0; loop < count; loop++) {
    const flags = Number(next(92));
    const ring: [number, number][] = [];
    if (flags & 2) {
      next(73);
      const vertices = Number(next(93));
      for (let v = 0; v < vertices; v++) ring.push([Number(next(10)), Number(next(20))]);
    } else {
      const edges = Number(next(93));
      for (let e = 0; e < edges; e++) {
        if (Number(next(72)) !== 1) return [];
        const start: [number, number] = [Number(next(10)), Number(next(20))];
        const end: [number, number] = [Number(next(11)), Number(next(21))];
        if (ring.length === 0) ring.push(start);
        ring.push(end);
      }
    }
    loops.push(ring);
  }
  return loops;
}

/** The zone-bearing entities of the ENTITIES section, in file order. */
export function dxfEntities(pairs: readonly Pair[]): DxfEntity[] {
  const start = pairs.findIndex(([c, v], k) => c === 2 && v === 'ENTITIES' && pairs[k - 1]?.[1] === 'SECTION');
  if (start < 0) return [];
  const out: DxfEntity[] = [];
  let index = 0;
  let polyline: { index: number; layer: string; closed: boolean; xdata: string[]; points: [number, number][] } | null = null;
  for (let k = start + 1; k < pairs.length && !(pairs[k][0] === 0 && pairs[k][1] === 'ENDSEC');) {
    const type = pairs[k][1];
    let end = k + 1;
    while (end < pairs.length && pairs[end][0] !== 0) end++;
    const body = pairs.slice(k + 1, end);
    k = end;
    const value = (code: number) => body.find(([c]) => c === code)?.[1];
    const layer = value(8) ?? '0';
    const xdata = body.filter(([c]) => c === 1000).map(([, v]) => v);
    const xs = body.filter(([c]) => c === 10).map(([, v]) => Number(v));
    const ys = body.filter(([c]) => c === 20).map(([, v]) => Number(v));
    const points = xs.map((x, n): [number, number] => [x, ys[n]]);
    const closedFlag = (Number(value(70) ?? 0) & 1) === 1;
    if (type === 'VERTEX') {
      polyline?.points.push(points[0]);
      continue;
    }
    if (type === 'SEQEND') {
      if (polyline) {
        out.push({ index: polyline.index, type: 'POLYLINE', layer: polyline.layer, paths: [polyline.points],
          closed: polyline.closed || endsWhereItStarts(polyline.points), xdata: polyline.xdata });
      }
      polyline = null;
      continue;
    }
    const entityIndex = index++;
    if (type === 'LWPOLYLINE') out.push({ index: entityIndex, type, layer, paths: [points], closed: closedFlag || endsWhereItStarts(points), xdata });
    else if (type === 'POLYLINE') polyline = { index: entityIndex, layer, closed: closedFlag, xdata, points: [] };
    else if (type === 'LINE') {
      const x2 = Number(value(11));
      const y2 = Number(value(21));
      out.push({ index: entityIndex, type, layer, paths: [[points[0], [x2, y2]]], closed: false, xdata });
    } else if (type === 'POINT') out.push({ index: entityIndex, type, layer, paths: [points.slice(0, 1)], closed: false, xdata });
    else if (type === 'HATCH') out.push({ index: entityIndex, type, layer, paths: hatchLoops(body), closed: true, xdata });
  }
  return out;
}

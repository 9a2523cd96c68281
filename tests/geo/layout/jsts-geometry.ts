/**
 * The checker's measuring stick: JSTS (the JavaScript port of JTS), a library the engine does not use.
 * Coordinates are moved to a local origin first (the zone's first corner), so that seven-digit VN-2000
 * northings do not eat the precision of JSTS's robust predicates.
 */
import 'jsts/org/locationtech/jts/monkey.js';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import IndexedPointInAreaLocator from 'jsts/org/locationtech/jts/algorithm/locate/IndexedPointInAreaLocator.js';
import Location from 'jsts/org/locationtech/jts/geom/Location.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import MinimumDiameter from 'jsts/org/locationtech/jts/algorithm/MinimumDiameter.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';

type Pt = readonly [number, number];
type Ring = readonly Pt[];
type Poly = readonly Ring[];

export type Geometry = any;

const factory = new GeometryFactory();

export class JstsFrame {
  constructor(readonly x0: number, readonly y0: number) {}

  coordinate(p: Pt): Coordinate {
    return new Coordinate(p[0] - this.x0, p[1] - this.y0);
  }

  private closedRing(ring: Ring): Geometry {
    const coords = ring.map((p) => this.coordinate(p));
    const first = coords[0], last = coords[coords.length - 1];
    if (coords.length && (first.x !== last.x || first.y !== last.y)) coords.push(new Coordinate(first.x, first.y));
    return factory.createLinearRing(coords);
  }

  /** A JSTS Polygon; null when a ring has fewer than 4 points (which is itself invalid). */
  polygon(poly: Poly): Geometry | null {
    try {
      const [shell, ...holes] = poly.map((r) => this.closedRing(r));
      return factory.createPolygon(shell, holes);
    } catch {
      return null;
    }
  }

  line(points: readonly Pt[]): Geometry {
    return factory.createLineString(points.map((p) => this.coordinate(p)));
  }

  point(p: Pt): Geometry {
    return factory.createPoint(this.coordinate(p));
  }
}

/** The OGC validity error of a polygon, or null when it is valid (JSTS IsValidOp). */
export function validityError(g: Geometry): string | null {
  const op = new IsValidOp(g);
  if (op.isValid()) return null;
  const e = op.getValidationError();
  return e ? `${e.getMessage()} near (${e.getCoordinate().x.toFixed(3)}, ${e.getCoordinate().y.toFixed(3)})` : 'invalid';
}

export const unionOf = (list: readonly Geometry[]): Geometry =>
  (list.length ? UnaryUnionOp.union(factory.createGeometryCollection(list)) : factory.createGeometryCollection([]));

/**
 * A fast point-in-area test for many points against one area (JSTS's indexed locator; its
 * PreparedGeometryFactory does not construct in the 2.12 port).
 */
export function areaLocator(g: Geometry, frame: JstsFrame): (p: Pt) => boolean {
  const locator = new IndexedPointInAreaLocator(g);
  return (p) => locator.locate(frame.coordinate(p)) !== Location.EXTERIOR;
}

/**
 * The area of `g` that is more than a sliver: the parts (of a set-operation result) whose mean width
 * (2 × area ÷ perimeter) exceeds `bandM`. Two edges that follow one line but were rounded to the 1 mm
 * grid apart leave slivers a few millimetres wide; those are not overlaps or gaps.
 */
export function areaBeyondSlivers(g: Geometry, bandM: number): number {
  let total = 0;
  for (let i = 0; i < g.getNumGeometries(); i++) {
    const part = g.getGeometryN(i);
    const area = part.getArea();
    const perimeter = part.getLength();
    if (area > 0 && perimeter > 0 && (2 * area) / perimeter > bandM) total += area;
  }
  return total;
}

/**
 * A polygon's least width (JTS MinimumDiameter: the narrowest strip holding it) and its length along
 * that strip (the longer side of JTS's minimum rectangle), m.
 */
export function widthAndLength(g: Geometry): { widthM: number; lengthM: number } {
  const md = new MinimumDiameter(g);
  const rect = md.getMinimumRectangle().getCoordinates();
  const sides = [0, 1].map((i) => Math.hypot(rect[i + 1].x - rect[i].x, rect[i + 1].y - rect[i].y));
  return { widthM: md.getLength(), lengthM: Math.max(...sides) };
}

/**
 * What the allocation needs to know of each plot of a layout, read from the geometry in plane metres:
 * its area, whether it is a corner plot (fronts two roads, on edges that are not parallel), its
 * neighbours (plots sharing at least 1 m of boundary, for groups of adjacent plots), how much of its
 * boundary it shares with other plots (fire room: a plot walled by neighbours has the least), and its
 * distance to the edges of the zone that face homes.
 */
import type { PlaneGeometry } from '../../geo/plane-feature';
import type { PlanePolygon } from '../../geo/plane-measure';
import { boundingBox, boxesMeet, type BoundingBox } from '../../geo/ring-helpers';
import { pointToSegmentsM, samplesAlong, segmentsOf, segmentsToSegmentsM } from './segments';

type XY = readonly [number, number];
type Segment = readonly [XY, XY];

/** A layout feature as the facts read it (src/geo/layout LayoutFeature fits). */
export interface FactsFeature {
  readonly geometry: PlaneGeometry;
  readonly properties: { readonly kind: string; readonly code?: string; readonly areaM2?: number; readonly corner?: boolean };
}

export interface PlotFacts {
  readonly code: string;
  readonly areaM2: number;
  /** Mean of the outer ring's corners, plane metres. */
  readonly centre: XY;
  /** Fronts two roads on edges at least 30° apart (lô góc). */
  readonly corner: boolean;
  /** Codes of plots sharing ≥ 1 m of boundary with this one. */
  readonly neighbours: readonly string[];
  /** Share of the boundary shared with other plots, 0–1. */
  readonly sharedBoundaryShare: number;
  /** Least distance to an edge facing homes, m; null when the zone faces none. */
  readonly homesDistanceM: number | null;
  /** For a group of plots taken as one (plot-groups.ts groupFacts): the codes of its plots. */
  readonly memberCodes?: readonly string[];
}

/** Boundary within this distance counts as touching (the layout writes shared edges to the millimetre). */
const TOUCH_M = 0.3;
const SAMPLE_STEP_M = 1;
const MIN_SHARED_M = 1;
const CORNER_ANGLE_DEG = 30;

const polygonsOf = (geometry: PlaneGeometry): PlanePolygon[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? [...geometry.coordinates] : [];

interface Shape { readonly segments: Segment[]; readonly outer: Segment[]; readonly box: BoundingBox }

function shapeOf(geometry: PlaneGeometry): Shape {
  const polygons = polygonsOf(geometry);
  const segments = polygons.flatMap((polygon) => polygon.flatMap((ring) => segmentsOf(ring as readonly XY[])));
  const outer = polygons.flatMap((polygon) => (polygon[0] ? segmentsOf(polygon[0] as readonly XY[]) : []));
  return { segments, outer, box: boundingBox(polygons.flatMap((polygon) => (polygon[0] ?? []) as readonly XY[])) };
}

/** Length of a plot's boundary that lies along another shape's boundary, m (sampled every metre). */
function sharedLengthM(plot: Shape, other: Shape): number {
  let shared = 0;
  for (const [a, b] of plot.outer) {
    const samples = samplesAlong(a, b, SAMPLE_STEP_M);
    const step = Math.hypot(b[0] - a[0], b[1] - a[1]) / samples.length;
    for (const point of samples) if (pointToSegmentsM(point, other.segments) <= TOUCH_M) shared += step;
  }
  return shared;
}

const directionDeg = ([a, b]: Segment) => (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
const lineAngleBetween = (first: number, second: number) => {
  const difference = Math.abs(first - second) % 180;
  return Math.min(difference, 180 - difference);
};

/** Edges of the plot that mostly run along a road's boundary. */
function roadFrontEdges(plot: Shape, roads: readonly Shape[]): Segment[] {
  const near = roads.filter((road) => boxesMeet(plot.box, road.box, TOUCH_M));
  return plot.outer.filter(([a, b]) => {
    if (Math.hypot(b[0] - a[0], b[1] - a[1]) < 2) return false;
    const samples = samplesAlong(a, b, SAMPLE_STEP_M);
    const touching = samples.filter((point) => near.some((road) => pointToSegmentsM(point, road.segments) <= TOUCH_M)).length;
    return touching >= samples.length / 2;
  });
}

/** Whether the plot fronts roads along two edges at least CORNER_ANGLE_DEG apart. */
function cornerFromGeometry(shape: Shape, roads: readonly Shape[]): boolean {
  const fronts = roadFrontEdges(shape, roads).map(directionDeg);
  return fronts.some((first, i) => fronts.some((second, j) => j > i && lineAngleBetween(first, second) >= CORNER_ANGLE_DEG));
}

/** The facts of every plot of a layout; `homesEdges` are the site's residential edges (plane lines). */
export function plotFactsOf(features: readonly FactsFeature[], homesEdges: readonly (readonly XY[])[]): PlotFacts[] {
  const plots = features.filter((f) => f.properties.kind === 'plot' && f.properties.code);
  const roads = features.filter((f) => f.properties.kind === 'road').map((f) => shapeOf(f.geometry));
  const shapes = plots.map((f) => shapeOf(f.geometry));
  const homes = homesEdges.flatMap((line) => segmentsOf(line));
  return plots.map((feature, index) => {
    const shape = shapes[index];
    const neighbours: string[] = [];
    let sharedM = 0;
    shapes.forEach((other, j) => {
      if (j === index || !boxesMeet(shape.box, other.box, TOUCH_M)) return;
      const length = sharedLengthM(shape, other);
      if (length >= MIN_SHARED_M) {
        neighbours.push(plots[j].properties.code!);
        sharedM += length;
      }
    });
    const perimeterM = shape.outer.reduce((sum, [a, b]) => sum + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
    // The engine marks corner plots (`corner` on the plot feature, issue 7); layouts made before it
    // carry no mark, and their corner plots are found from the geometry by the same rule.
    const marked = feature.properties.corner;
    const corner = typeof marked === 'boolean' ? marked : cornerFromGeometry(shape, roads);
    const ring = shape.outer.map(([a]) => a);
    const centre: XY = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    return {
      code: feature.properties.code!,
      areaM2: feature.properties.areaM2 ?? 0,
      centre,
      corner,
      neighbours: neighbours.sort(),
      sharedBoundaryShare: perimeterM > 0 ? Math.min(1, sharedM / perimeterM) : 0,
      homesDistanceM: homes.length ? segmentsToSegmentsM(shape.outer, homes) : null,
    };
  });
}

/** The plots of a variant by code with the codes of their neighbours (PlotFacts serve, as do rows read back). */
export type PlotNeighbours = ReadonlyMap<string, { readonly neighbours: readonly string[] }>;

/** True when the plots form one connected group through shared boundaries (a single plot does). */
export function plotsAreAdjacent(codes: readonly string[], facts: PlotNeighbours): boolean {
  if (codes.length === 0) return false;
  const wanted = new Set(codes);
  const seen = new Set<string>([codes[0]]);
  const queue = [codes[0]];
  while (queue.length) {
    const code = queue.pop()!;
    for (const next of facts.get(code)?.neighbours ?? []) {
      if (wanted.has(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.size === wanted.size;
}

/**
 * Where the household view writes each edge length: just outside its edge, unless that spot is taken
 * by the length of another edge. A plot with a short jog (edges of 6,50 m, 0,26 m and 16,56 m in a
 * row) piled three lengths on one spot, unreadable on a projector. Labels are laid out in plane metres
 * at the size they will have once the map fits the plot (the map pane fits the plot's box into about
 * 48 % of its smaller side, src/map/present-map.ts, so a phone's pane gives larger labels in metres; text 22 px), each as a capsule along its text;
 * longest edges first, a label that collides moves further out until it is clear. Pure.
 */
import type { PlanePoint } from '../../geo/coordinates';

/** Screen pixels the plot's box spans once fitted (26 % padding each side of a ~700 px pane), when the pane's size is not known. */
export const DEFAULT_FITTED_PLOT_PX = 340;

/** What the plot's box spans once fitted into a pane whose smaller side is `paneMinPx` (26 % padding each side). */
export const fittedPlotPx = (paneMinPx: number): number => Math.max(80, paneMinPx * 0.48);
/** The edge labels' text: 22 px high, ~0.6 em a character, with its halo. */
const EDGE_TEXT_PX = 22;
const TEXT_HEIGHT_PX = 26;
const CHARACTER_PX = 13;
/** Line height of MapLibre's multi-line text (its default text-line-height), in em. */
const LINE_HEIGHT_EM = 1.2;

export interface EdgeLabelInput {
  /** The edge's midpoint and its outward unit normal (plane metres). */
  readonly mid: readonly [number, number];
  readonly normal: readonly [number, number];
  /** Unit vector along the edge. */
  readonly along: readonly [number, number];
  readonly lengthM: number;
  readonly text: string;
}

export interface Capsule { readonly a: readonly [number, number]; readonly b: readonly [number, number]; readonly radius: number }

/** Metres a screen pixel stands for once the map fits a plot whose box is `extentM` across into `plotPx` pixels. */
export const metresPerPixel = (extentM: number, plotPx = DEFAULT_FITTED_PLOT_PX): number => Math.max(extentM, 1) / plotPx;

/**
 * The capsule a label of `text` centred at `centre`, running along `along`, covers (plane metres), at
 * the edge labels' 22 px or at `textPx`.
 */
export function labelCapsule(
  centre: readonly [number, number], along: readonly [number, number], text: string, metresPerPx: number, textPx = EDGE_TEXT_PX,
): Capsule {
  const scale = textPx / EDGE_TEXT_PX;
  const radius = (TEXT_HEIGHT_PX * scale / 2) * metresPerPx;
  const half = Math.max(0, (text.length * CHARACTER_PX * scale * metresPerPx) / 2 - radius);
  return {
    a: [centre[0] - along[0] * half, centre[1] - along[1] * half],
    b: [centre[0] + along[0] * half, centre[1] + along[1] * half],
    radius,
  };
}

function pointSegmentDistance(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const de = b[0] - a[0];
  const dn = b[1] - a[1];
  const l2 = de * de + dn * dn;
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * de + (p[1] - a[1]) * dn) / l2));
  return Math.hypot(p[0] - (a[0] + t * de), p[1] - (a[1] + t * dn));
}

const cross = (o: readonly [number, number], a: readonly [number, number], b: readonly [number, number]) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function segmentsCross(p: Capsule, q: Capsule): boolean {
  const d1 = cross(q.a, q.b, p.a);
  const d2 = cross(q.a, q.b, p.b);
  const d3 = cross(p.a, p.b, q.a);
  const d4 = cross(p.a, p.b, q.b);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether two capsules overlap. */
export function capsulesOverlap(p: Capsule, q: Capsule): boolean {
  if (segmentsCross(p, q)) return true;
  const gap = Math.min(
    pointSegmentDistance(p.a, q.a, q.b), pointSegmentDistance(p.b, q.a, q.b),
    pointSegmentDistance(q.a, p.a, p.b), pointSegmentDistance(q.b, p.a, p.b),
  );
  return gap < p.radius + q.radius;
}

/**
 * The centre of each edge's label (plane metres), in input order: `firstOffsetM` out from the edge
 * (or half a text height and 2 px, where that is more), or further out in steps of a text height, longest edges placed first, until clear of those placed.
 */
export function placeEdgeLabels(
  edges: readonly EdgeLabelInput[], extentM: number, firstOffsetM: number, plotPx = DEFAULT_FITTED_PLOT_PX,
): PlanePoint[] {
  const perPx = metresPerPixel(extentM, plotPx);
  const step = TEXT_HEIGHT_PX * perPx;
  // Wholly outside the edge, whatever the scale: on a phone half a text height is more than 2,4 m,
  // and a label at 2,4 m reached into the plot, under its code.
  const first = Math.max(firstOffsetM, (TEXT_HEIGHT_PX / 2 + 2) * perPx);
  const order = edges.map((_, i) => i).sort((i, j) => edges[j].lengthM - edges[i].lengthM || i - j);
  const placed: Capsule[] = [];
  const result: [number, number][] = edges.map((e) => [e.mid[0], e.mid[1]]);
  for (const i of order) {
    const { mid, normal, along, text } = edges[i];
    let chosen: Capsule | null = null;
    let centre: [number, number] = [mid[0], mid[1]];
    for (let k = 0; k < 6; k++) {
      const offset = first + k * step;
      centre = [mid[0] + normal[0] * offset, mid[1] + normal[1] * offset];
      // The whole box (corners included): two lengths meeting at a corner must not touch.
      const capsule = boxCapsule(centre, along, text, perPx);
      chosen = capsule;
      if (placed.every((other) => !capsulesOverlap(capsule, other))) break;
    }
    placed.push(chosen!);
    result[i] = centre;
  }
  return result as unknown as PlanePoint[];
}

/**
 * Where a label that must stay on a line (the front road's name, on the road) goes: at `centre`, or
 * slid along `along` in steps of a text height, alternately either way, up to `maxShiftM`, until its
 * capsule is clear of `taken` (the edge lengths already placed). Null where nothing is clear.
 */
export function slideClear(
  centre: readonly [number, number], along: readonly [number, number], text: string, taken: readonly Capsule[],
  metresPerPx: number, maxShiftM: number,
): PlanePoint | null {
  const step = TEXT_HEIGHT_PX * metresPerPx;
  for (let k = 0; k * step <= maxShiftM; k++) {
    for (const sign of k === 0 ? [0] : [1, -1]) {
      const at: [number, number] = [centre[0] + along[0] * sign * k * step, centre[1] + along[1] * sign * k * step];
      const capsule = labelCapsule(at, along, text, metresPerPx);
      if (taken.every((other) => !capsulesOverlap(capsule, other))) return at as unknown as PlanePoint;
    }
  }
  return null;
}

/**
 * A capsule holding the whole box of a north-up line of text (its rounded ends beyond the box's
 * corners, unlike labelCapsule's, which trims them): the centre label must not touch an edge length.
 */
function boxCapsule(
  centre: readonly [number, number], along: readonly [number, number], text: string, metresPerPx: number, textPx = EDGE_TEXT_PX,
): Capsule {
  const scale = textPx / EDGE_TEXT_PX;
  const half = (text.length * CHARACTER_PX * scale * metresPerPx) / 2;
  return {
    a: [centre[0] - along[0] * half, centre[1] - along[1] * half],
    b: [centre[0] + along[0] * half, centre[1] + along[1] * half],
    radius: (TEXT_HEIGHT_PX * scale / 2) * metresPerPx,
  };
}

/** A way to write a centre label: its lines, and the text sizes (px) it may take, largest first. */
export interface CentreLabelChoice {
  readonly lines: readonly string[];
  readonly sizesPx: readonly number[];
}

/**
 * How the plot's own label, written north-up centred at `centre`, is drawn: the first choice and
 * size at which every line is clear of `taken` (the edge lengths placed), else the last choice at its
 * smallest size. On a projector the plot is large and its code and area keep 30 px; on a phone the
 * plot spans ~160 px and 30 px text ran over the edge lengths beside it: smaller, or the code alone
 * (the panel under the map gives the area in large type).
 */
export function fitCentreLabel(
  centre: readonly [number, number], choices: readonly CentreLabelChoice[], taken: readonly Capsule[], metresPerPx: number,
): { readonly lines: readonly string[]; readonly sizePx: number } {
  for (const { lines, sizesPx } of choices) {
    for (const size of sizesPx) {
      const lineM = size * LINE_HEIGHT_EM * metresPerPx;
      const clear = lines.every((line, k) => {
        const capsule = boxCapsule([centre[0], centre[1] + ((lines.length - 1) / 2 - k) * lineM], [1, 0], line, metresPerPx, size);
        return taken.every((other) => !capsulesOverlap(capsule, other));
      });
      if (clear) return { lines, sizePx: size };
    }
  }
  const last = choices[choices.length - 1];
  return { lines: last.lines, sizePx: last.sizesPx[last.sizesPx.length - 1] };
}

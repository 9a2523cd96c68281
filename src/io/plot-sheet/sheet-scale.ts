/**
 * The scale a plot is drawn at on its sheet: the largest of the cadastre's usual scales (1:100 …
 * 1:5000) at which the plot, with room for its labels, fits the drawing frame. Pure.
 */
import type { PlanePoint } from '../../geo/coordinates';

export const SHEET_SCALES = [100, 200, 250, 500, 1000, 2000, 5000, 10000] as const;

export interface Frame {
  /** Top-left corner and size, mm on the page. */
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

export interface PlaneToPage {
  /** The scale denominator: 1:500 → 500. */
  readonly scale: number;
  readonly toPage: (point: readonly [number, number]) => [number, number];
}

/** Fits points (plane metres) into the frame, centred, north up, leaving `marginMm` on every side. */
export function fitToFrame(points: readonly PlanePoint[], frame: Frame, marginMm: number): PlaneToPage {
  const easts = points.map((p) => p[0]);
  const norths = points.map((p) => p[1]);
  const [minE, maxE, minN, maxN] = [Math.min(...easts), Math.max(...easts), Math.min(...norths), Math.max(...norths)];
  const spanEastM = Math.max(maxE - minE, 0.01);
  const spanNorthM = Math.max(maxN - minN, 0.01);
  const roomW = frame.widthMm - 2 * marginMm;
  const roomH = frame.heightMm - 2 * marginMm;
  const scale = SHEET_SCALES.find((s) => (spanEastM * 1000) / s <= roomW && (spanNorthM * 1000) / s <= roomH) ??
    Math.ceil(Math.max((spanEastM * 1000) / roomW, (spanNorthM * 1000) / roomH) / 1000) * 1000;
  const centreE = (minE + maxE) / 2;
  const centreN = (minN + maxN) / 2;
  const centreX = frame.xMm + frame.widthMm / 2;
  const centreY = frame.yMm + frame.heightMm / 2;
  const mmPerM = 1000 / scale;
  return {
    scale,
    toPage: (p) => [centreX + (p[0] - centreE) * mmPerM, centreY - (p[1] - centreN) * mmPerM],
  };
}

/** The longest round length in metres whose bar at `scale` is no longer than `maxMm` on paper. */
export function scaleBarMetres(scale: number, maxMm: number): number {
  const maxM = (maxMm * scale) / 1000;
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];
  return [...steps].reverse().find((m) => m <= maxM) ?? 1;
}

export interface ScaleBarTick {
  /** Distance from the bar's left end, mm on the page. */
  readonly offsetMm: number;
  /** The ground distance the tick stands for, metres. */
  readonly metres: number;
}

export interface ScaleBar {
  readonly metres: number;
  /** The bar's length on paper: metres × 1000 ÷ scale, so a ruler on the print measures the ground. */
  readonly lengthMm: number;
  /** 0, the middle (where the filled half ends) and the end, each labelled on the sheet. */
  readonly ticks: readonly ScaleBarTick[];
}

/** The scale bar a sheet drawn at 1:`scale` prints, at most `maxMm` long. */
export function scaleBar(scale: number, maxMm: number): ScaleBar {
  const metres = scaleBarMetres(scale, maxMm);
  const lengthMm = (metres * 1000) / scale;
  return {
    metres,
    lengthMm,
    ticks: [0, 0.5, 1].map((share) => ({ offsetMm: lengthMm * share, metres: metres * share })),
  };
}

/**
 * The shapes the layout engine takes and gives: parameters, features, land-use balance, warnings.
 * All lengths in metres and areas in square metres of the VN-2000 plane.
 */
import type { PlaneFeature } from '../plane-feature';
import type { PlanePolygon } from '../plane-measure';

/**
 * One facility lot the zone needs (xử lý nước thải, bể nước chữa cháy, điểm tập kết rác, bãi đỗ xe,
 * trạm biến áp, điểm cấp nước): an exact `areaM2`, or `m2PerHa` of the zone with a least `minAreaM2`.
 */
export interface FacilityRequest {
  use: 'wastewater' | 'fire-water-tank' | 'waste-collection' | 'parking' | 'power-substation' | 'water-supply' | string;
  /** Lot area in m² (exact; wins over m2PerHa). */
  areaM2?: number;
  /** Lot area per hectare of the zone's gross area, m²/ha. */
  m2PerHa?: number;
  /** Least lot area when sized per hectare, m². */
  minAreaM2?: number;
}

/** Everything a planner may change; names are part of the params JSON contract. */
export interface LayoutParameters {
  /** Right-of-way width of the main road (lộ giới), m. */
  mainRoadWidthM: number;
  /** Right-of-way width of branch roads, m. */
  branchRoadWidthM: number;
  /** Kerb radius at junctions, m (QCVN 01:2021 2.9.3.2: ≥ 8). */
  kerbRadiusM: number;
  /** Green isolation strip along edges facing homes, m (QCVN 01:2021 2.5.2: ≥ 10). */
  greenBufferM: number;
  /** Green strip along the other zone edges, m. */
  perimeterGreenM: number;
  /** Frontage the slicer aims at, m. */
  targetFrontageM: number;
  /** Least frontage of a plot on a road, m. */
  minFrontageM: number;
  /** Plot depth ≤ maxDepthRatio × frontage. */
  maxDepthRatio: number;
  minPlotAreaM2: number;
  maxPlotAreaM2: number;
  /** Envelope distance from the road right of way, m (QCVN 06:2022 6.2.2.3: ≤ 5). */
  frontSetbackM: number;
  /** Envelope distance from a back that faces no plot, m. */
  rearSetbackM: number;
  /** Least distance between envelopes of different plots, m (QCVN 06:2022 Table E.2: 9). */
  fireSeparationM: number;
  /** Longest dead end without a turning area, m (QCVN 06:2022 6.2.5: 46). */
  maxDeadEndM: number;
  /** Side of the square turning area, m (QCVN 06:2022 6.4: 12). */
  turnaroundM: number;
  facilities: FacilityRequest[];
}

export type RoadRole = 'main' | 'branch' | 'turnaround';
export type GreenRole = 'isolation' | 'perimeter' | 'leftover' | 'kept';

export type LayoutFeatureProperties =
  /** `corner`: fronts roads on two edges ≥ 30° apart (lô góc, plot-shape.ts); absent in layouts made before it. */
  | { kind: 'plot'; code: string; areaM2: number; frontageM: number; depthM: number; corner?: boolean }
  | { kind: 'buildable'; plotCode: string; areaM2: number }
  | { kind: 'road'; role: RoadRole; widthM: number; areaM2: number }
  | { kind: 'road-centreline'; role: 'main' | 'branch'; widthM: number; lengthM: number }
  /** Kerb arc at a junction corner, drawn inside the right-of-way corner cut. */
  | { kind: 'road-kerb'; radiusM: number }
  | { kind: 'green'; role: GreenRole; areaM2: number }
  | { kind: 'facility'; use: string; areaM2: number };

export type LayoutFeature = PlaneFeature<LayoutFeatureProperties>;

export type LandUseCategory = 'plots' | 'roads' | 'green' | 'technical' | 'kept';

export interface LandUseRow {
  category: LandUseCategory;
  /** Area in m², to 0.1. */
  areaM2: number;
  /** Share of the gross zone area (outer boundary, holes included), percent to 0.01. */
  sharePercent: number;
}

/** Compass side of the zone an edge lies on (its outward normal), as codes the messages name. */
export type EdgeSide = 'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

/** A side of the zone where an accepted separation leaves the 2.5.2 strip under 10 m. */
export interface NarrowedEdge {
  readonly side: EdgeSide;
  /** Covered length along that side, m to 0.1. */
  readonly lengthM: number;
  /** The strip width left there, m. */
  readonly stripM: number;
}

export interface RuleCheck {
  rule: string;
  reference: string;
  /** 'min' when actual must be ≥ required, 'max' when ≤. */
  comparison: 'min' | 'max';
  required: number;
  actual: number;
  unit: '%' | 'm';
  pass: boolean;
  /** 2.5.2 only, when separation marks narrow the strip: the sides narrowed and the width left. */
  edges?: NarrowedEdge[];
}

export interface LandUseBalance {
  /** Gross zone area (outer boundary), m². */
  zoneAreaM2: number;
  rows: LandUseRow[];
  checks: RuleCheck[];
}

export interface LayoutWarning {
  code: string;
  params?: Record<string, string | number | boolean>;
}

export interface LayoutError {
  code: string;
  params?: Record<string, string | number | boolean>;
}

export interface LayoutResult {
  ok: true;
  crs: string;
  parameters: LayoutParameters;
  /** The pattern the chooser kept (README of src/geo/layout: how a layout is chosen). */
  pattern?: string;
  features: LayoutFeature[];
  /**
   * The accepted-separation marks the layout was made with (the site's `separationEdges`), so that
   * the layout file says what narrowed its strip; absent when there were none.
   */
  separationEdges?: { line: [number, number][]; stripM: number }[];
  landUse: LandUseBalance;
  warnings: LayoutWarning[];
}

export interface LayoutFailure {
  ok: false;
  errors: LayoutError[];
}

/** A plot a planner locked: kept exactly, with its code, and the layout is built around it. */
export interface LockedPlot {
  code: string;
  polygon: PlanePolygon;
}

/** The plots of an earlier layout, for stable codes. */
export interface PreviousLayout {
  plots: readonly { code: string; polygon: PlanePolygon }[];
}

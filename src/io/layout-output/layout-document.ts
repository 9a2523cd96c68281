/**
 * What the layout writers need: plane features (the engine's PlaneFeature list) and the metadata that
 * travels with them. A LayoutResult from src/geo/layout fits this shape as it is.
 */
import type { CrsId } from '../../geo/coordinates';
import type { PlaneFeature } from '../../geo/plane-feature';

/** Feature kinds the layout engine writes; writers accept any other kind too. */
export const LAYOUT_KINDS = ['plot', 'buildable', 'road', 'green', 'facility'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export interface LayoutDocument {
  /** The VN-2000 plane CRS the features are in, e.g. "EPSG:9209". */
  readonly crs: CrsId;
  /** The full parameter set the layout was made with. */
  readonly parameters: unknown;
  /** The land-use balance table (bảng cân bằng sử dụng đất). */
  readonly landUse: unknown;
  /** Plain-language warnings. */
  readonly warnings: unknown;
  /** The accepted-separation marks that narrowed the 2.5.2 strip (plane lines), when there were any. */
  readonly separationEdges?: readonly { readonly line: readonly (readonly [number, number])[]; readonly stripM: number }[];
  readonly features: readonly PlaneFeature[];
}

/** The `kind` property of a feature, or "other" when it has none. */
export function featureKind(feature: PlaneFeature): string {
  const kind = feature.properties.kind;
  return typeof kind === 'string' && kind !== '' ? kind : 'other';
}

/** The kinds present in `features`: the engine's kinds first in their order, then others as met. */
export function kindsInOrder(features: readonly PlaneFeature[]): string[] {
  const present = new Set(features.map(featureKind));
  const known = LAYOUT_KINDS.filter((kind) => present.has(kind));
  const others = [...present].filter((kind) => !(LAYOUT_KINDS as readonly string[]).includes(kind));
  return [...known, ...others];
}

/** Text of a property for labels: strings as they are, numbers as JSON writes them, else "". */
export function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A short human name for a feature: plot code, the plot of an envelope, the use of a facility… */
export function featureName(feature: PlaneFeature): string {
  const p = feature.properties;
  switch (featureKind(feature)) {
    case 'plot': return propertyText(p.code);
    case 'buildable': return propertyText(p.plotCode);
    case 'facility': return propertyText(p.use);
    case 'road': return typeof p.widthM === 'number' ? `road ${p.widthM} m` : 'road';
    default: return propertyText(p.name) || featureKind(feature);
  }
}

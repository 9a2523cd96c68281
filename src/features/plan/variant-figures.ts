/**
 * The figures two variants are compared by: plot count, each land-use category's share, and every rule's
 * result. Pure: a layout in, rows out, so the compare table and its test read the same numbers.
 */
import type { LandUseCategory, LayoutResult, RuleCheck } from '../../geo/layout';
import { fireChecks } from './balance-view';

export const COMPARED_CATEGORIES: readonly LandUseCategory[] = ['plots', 'roads', 'green', 'technical', 'kept'];

export interface VariantFigures {
  readonly plotCount: number;
  /** Percent of the gross zone area per category (0 where the layout has none). */
  readonly sharePercent: Readonly<Record<LandUseCategory, number>>;
  /** Planning and fire rules, by rule id. */
  readonly checks: ReadonlyMap<string, RuleCheck>;
}

export function variantFigures(layout: LayoutResult): VariantFigures {
  const sharePercent = Object.fromEntries(COMPARED_CATEGORIES.map((category) =>
    [category, layout.landUse.rows.find((row) => row.category === category)?.sharePercent ?? 0])) as Record<LandUseCategory, number>;
  const checks = new Map<string, RuleCheck>();
  for (const check of [...layout.landUse.checks, ...fireChecks(layout.landUse, layout.parameters)]) checks.set(check.rule, check);
  return { plotCount: layout.features.filter((f) => f.properties.kind === 'plot').length, sharePercent, checks };
}

/** The rule ids of both, in the order the first names them, then the second's own. */
export const comparedRules = (a: VariantFigures, b: VariantFigures): string[] => [...new Set([...a.checks.keys(), ...b.checks.keys()])];

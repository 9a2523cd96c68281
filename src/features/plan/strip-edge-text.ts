/**
 * The sides where an accepted separation leaves the 2.5.2 strip under 10 m, in words for the balance:
 * "Chưa đạt ở: cạnh phía Đông 162,7 m: còn 5 m; …".
 */
import type { NarrowedEdge } from '../../geo/layout';
import type { Language } from '../../i18n/translate';
import type { Translate } from '../../i18n/use-translation';
import { formatNumber } from './plan-text';

/** "162,7 m": lengths to 0.1 m as the engine states them. */
const metres = (m: number, language: Language): string => `${formatNumber(m, language, 1)} m`;

export function narrowedEdgesText(edges: readonly NarrowedEdge[], t: Translate, language: Language): string {
  const named = edges.map((e) => t('stripEdges.balanceEdge', {
    side: t(`stripEdges.side.${e.side}`), length: metres(e.lengthM, language), strip: metres(e.stripM, language),
  }));
  return t('stripEdges.balanceEdges', { edges: named.join('; ') });
}

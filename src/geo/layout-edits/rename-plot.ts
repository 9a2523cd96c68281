/**
 * Gives a plot another code (unique in the layout; trimmed; letters, digits, spaces and - . / _ only, at
 * most MAX_CODE_LENGTH). Geometry, envelopes and balance are untouched; what names the old code
 * (allocations) is rewritten in the same change by the storage command (src/db/plan-edits.ts).
 */
import type { LayoutResult } from '../layout';
import { refused, type EditOutcome } from './edit-outcome';

export const MAX_CODE_LENGTH = 20;
const CODE_CHARACTERS = /^[\p{L}\p{N} ._/-]+$/u;

export function renamePlot(layout: LayoutResult, code: string, newCode: string): EditOutcome {
  const wanted = newCode.trim();
  const codes = layout.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : []));
  if (!codes.includes(code)) return refused('planEdit.refused.missing-plot', { code });
  if (!wanted) return refused('planEdit.refused.code-empty');
  if (wanted === code) return refused('planEdit.refused.code-same', { code });
  if (wanted.length > MAX_CODE_LENGTH || !CODE_CHARACTERS.test(wanted)) return refused('planEdit.refused.code-form', { max: MAX_CODE_LENGTH });
  if (codes.includes(wanted)) return refused('planEdit.refused.code-taken', { code: wanted });
  const features = layout.features.map((f) => {
    if (f.properties.kind === 'plot' && f.properties.code === code) return { ...f, properties: { ...f.properties, code: wanted } };
    if (f.properties.kind === 'buildable' && f.properties.plotCode === code) return { ...f, properties: { ...f.properties, plotCode: wanted } };
    return f;
  });
  return {
    ok: true, layout: { ...layout, features }, warnings: [], touched: { moved: [], removed: [], added: [], renamed: { [code]: wanted } },
    label: { key: 'planEdit.label.renamed', params: { code, newCode: wanted } },
  };
}

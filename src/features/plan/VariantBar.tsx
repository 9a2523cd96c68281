/**
 * The variant bar of #/plan: which stored variant (phương án) is open, and what can be done with it —
 * switch, duplicate (the new one opens), rename, delete (Hoàn tác in the notice), approve (badge
 * "Đã duyệt"), compare with another. Every action goes through src/state/plan-variants.ts (commitEdit).
 */
import { useState } from 'react';
import type { Variant } from '../../db/variants';
import { useTranslation } from '../../i18n/use-translation';
import {
  approveVariant, deleteVariant, duplicateVariant, openVariantById, renameVariant, variantName,
} from '../../state/plan-variants';

interface VariantBarProps {
  readonly variants: readonly Variant[];
  readonly current: Variant;
  readonly onCompare: () => void;
}

export function VariantBar({ variants, current, onCompare }: VariantBarProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const name = variantName(current, t);

  return (
    <div className="variant-bar" data-testid="variant-bar" role="group" aria-label={t('plan.variant.bar')}>
      {renaming === null ? (
        <label className="variant-choose">
          <span className="visually-hidden">{t('plan.variant.choose')}</span>
          <select data-testid="variant-select" value={current.id} onChange={(event) => openVariantById(event.target.value)}>
            {variants.map((v) => (
              <option key={v.id} value={v.id}>{variantName(v, t)}{v.approved ? ` — ${t('plan.variant.approvedBadge')}` : ''}</option>
            ))}
          </select>
        </label>
      ) : (
        <form className="variant-rename" onSubmit={(event) => {
          event.preventDefault();
          void renameVariant(current, renaming, t).then(() => setRenaming(null));
        }}>
          <label>
            <span className="visually-hidden">{t('plan.variant.renamePrompt')}</span>
            <input data-testid="variant-name" autoFocus value={renaming} maxLength={120}
              onChange={(event) => setRenaming(event.target.value)}
              onKeyDown={(event) => { if (event.key === 'Escape') setRenaming(null); }} />
          </label>
          <button type="submit" data-testid="variant-rename-save">OK</button>
        </form>
      )}
      {current.approved && <span className="badge approved" data-testid="variant-approved">{t('plan.variant.approvedBadge')}</span>}
      <button type="button" data-testid="variant-duplicate" onClick={() => void duplicateVariant(current, t)}>{t('plan.variant.new')}</button>
      <button type="button" data-testid="variant-rename" onClick={() => setRenaming(name)}>{t('plan.variant.rename')}</button>
      {!current.approved && (
        <button type="button" data-testid="variant-approve" onClick={() => void approveVariant(current.id, t)}>{t('plan.variant.approve')}</button>
      )}
      {/* Delete and compare need a second variant; hidden, not greyed, until there is one (a phone showed them as dead weight). */}
      {variants.length >= 2 && (
        <>
          <button type="button" data-testid="variant-delete" onClick={() => void deleteVariant(current.id, t)}>{t('plan.variant.delete')}</button>
          <button type="button" data-testid="variant-compare" onClick={onCompare}>{t('plan.variant.compare')}</button>
        </>
      )}
    </div>
  );
}

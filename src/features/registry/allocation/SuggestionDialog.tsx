/**
 * The suggestion for every unallocated entry at once (an exact assignment, src/domain/allocation/suggest.ts):
 * each line says the plot, its cost and the reasons; the official ticks the lines to keep and offers them
 * in one write (all of the ticked lines, or none if another tab took one of the plots meanwhile).
 */
import { useMemo, useState } from 'react';
import { offerMany } from '../../../db/allocations';
import { entryStatusOf, isLive, suggestAllocations, type CostReason } from '../../../domain/allocation';
import { formatAreaM2, formatLengthM } from '../../../i18n/format';
import type { Language, Translate } from '../../../i18n/translate';
import { useTranslation } from '../../../i18n/use-translation';
import { ModalDialog } from '../../../app/ModalDialog';
import { runAllocationWrite, type EntryNamer } from '../../../state/allocation-commit';
import type { AllocationData } from './use-allocation-data';
import '../../../i18n/allocation-group-messages';

function reasonText(reason: CostReason, t: Translate, language: Language): string {
  switch (reason.code) {
    case 'area': return t('allocation.suggest.reason.area', { plot: formatAreaM2(reason.plotAreaM2, language), needed: formatAreaM2(reason.neededM2, language) });
    case 'homes': return t('allocation.suggest.reason.homes', { distance: formatLengthM(reason.distanceM, language), emissions: reason.emissions.map((e) => t(`allocation.emission.${e}`)).join(', ') });
    case 'away-from-homes': return t('allocation.suggest.reason.awayFromHomes', { distance: formatLengthM(reason.distanceM, language) });
    case 'group': return t('allocation.suggest.reason.group', { distance: formatLengthM(reason.distanceM, language) });
    case 'fire': case 'fire-room': return t(`allocation.suggest.reason.${reason.code}`, { percent: reason.sharedPercent });
    case 'wish': return t('allocation.suggest.reason.wish', { rank: reason.rank });
    case 'not-wished': return t('allocation.suggest.reason.notWished');
    case 'area-unknown': return t('allocation.suggest.reason.areaUnknown');
  }
}

export default function SuggestionDialog({ data, nameOf, onClose }: { data: AllocationData; nameOf: EntryNamer; onClose: () => void }) {
  const { t, language } = useTranslation();
  const suggestion = useMemo(() => {
    const unallocated = data.entries.filter((e) => entryStatusOf(data.allocations.filter((a) => a.entryId === e.id)) === 'unallocated');
    const free = data.facts.filter((f) => data.plotStates.get(f.code)?.status === 'free');
    const held = new Map<string, (readonly [number, number])[]>();
    for (const allocation of data.allocations) {
      const trade = data.entryById.get(allocation.entryId)?.trade;
      if (!trade || !isLive(allocation.status)) continue;
      for (const code of allocation.plotCodes) {
        const f = data.factsByCode.get(code);
        if (f) held.set(trade, [...(held.get(trade) ?? []), f.centre]);
      }
    }
    return suggestAllocations(unallocated, free, held);
  }, [data.entries, data.allocations, data.facts, data.plotStates, data.entryById, data.factsByCode]);
  const [kept, setKept] = useState<Set<string>>(() => new Set(suggestion.placements.map((p) => p.entryId)));
  const [error, setError] = useState<string | null>(null);

  const accept = async () => {
    if (!data.variantId) return;
    const requests = suggestion.placements.filter((p) => kept.has(p.entryId)).map((p) => ({
      entryId: p.entryId, variantId: data.variantId!, plotCodes: p.plotCodes, plots: data.factsByCode, reason: t('allocation.suggest.auditReason'), priceVndPerM2: data.terms.priceVndPerM2,
    }));
    const result = await runAllocationWrite((db) => offerMany(db, requests, 'allocation.label.offeredMany'), { key: 'allocation.label.offeredMany', params: { count: requests.length } }, t, nameOf);
    if (result.saved) onClose();
    else setError(result.message);
  };
  const toggle = (id: string) => setKept((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });

  return (
    <ModalDialog titleId="suggest-title" className="wide" onClose={onClose}>
      <h2 id="suggest-title">{t('allocation.suggest.title')}</h2>
      <p className="muted">{t('allocation.suggest.explain')} {t('allocationGroups.explain')}</p>
      {suggestion.placements.length === 0 ? <p data-testid="suggest-empty">{t('allocation.suggest.none')}</p> : (
        <table className="suggestion" data-testid="suggestion">
          <thead><tr><th>{t('allocation.suggest.keep')}</th><th>{t('allocation.suggest.entry')}</th><th>{t('allocation.suggest.plot')}</th><th>{t('allocation.suggest.cost')}</th><th>{t('allocation.suggest.reasons')}</th></tr></thead>
          <tbody>
            {suggestion.placements.map((p) => (
              <tr key={p.entryId} data-testid="suggestion-row" data-entry={p.entryId} data-plot={p.plotCode} data-plots={p.plotCodes.join(',')}>
                <td><input type="checkbox" checked={kept.has(p.entryId)} onChange={() => toggle(p.entryId)} aria-label={t('allocation.suggest.keepOne', { name: nameOf(p.entryId), plot: p.plotCodes.join(', ') })} /></td>
                <td>{nameOf(p.entryId)}</td>
                <td>{p.plotCodes.join(', ')} · {formatAreaM2(p.plotCodes.reduce((sum, code) => sum + (data.factsByCode.get(code)?.areaM2 ?? 0), 0), language)}</td>
                <td className="num">{p.cost.points.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-US')}</td>
                <td>
                  <ul className="reasons">
                    {p.plotCodes.length > 1 && (
                      <li data-testid="suggestion-group">{t('allocationGroups.group', { count: p.plotCodes.length, area: formatAreaM2(p.plotCodes.reduce((sum, code) => sum + (data.factsByCode.get(code)?.areaM2 ?? 0), 0), language) })}</li>
                    )}
                    {p.cost.reasons.map((r, i) => <li key={i}>{reasonText(r, t, language)}</li>)}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!suggestion.exact && <p className="muted" data-testid="suggest-not-exact">{t('allocationGroups.notExact')}</p>}
      {suggestion.needingGroups.length > 0 && <p className="muted" data-testid="suggest-need-group">{t('allocationGroups.needGroup', { count: suggestion.needingGroups.length, names: suggestion.needingGroups.map(nameOf).join(', ') })}</p>}
      {suggestion.unplaced.length > 0 && <p className="muted" data-testid="suggest-unplaced">{t('allocation.suggest.unplaced', { count: suggestion.unplaced.length, names: suggestion.unplaced.map(nameOf).join(', ') })}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="button-row end">
        <button type="button" className="ghost" onClick={onClose}>{t('common.close')}</button>
        <button type="button" className="primary" disabled={kept.size === 0} onClick={() => void accept()} data-testid="suggest-accept">
          {t('allocation.suggest.accept', { count: suggestion.placements.filter((p) => kept.has(p.entryId)).length })}
        </button>
      </div>
    </ModalDialog>
  );
}

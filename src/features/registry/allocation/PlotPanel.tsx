/**
 * The plots tapped on the map: their area and corner, who holds them, their history, and the offer of
 * the plot (or the group of adjacent plots) to the selected entry.
 */
import { useState } from 'react';
import { plotSubject } from '../../../db/audit';
import { offerPlots } from '../../../db/allocations';
import { plotsAreAdjacent } from '../../../domain/allocation';
import { formatAreaM2, formatLengthM } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { runAllocationWrite, type EntryNamer } from '../../../state/allocation-commit';
import { AuditList } from './AuditList';
import type { AllocationData } from './use-allocation-data';

export interface PlotPanelProps {
  readonly codes: readonly string[];
  readonly entryId: string | null;
  readonly data: AllocationData;
  readonly nameOf: EntryNamer;
  readonly onDone: () => void;
}

export function PlotPanel({ codes, entryId, data, nameOf, onDone }: PlotPanelProps) {
  const { t, language } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const facts = codes.map((code) => data.factsByCode.get(code)).filter((f) => f !== undefined);
  const areaM2 = facts.reduce((sum, f) => sum + f.areaM2, 0);
  const adjacent = plotsAreAdjacent(codes, data.factsByCode);
  const entry = entryId ? data.entryById.get(entryId) : undefined;
  const allFree = codes.every((code) => data.plotStates.get(code)?.status === 'free');

  const offer = async () => {
    if (!entryId || !data.variantId) return;
    const result = await runAllocationWrite((db) => offerPlots(db, { entryId, variantId: data.variantId!, plotCodes: codes, plots: data.factsByCode, reason: reason.trim() || null, priceVndPerM2: data.terms.priceVndPerM2 }),
      { key: 'allocation.label.offered', params: { plots: codes.join(', ') } }, t, nameOf);
    setError(result.saved ? null : result.message);
    if (result.saved) { setReason(''); onDone(); }
  };

  return (
    <section className="plot-panel" data-testid="plot-panel" aria-label={t('allocation.plot.title', { plots: codes.join(', ') })}>
      <h3>{t(codes.length > 1 ? 'allocation.plot.group' : 'allocation.plot.one', { plots: codes.join(', ') })}</h3>
      <ul className="plot-facts">
        {codes.map((code) => {
          const f = data.factsByCode.get(code);
          const state = data.plotStates.get(code);
          return (
            <li key={code} data-testid="plot-fact" data-plot={code} data-status={state?.status}>
              <strong>{code}</strong> · {f ? formatAreaM2(f.areaM2, language) : '—'}
              {f?.corner && ` · ${t('allocation.card.corner')}`}
              {f?.homesDistanceM != null && ` · ${t('allocation.plot.homes', { distance: formatLengthM(f.homesDistanceM, language) })}`}
              {' · '}{t(`allocation.plotStatus.${state?.status ?? 'free'}`)}
              {state?.allocation && ` — ${nameOf(state.allocation.entryId)}`}
            </li>
          );
        })}
      </ul>
      {codes.length > 1 && <p className="muted">{t('allocation.plot.groupArea', { area: formatAreaM2(areaM2, language) })}</p>}
      {codes.length > 1 && !adjacent && <p className="form-error" role="alert" data-testid="plot-not-adjacent">{t('allocation.refused.not-adjacent', { plots: codes.join(', ') })}</p>}
      {allFree && (entry ? (
        <div className="offer-from-map">
          <label className="reason">{t('allocation.card.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="plot-offer-reason" maxLength={300} />
          </label>
          <button type="button" className="primary" disabled={!adjacent} onClick={() => void offer()} data-testid="plot-offer">
            {t('allocation.plot.offerTo', { plots: codes.join(', '), name: entry.name })}
          </button>
        </div>
      ) : <p className="muted">{t('allocation.plot.chooseEntry')}</p>)}
      {error && <p className="form-error" role="alert" data-testid="plot-offer-error">{error}</p>}
      {codes.length === 1 && data.variantId && (
        <>
          <h4>{t('allocation.history.plot')}</h4>
          <AuditList subject={plotSubject(data.variantId, codes[0])} testId="plot-history" />
        </>
      )}
    </section>
  );
}

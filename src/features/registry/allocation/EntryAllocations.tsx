/**
 * The selected entry's side of the allocation: its status, its allocations (offers and the held plot)
 * with payments, an offer from a list of free plots, and its history.
 */
import { useMemo, useState } from 'react';
import { entrySubject } from '../../../db/audit';
import { offerPlots } from '../../../db/allocations';
import { allocationsOfEntry } from '../../../db/allocation-reads';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import { entryStatusOf } from '../../../domain/allocation';
import { formatAreaM2 } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { PlotSheetsButton, presentHref } from '../../present';
import { runAllocationWrite, type EntryNamer } from '../../../state/allocation-commit';
import { AllocationCard } from './AllocationCard';
import { AuditList } from './AuditList';
import type { AllocationData } from './use-allocation-data';

export function EntryAllocations({ entryId, data, nameOf }: { entryId: string; data: AllocationData; nameOf: EntryNamer }) {
  const { t, language } = useTranslation();
  const entry = data.entryById.get(entryId);
  const rows = useLiveQuery(() => allocationsOfEntry(database(), entryId), [entryId]);
  const [plot, setPlot] = useState('');
  const [error, setError] = useState<string | null>(null);
  const free = useMemo(() => data.facts.filter((f) => data.plotStates.get(f.code)?.status === 'free'), [data.facts, data.plotStates]);
  if (!entry) return <p className="muted">{t('allocation.entry.unknown')}</p>;
  if (!rows) return <p className="loading">{t('allocation.entry.loading')}</p>; // never "no plot yet" before the read
  const mine = rows.filter((row) => row.variantId === data.variantId);
  const status = entryStatusOf(mine);
  // The household view steps through the same candidates: its live plots first, then its wishes.
  const candidates = [...new Set([...mine.filter((row) => row.status !== 'withdrawn' && !row.deleted).flatMap((row) => row.plotCodes), ...entry.wishes])]
    .filter((code) => data.factsByCode.has(code));
  const firstCandidate = candidates[0] ?? null;

  const offer = async () => {
    if (!plot || !data.variantId) return;
    const result = await runAllocationWrite((db) => offerPlots(db, { entryId, variantId: data.variantId!, plotCodes: [plot], plots: data.factsByCode, priceVndPerM2: data.terms.priceVndPerM2 }),
      { key: 'allocation.label.offered', params: { plots: plot } }, t, nameOf);
    setError(result.saved ? null : result.message);
    if (result.saved) setPlot('');
  };

  return (
    <section className="entry-allocations" data-testid="entry-allocations" aria-label={t('allocation.entry.title', { name: entry.name })}>
      <h3>{entry.name} <span className={`status-badge status-${status}`} data-testid="entry-status">{t(`allocation.entryStatus.${status}`)}</span></h3>
      <p className="muted">
        {entry.areaNeededM2 ? t('allocation.entry.needs', { area: formatAreaM2(entry.areaNeededM2, language) }) : t('allocation.entry.needsUnknown')}
        {entry.wishes.length > 0 && ` · ${t('allocation.entry.wishes', { plots: entry.wishes.join(', ') })}`}
      </p>
      {firstCandidate && (
        <p className="button-row">
          <a href={presentHref(firstCandidate, entryId)} data-testid="entry-present-link">{t('allocation.entry.present')}</a>
          {data.approved.status === 'ready' && (
            <PlotSheetsButton layout={data.approved.layout} variantId={data.variantId} codes={candidates}
              label={t('allocation.entry.sheets', { count: candidates.length })} testId="entry-sheets" />
          )}
        </p>
      )}
      {mine.map((row) => <AllocationCard key={row.id} allocation={row} data={data} nameOf={nameOf} />)}
      <div className="offer-from-list">
        <label>{t('allocation.entry.offerPlot')}
          <select value={plot} onChange={(e) => setPlot(e.target.value)} data-testid="offer-plot-select">
            <option value="">{t('allocation.entry.choosePlot')}</option>
            {free.map((f) => <option key={f.code} value={f.code}>{f.code} — {formatAreaM2(f.areaM2, language)}{f.corner ? ` · ${t('allocation.card.corner')}` : ''}</option>)}
          </select>
        </label>
        <button type="button" className="primary" disabled={!plot} onClick={() => void offer()} data-testid="offer-plot">{t('allocation.entry.offer')}</button>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <h4>{t('allocation.history.entry')}</h4>
      <AuditList subject={entrySubject(entryId)} testId="entry-history" />
    </section>
  );
}

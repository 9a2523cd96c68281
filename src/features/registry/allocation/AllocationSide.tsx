/**
 * The allocation beside the register's list: the map of the approved variant's plots coloured by status
 * with its legend, the plots tapped on it (offer them to the selected entry), the selected entry's
 * offers, status, payments and history, and the tools: who is using this device, the terms, the public
 * draw and the suggestion for every unallocated entry.
 */
import { useMemo, useState } from 'react';
import type { PlotStatus } from '../../../domain/allocation';
import { useTranslation } from '../../../i18n/use-translation';
import '../../../i18n/allocation-messages';
import { useActiveSite } from '../../site/use-active-site';
import { useSiteMapData } from '../../site/use-site-map-data';
import { entryNameOf } from './allocation-text';
import { AllocationTools } from './AllocationTools';
import { EntryAllocations } from './EntryAllocations';
import { PlotPanel } from './PlotPanel';
import { PlotStatusMapPane } from './PlotStatusMapPane';
import { StatusLegend } from './StatusLegend';
import { useAllocationData } from './use-allocation-data';
import './allocation.css';

export function AllocationSide({ selectedEntryId }: { selectedEntryId: string | null }) {
  const { t, language } = useTranslation();
  const data = useAllocationData();
  const backdrop = useSiteMapData(useActiveSite());
  // The plots tapped, for the variant they were tapped on: another approved variant starts with none.
  const [selection, setSelection] = useState<{ variantId: string | null; codes: string[] }>({ variantId: null, codes: [] });
  const selectedPlots = selection.variantId === data.variantId ? selection.codes : [];
  const setSelectedPlots = (update: (current: string[]) => string[]) =>
    setSelection((current) => ({ variantId: data.variantId, codes: update(current.variantId === data.variantId ? current.codes : []) }));
  const nameOf = useMemo(() => entryNameOf(data.entryById, t), [data.entryById, t]);

  const counts = useMemo(() => {
    const map = new Map<PlotStatus, number>();
    for (const state of data.plotStates.values()) map.set(state.status, (map.get(state.status) ?? 0) + 1);
    return map;
  }, [data.plotStates]);

  // A tap selects a plot; a tap on another free plot beside a selected free one adds it (a group);
  // a tap on a selected plot takes it out; a tap beside every plot clears the selection.
  const onPlotClick = (code: string | null) => setSelectedPlots((current) => {
    if (!code) return [];
    if (current.includes(code)) return current.filter((c) => c !== code);
    const free = (c: string) => data.plotStates.get(c)?.status === 'free';
    const joins = free(code) && current.length > 0 && current.every(free)
      && current.some((c) => data.factsByCode.get(c)?.neighbours.includes(code));
    return joins ? [...current, code].sort() : [code];
  });

  const approved = data.approved;
  return (
    <section className="allocation-side" data-testid="allocation-side" aria-label={t('allocation.side.title')}>
      <AllocationTools data={data} nameOf={nameOf} />
      {approved.status === 'loading' && <p className="loading" data-testid="allocation-loading">{t('allocation.side.loading')}</p>}
      {approved.status === 'error' && <p className="form-error" role="alert">{t('allocation.side.layoutFailed')}</p>}
      <div className="allocation-columns">
        {approved.status === 'ready' && (
          <div className="allocation-map-column">
            <p className="muted variant-line" data-testid="allocation-variant">
              {t('allocation.side.variant', { name: approved.variant.name ?? t('allocation.side.demoVariant') })}
            </p>
            <PlotStatusMapPane
              layout={approved.layout} site={approved.site} backdrop={backdrop} plotStates={data.plotStates} selected={selectedPlots}
              onPlotClick={onPlotClick} label={t('allocation.map.label')} northArrow={t('map.northArrow')} northLetter={language === 'vi' ? 'B' : 'N'}
              numberLocale={language === 'vi' ? 'vi-VN' : 'en-US'}
            />
            <StatusLegend counts={counts} />
            <p className="muted hint">{t('allocation.map.hint')}</p>
          </div>
        )}
        <div className="allocation-panels">
          {approved.status === 'ready' && selectedPlots.length > 0 && (
            <PlotPanel codes={selectedPlots} entryId={selectedEntryId} data={data} nameOf={nameOf} onDone={() => setSelectedPlots(() => [])} />
          )}
          {selectedEntryId && <EntryAllocations entryId={selectedEntryId} data={data} nameOf={nameOf} />}
        </div>
      </div>
    </section>
  );
}

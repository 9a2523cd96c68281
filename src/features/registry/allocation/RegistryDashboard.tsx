/**
 * The registry's dashboard: the plan's milestones (editable), entries by status and by trade, plots
 * allocated per year against the plan's timeline, expected revenue from plot sales against the
 * land-recovery cost of #/recovery, and the preferential loans requested.
 */
import { useMemo } from 'react';
import { acceptedDates } from '../../../db/allocation-reads';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import {
  ENTRY_STATUSES, entriesByStatus, entriesByTrade, loansRequested, plotsPerYear, revenueFigures,
} from '../../../domain/allocation';
import { formatMoneyVndCompact, formatInteger } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import '../../../i18n/allocation-messages';
import { PLOT_STATUS_COLOURS } from '../../../map/plot-status-colours';
import { useRecoveryEstimate } from '../../recovery';
import { tradeName, useTradeList } from '../trade-name';
import { BarChart } from './BarChart';
import { MilestonesTable } from './MilestonesTable';
import { TimelineChart } from './TimelineChart';
import { useAllocationData } from './use-allocation-data';
import './allocation.css';

const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];

export function RegistryDashboard() {
  const { t, language } = useTranslation();
  const tradeList = useTradeList();
  const data = useAllocationData();
  const { estimate } = useRecoveryEstimate();
  const accepted = useLiveQuery(() => acceptedDates(database()), []);
  const byStatus = useMemo(() => entriesByStatus(data.entries, data.allocations), [data.entries, data.allocations]);
  const byTrade = useMemo(() => entriesByTrade(data.entries), [data.entries]);
  const perYear = useMemo(() => plotsPerYear(data.allocations, accepted ?? new Map(), YEARS), [data.allocations, accepted]);
  const paid = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of data.payments) map.set(p.allocationId, (map.get(p.allocationId) ?? 0) + p.amountVnd);
    return map;
  }, [data.payments]);
  const revenue = useMemo(() => revenueFigures(data.facts, data.allocations, paid, data.terms), [data.facts, data.allocations, paid, data.terms]);
  const loans = loansRequested(data.entries);
  const money = (vnd: number) => formatMoneyVndCompact(vnd, language);
  const recoveryVnd = estimate?.totals.grandTotalVnd ?? null;
  // The register's own trade list and words (one source: ../trade-name.ts).
  const tradeText = (trade: string | null) => (trade ? tradeName(trade, t, tradeList) : t('allocation.trade.none'));
  const statusColour = (status: string) => (status === 'unallocated' ? '#b9b2a6' : PLOT_STATUS_COLOURS[status as keyof typeof PLOT_STATUS_COLOURS]);

  return (
    <section className="registry-dashboard" data-testid="registry-dashboard" aria-label={t('allocation.dashboard.title')}>
      <h2>{t('allocation.dashboard.title')}</h2>
      <div className="dashboard-cards">
        <div className="card" data-testid="dashboard-entries"><span className="figure">{formatInteger(data.entries.length, language)}</span>{t('allocation.dashboard.entries')}</div>
        <div className="card" data-testid="dashboard-plots"><span className="figure">{formatInteger(data.facts.length - (byStatusPlots(data) ?? 0), language)}/{formatInteger(data.facts.length, language)}</span>{t('allocation.dashboard.freePlots')}</div>
        <div className="card" data-testid="dashboard-loans"><span className="figure">{formatInteger(loans.count, language)}</span>{t('allocation.dashboard.loans', { amount: money(loans.totalMillionVnd * 1_000_000) })}</div>
      </div>
      <h3>{t('allocation.dashboard.milestones')}</h3>
      <MilestonesTable />
      <div className="dashboard-charts">
        <BarChart testId="dashboard-by-status" title={t('allocation.dashboard.byStatus')}
          bars={ENTRY_STATUSES.map((s) => ({ key: s, label: t(`allocation.entryStatus.${s}`), value: byStatus.get(s) ?? 0, valueText: formatInteger(byStatus.get(s) ?? 0, language), colour: statusColour(s) }))} />
        <BarChart testId="dashboard-by-trade" title={t('allocation.dashboard.byTrade')}
          bars={byTrade.map(([trade, count]) => ({ key: trade ?? '', label: tradeText(trade), value: count, valueText: formatInteger(count, language) }))} />
        <TimelineChart rows={perYear} title={t('allocation.dashboard.timeline')}
          phases={[{ from: 2021, to: 2022, label: t('allocation.dashboard.phase.prepare') }, { from: 2023, to: 2024, label: t('allocation.dashboard.phase.register') }, { from: 2025, to: 2026, label: t('allocation.dashboard.phase.operate') }]}
          legend={{ offered: t('allocation.dashboard.offeredPlots'), held: t('allocation.dashboard.heldPlots') }} />
        <BarChart testId="dashboard-money" title={t('allocation.dashboard.money')}
          bars={[
            { key: 'all-plots', label: t('allocation.dashboard.revenueAll'), value: revenue.allPlotsVnd, valueText: money(revenue.allPlotsVnd), colour: '#2f9a57' },
            { key: 'committed', label: t('allocation.dashboard.revenueCommitted'), value: revenue.committedVnd, valueText: money(revenue.committedVnd), colour: '#ee8a35' },
            { key: 'paid', label: t('allocation.dashboard.revenuePaid'), value: revenue.paidVnd, valueText: money(revenue.paidVnd), colour: '#3b82c9' },
            { key: 'recovery', label: t('allocation.dashboard.recoveryCost'), value: recoveryVnd ?? 0, valueText: recoveryVnd === null ? '…' : money(recoveryVnd), colour: '#c0392b' },
          ]} />
      </div>
      <p className="muted">{t('allocation.dashboard.moneyNote', { terms: t(`allocation.terms.mode.${data.terms.mode}`) })}</p>
    </section>
  );
}

/** Plots held by a live allocation. */
function byStatusPlots(data: ReturnType<typeof useAllocationData>): number {
  let taken = 0;
  for (const state of data.plotStates.values()) if (state.status !== 'free') taken++;
  return taken;
}

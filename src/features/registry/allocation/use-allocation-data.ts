/**
 * Everything the allocation screens read, live from IndexedDB: the approved variant's plots with their
 * facts (area, corner, neighbours, distance to homes), the register's entries, the allocations of that
 * variant with their payments, and the terms. One hook, so the map, the panels and the dashboard agree.
 */
import { useContext, useMemo } from 'react';
import { allocationsOfVariant, allPayments, liveEntries, storedTerms } from '../../../db/allocation-reads';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import type { AllocationRow, PaymentRow } from '../../../db/register-rows';
import {
  allocationPrice, balanceOf, DEFAULT_TERMS, isLive, plotFactsOf, type AllocationTerms, type Balance, type PlotFacts, type PlotStatus,
} from '../../../domain/allocation';
import type { RegisterEntry } from '../../../domain/register';
import { useApprovedLayout, type ApprovedLayout } from '../../site/use-approved-layout';
import { RegisterEntriesContext } from '../register-entries-context';

export interface PlotState {
  readonly status: PlotStatus;
  readonly allocation: AllocationRow | null;
}

export interface AllocationData {
  readonly approved: ApprovedLayout;
  readonly variantId: string | null;
  readonly facts: readonly PlotFacts[];
  readonly factsByCode: ReadonlyMap<string, PlotFacts>;
  readonly entries: readonly RegisterEntry[];
  readonly entryById: ReadonlyMap<string, RegisterEntry>;
  readonly allocations: readonly AllocationRow[];
  readonly plotStates: ReadonlyMap<string, PlotState>;
  readonly payments: readonly PaymentRow[];
  readonly terms: AllocationTerms;
  /** The price and the balance of an allocation under the current terms. */
  balanceOf(allocation: AllocationRow): Balance & { readonly areaM2: number; readonly corner: boolean; readonly unitVndPerM2: number };
  readonly ready: boolean;
}

export function useAllocationData(): AllocationData {
  const approved = useApprovedLayout();
  const db = database();
  const variantId = approved.status === 'ready' ? approved.variant.id : null;
  // The page's own read of the entries when it provides one (one read of 10,000 rows, not two).
  const provided = useContext(RegisterEntriesContext);
  const ownEntries = useLiveQuery(() => (provided === null ? liveEntries(db) : null), [provided === null]);
  const entries = provided === null ? ownEntries ?? undefined : provided;
  const allocations = useLiveQuery(() => (variantId ? allocationsOfVariant(db, variantId) : []), [variantId]);
  const payments = useLiveQuery(() => allPayments(db), []);
  const terms = useLiveQuery(() => storedTerms(db), []) ?? DEFAULT_TERMS;
  const layout = approved.status === 'ready' ? approved.layout : null;
  const site = approved.status === 'ready' ? approved.site : null;
  const facts = useMemo(() => (layout && site ? plotFactsOf(layout.features, site.residentialEdges) : []), [layout, site]);
  const factsByCode = useMemo(() => new Map(facts.map((f) => [f.code, f])), [facts]);
  const entryById = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);
  const plotStates = useMemo(() => {
    const states = new Map<string, PlotState>();
    for (const f of facts) states.set(f.code, { status: 'free', allocation: null });
    for (const row of allocations ?? []) {
      if (!isLive(row.status)) continue;
      for (const code of row.plotCodes) states.set(code, { status: row.status as PlotStatus, allocation: row });
    }
    return states;
  }, [facts, allocations]);
  const paymentsByAllocation = useMemo(() => {
    const map = new Map<string, PaymentRow[]>();
    for (const p of payments ?? []) map.set(p.allocationId, [...(map.get(p.allocationId) ?? []), p]);
    return map;
  }, [payments]);
  return {
    approved, variantId, facts, factsByCode,
    entries: entries ?? [], entryById, allocations: allocations ?? [], plotStates, payments: payments ?? [], terms,
    balanceOf: (allocation) => {
      const plots = allocation.plotCodes.map((code) => factsByCode.get(code));
      const areaM2 = plots.reduce((sum, f) => sum + (f?.areaM2 ?? 0), 0);
      const corner = plots.some((f) => f?.corner);
      const price = allocationPrice(areaM2, corner, terms, allocation.priceVndPerM2);
      return { ...balanceOf(price.dueVnd, paymentsByAllocation.get(allocation.id) ?? []), areaM2, corner, unitVndPerM2: price.unitVndPerM2 };
    },
    ready: Boolean(entries && allocations && payments && layout),
  };
}

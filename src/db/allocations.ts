/**
 * The allocation's writes: offer plots, move an allocation through its statuses (accepting withdraws the
 * entry's other offers), record payments, accept a suggestion, save a public draw. Each runs the rules of
 * src/domain/allocation/rules.ts in transact's guard, on the rows as they are inside the transaction, and
 * writes its audit lines (who, when, why) in that same transaction. Two tabs racing for one plot: the
 * second sees the first's offer and is refused with the reason.
 */
import { plotFactsOf, type PlotNeighbours } from '../domain/allocation/plot-facts';
import { checkMove, checkOffer, type AllocationRefusal } from '../domain/allocation/rules';
import type { AllocationStatus } from '../domain/allocation/status';
import { allocationSubject, entrySubject, plotSubject, type AuditLine } from './audit';
import type { Change, Payload } from './change';
import type { PhanloDatabase } from './database';
import type { AllocationRow, DrawRow, PaymentRow } from './register-rows';
import { newId, transact, type TransactResult } from './transact';

export const plotKeyOf = (variantId: string, code: string) => `${variantId}|${code}`;

const live = <Row extends { deleted?: boolean }>(rows: readonly (Row | undefined)[]): Row[] =>
  rows.filter((row): row is Row => Boolean(row) && !row!.deleted);

const payload = (row: AllocationRow): Payload<AllocationRow> => {
  const { version: _v, updatedAt: _u, deleted: _d, ...rest } = row;
  return rest;
};

const subjectsOf = (row: Pick<AllocationRow, 'id' | 'entryId' | 'variantId' | 'plotCodes'>) =>
  [entrySubject(row.entryId), allocationSubject(row.id), ...row.plotCodes.map((code) => plotSubject(row.variantId, code))];

const plotsParam = (codes: readonly string[]) => codes.join(', ');

export interface OfferRequest {
  readonly entryId: string;
  readonly variantId: string;
  /** One plot, or a group of adjacent plots held as one allocation. */
  readonly plotCodes: readonly string[];
  /**
   * The variant's plots with their neighbours, as the caller laid the variant out (`factsByCode`), for a
   * variant that stores no layout (the demo, laid out from its parameters). A variant that stores its
   * layout is judged on that layout as read inside the transaction, whatever the caller passed. A group
   * with neither is refused: adjacency is a rule of the write, not only of the screen.
   */
  readonly plots?: PlotNeighbours;
  readonly priceVndPerM2?: number | null;
  readonly reason?: string | null;
}

/**
 * The variant's plots with their neighbours for a group's check: from the layout the variant stores, as
 * it is now (another tab may have edited the plan), else what the caller laid out from its parameters.
 */
async function storedPlotsOf(db: PhanloDatabase, variantId: string, fromCaller: PlotNeighbours | undefined): Promise<PlotNeighbours | undefined> {
  const variant = await db.variants.get(variantId);
  if (!variant || variant.deleted || !variant.layout) return fromCaller;
  return new Map(plotFactsOf(variant.layout.features, []).map((plot) => [plot.code, plot]));
}

/** The guard's reads and checks for one offer; the row to put, or why not. */
async function decideOffer(db: PhanloDatabase, request: OfferRequest, at: string, extraTaken: readonly AllocationRow[] = []):
  Promise<{ row: Payload<AllocationRow>; audit: AuditLine } | { refusal: AllocationRefusal }> {
  const entry = await db.registerEntries.get(request.entryId);
  if (!entry || entry.deleted) return { refusal: { code: 'missing' } };
  const plotKeys = request.plotCodes.map((code) => plotKeyOf(request.variantId, code));
  const onPlots = plotKeys.length ? live(await db.allocations.where('plotKeys').anyOf(plotKeys).distinct().toArray()) : [];
  const mine = live(await db.allocations.where('entryId').equals(request.entryId).toArray());
  const plots = request.plotCodes.length > 1 ? await storedPlotsOf(db, request.variantId, request.plots) : request.plots;
  const refusal = checkOffer(request.entryId, request.plotCodes, [...onPlots, ...extraTaken], [...mine, ...extraTaken.filter((row) => row.entryId === request.entryId)], plots);
  if (refusal) return { refusal };
  const row: Payload<AllocationRow> = {
    id: newId(), entryId: request.entryId, variantId: request.variantId, plotCodes: [...request.plotCodes], plotKeys,
    status: 'offered', priceVndPerM2: request.priceVndPerM2 ?? null, createdAt: at,
  };
  return {
    row,
    audit: { action: { key: 'audit.offered', params: { plots: plotsParam(row.plotCodes), entry: entry.name } }, reason: request.reason ?? null, subjects: subjectsOf(row) },
  };
}

/** Offers a plot (or a group of adjacent plots) to an entry: refused if any plot is held or the entry holds one. */
export function offerPlots(db: PhanloDatabase, request: OfferRequest, now: () => Date = () => new Date()): Promise<TransactResult> {
  const at = now().toISOString();
  return transact(db, {}, {
    label: { key: 'allocation.label.offered', params: { plots: plotsParam(request.plotCodes) } },
    scope: ['allocations', 'registerEntries', 'variants'],
    now,
    guard: async () => {
      const decided = await decideOffer(db, request, at);
      if ('refusal' in decided) return { refuse: decided.refusal };
      return { change: { puts: { allocations: [decided.row] } }, audit: [decided.audit] };
    },
  });
}

/**
 * Offers several plots at once (an accepted suggestion, or a draw's result): all or nothing, each checked
 * against the stored rows and the others of the batch.
 */
export function offerMany(db: PhanloDatabase, requests: readonly OfferRequest[], labelKey: string, now: () => Date = () => new Date()): Promise<TransactResult> {
  const at = now().toISOString();
  return transact(db, {}, {
    label: { key: labelKey, params: { count: requests.length } },
    scope: ['allocations', 'registerEntries', 'variants'],
    now,
    guard: async () => {
      const rows: AllocationRow[] = [];
      const audit: AuditLine[] = [];
      for (const request of requests) {
        const decided = await decideOffer(db, request, at, rows);
        if ('refusal' in decided) return { refuse: decided.refusal };
        rows.push(decided.row as AllocationRow);
        audit.push(decided.audit);
      }
      return { change: { puts: { allocations: rows } }, audit };
    },
  });
}

export interface MoveRequest {
  readonly allocationId: string;
  readonly to: AllocationStatus;
  /** The version the user saw; another tab's change since makes this a refusal. */
  readonly expectedVersion?: number;
  readonly reason?: string | null;
}

/** Moves an allocation one step (or withdraws it); accepting withdraws the entry's other live offers. */
export function moveAllocation(db: PhanloDatabase, request: MoveRequest, now: () => Date = () => new Date()): Promise<TransactResult> {
  return transact(db, {}, {
    label: { key: `allocation.label.${request.to}`, params: {} },
    scope: ['allocations', 'registerEntries'],
    now,
    guard: async () => {
      const allocation = await db.allocations.get(request.allocationId);
      const mine = allocation ? live(await db.allocations.where('entryId').equals(allocation.entryId).toArray()) : [];
      const verdict = checkMove(allocation, request.to, request.expectedVersion, mine);
      if (!verdict.ok) return { refuse: verdict.refusal };
      const moved = { ...payload(allocation!), status: request.to };
      const withdrawn = verdict.withdraw.map((row) => ({ ...payload(row as AllocationRow), status: 'withdrawn' as const }));
      const audit: AuditLine[] = [
        { action: { key: `audit.${request.to}`, params: { plots: plotsParam(moved.plotCodes) } }, reason: request.reason ?? null, subjects: subjectsOf(moved) },
        ...withdrawn.map((row): AuditLine => ({
          action: { key: 'audit.withdrawn-by-accept', params: { plots: plotsParam(row.plotCodes), accepted: plotsParam(moved.plotCodes) } },
          reason: request.reason ?? null, subjects: subjectsOf(row),
        })),
      ];
      const change: Change = { puts: { allocations: [moved, ...withdrawn] } };
      return { change, audit };
    },
  });
}

export interface PaymentRequest {
  readonly allocationId: string;
  readonly amountVnd: number;
  readonly paidOn: string;
  readonly note?: string | null;
}

/** Records a payment (an instalment) toward a live allocation. */
export function recordPayment(db: PhanloDatabase, request: PaymentRequest, now: () => Date = () => new Date()): Promise<TransactResult> {
  return transact(db, {}, {
    label: { key: 'allocation.label.payment', params: { amount: request.amountVnd } },
    scope: ['allocations', 'payments'],
    now,
    guard: async () => {
      const allocation = await db.allocations.get(request.allocationId);
      if (!allocation || allocation.deleted || allocation.status === 'withdrawn') return { refuse: { code: 'missing' } satisfies AllocationRefusal };
      const row: Payload<PaymentRow> = { id: newId(), allocationId: request.allocationId, amountVnd: request.amountVnd, paidOn: request.paidOn, note: request.note ?? null };
      return {
        change: { puts: { payments: [row] } },
        audit: [{ action: { key: 'audit.payment', params: { amount: request.amountVnd, paidOn: request.paidOn, plots: plotsParam(allocation.plotCodes) } }, reason: request.note ?? null, subjects: subjectsOf(allocation) }],
      };
    },
  });
}

/** Saves a public draw (seed, participants, result) with an audit line for every participant. */
export function saveDraw(db: PhanloDatabase, draw: Payload<DrawRow>, variantId: string, now: () => Date = () => new Date()): Promise<TransactResult> {
  const audit: AuditLine[] = [{
    action: { key: 'audit.draw', params: { seed: draw.seed, count: draw.participantIds.length } },
    reason: null,
    subjects: [...draw.participantIds.map(entrySubject), ...(draw.plotCodes ?? []).map((code) => plotSubject(variantId, code))],
  }];
  return transact(db, { puts: { draws: [draw] } }, { label: { key: 'allocation.label.draw', params: { seed: draw.seed } }, audit, now });
}

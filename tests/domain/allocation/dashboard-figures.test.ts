import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS, entriesByStatus, entriesByTrade, loansRequested, milestonesWithDefaults, PLAN_MILESTONES, periodFromYear, plotsPerYear,
  revenueFigures, type DashboardAllocation, type PlotFacts,
} from '../../../src/domain/allocation';

const entries = [
  { id: 'a', trade: 'carpentry', needsLoan: true, loanMillionVnd: 300 },
  { id: 'b', trade: 'carpentry', needsLoan: false, loanMillionVnd: null },
  { id: 'c', trade: null, needsLoan: true, loanMillionVnd: null },
];
const allocation = (id: string, entryId: string, status: DashboardAllocation['status'], plotCodes = ['A-01'], createdAt = '2023-05-01T00:00:00Z'): DashboardAllocation =>
  ({ id, entryId, plotCodes, status, priceVndPerM2: null, createdAt });
const plot = (code: string, areaM2: number, corner = false): PlotFacts =>
  ({ code, areaM2, corner, centre: [0, 0], neighbours: [], sharedBoundaryShare: 0, homesDistanceM: null });

describe('dashboard figures', () => {
  it('counts entries by status and by trade, and the loans asked for', () => {
    const allocations = [allocation('1', 'a', 'paid'), allocation('2', 'b', 'withdrawn'), allocation('3', 'b', 'offered', ['A-02'])];
    expect(Object.fromEntries(entriesByStatus(entries, allocations))).toEqual({ paid: 1, offered: 1, unallocated: 1 });
    expect(entriesByTrade(entries)).toEqual([['carpentry', 2], [null, 1]]);
    expect(loansRequested(entries)).toEqual({ count: 2, totalMillionVnd: 300 });
  });

  it('counts plots per year: offered by the offer, held by the acceptance', () => {
    const rows = plotsPerYear([
      allocation('1', 'a', 'accepted', ['A-01', 'A-02'], '2023-05-01T00:00:00Z'),
      allocation('2', 'b', 'offered', ['B-01'], '2024-02-01T00:00:00Z'),
      allocation('3', 'c', 'withdrawn', ['C-01'], '2024-02-01T00:00:00Z'),
    ], new Map([['1', '2024-01-10T00:00:00Z']]), [2023, 2024]);
    expect(rows).toEqual([{ year: 2023, offered: 2, held: 0 }, { year: 2024, offered: 1, held: 2 }]);
  });

  it('prices every plot for the revenue, the corner ones with the factor', () => {
    const terms = { ...DEFAULT_TERMS, priceVndPerM2: 1_000_000, cornerFactor: 1.5 };
    const plots = [plot('A-01', 100), plot('A-02', 100, true)];
    const figures = revenueFigures(plots, [allocation('1', 'a', 'paid', ['A-02'])], new Map([['1', 20_000_000]]), terms);
    expect(figures).toEqual({ allPlotsVnd: 250_000_000, committedVnd: 150_000_000, paidVnd: 20_000_000 });
  });
});

describe('plan milestones', () => {
  it('lists the eight milestones of the plan with their periods, stored edits over them', () => {
    const rows = milestonesWithDefaults([{ id: 'plan:land-recovery', key: 'land-recovery', title: null, period: '2021-2023', responsible: 'PCT', status: 'done', order: 3 }]);
    expect(rows.map((r) => r.key)).toEqual(PLAN_MILESTONES.map((m) => m.key));
    expect(rows.find((r) => r.key === 'land-recovery')).toMatchObject({ period: '2021-2023', responsible: 'PCT', status: 'done' });
    expect(rows.find((r) => r.key === 'operation')).toMatchObject({ period: '2025-', status: 'planned', responsible: null });
    expect(periodFromYear('2023-2024')).toBe(2023);
    expect(periodFromYear('sớm')).toBeNull();
  });
});

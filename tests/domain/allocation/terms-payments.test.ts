import { describe, expect, it } from 'vitest';
import { allocationPrice, balanceOf, DEFAULT_TERMS, paymentError, restoreTerms } from '../../../src/domain/allocation';

describe('terms and prices', () => {
  it('multiplies a corner plot by the factor', () => {
    const terms = { ...DEFAULT_TERMS, priceVndPerM2: 1_000_000, cornerFactor: 1.2 };
    expect(allocationPrice(800, false, terms).dueVnd).toBe(800_000_000);
    expect(allocationPrice(800, true, terms)).toMatchObject({ unitVndPerM2: 1_200_000, dueVnd: 960_000_000 });
    expect(allocationPrice(800.5, false, terms, 2_000_000).dueVnd).toBe(1_601_000_000);
  });

  it('restores damaged terms to defaults field by field', () => {
    expect(restoreTerms(null)).toEqual(DEFAULT_TERMS);
    expect(restoreTerms({ mode: 'lease-yearly', priceVndPerM2: -5, cornerFactor: 1.3 })).toEqual({ ...DEFAULT_TERMS, mode: 'lease-yearly', cornerFactor: 1.3 });
  });
});

describe('payments and balance due', () => {
  it('adds instalments in date order and says what is due', () => {
    const balance = balanceOf(1_000, [{ amountVnd: 300, paidOn: '2024-05-01' }, { amountVnd: 200, paidOn: '2024-01-01' }, { amountVnd: 999, paidOn: '2024-02-01', deleted: true }]);
    expect(balance).toMatchObject({ paidVnd: 500, balanceVnd: 500, paidInFull: false, overpaidVnd: 0 });
    expect(balance.instalments.map((p) => p.paidOn)).toEqual(['2024-01-01', '2024-05-01']);
    expect(balanceOf(1_000, [{ amountVnd: 1_200, paidOn: '2024-01-01' }])).toMatchObject({ balanceVnd: 0, overpaidVnd: 200, paidInFull: true });
  });

  it('refuses a payment with no amount or no real date', () => {
    expect(paymentError(0, '2024-01-01')).toBe('amount');
    expect(paymentError(10.5, '2024-01-01')).toBe('amount');
    expect(paymentError(10, '01/02/2024')).toBe('date');
    expect(paymentError(10, '2024-01-01')).toBeNull();
  });
});

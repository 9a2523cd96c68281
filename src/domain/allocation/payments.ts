/**
 * Payments toward an allocation and the balance due (instalments: what is paid, what is still due).
 * Amounts in whole VND; dates ISO (yyyy-mm-dd).
 */
export interface PaymentFacts {
  readonly amountVnd: number;
  readonly paidOn: string;
  readonly deleted?: boolean;
}

export interface Balance {
  readonly dueVnd: number;
  readonly paidVnd: number;
  /** What is still to pay, never below 0. */
  readonly balanceVnd: number;
  /** Paid more than due (a refund to settle), VND. */
  readonly overpaidVnd: number;
  readonly paidInFull: boolean;
  /** Payments in date order (deleted ones left out). */
  readonly instalments: readonly PaymentFacts[];
}

export function balanceOf(dueVnd: number, payments: readonly PaymentFacts[]): Balance {
  const instalments = payments.filter((p) => !p.deleted).sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  const paidVnd = instalments.reduce((sum, p) => sum + p.amountVnd, 0);
  return {
    dueVnd,
    paidVnd,
    balanceVnd: Math.max(0, dueVnd - paidVnd),
    overpaidVnd: Math.max(0, paidVnd - dueVnd),
    paidInFull: dueVnd > 0 ? paidVnd >= dueVnd : paidVnd > 0,
    instalments,
  };
}

/** Why a payment cannot be recorded, or null. */
export function paymentError(amountVnd: number, paidOn: string): 'amount' | 'date' | null {
  if (!Number.isFinite(amountVnd) || amountVnd <= 0 || !Number.isInteger(amountVnd)) return 'amount';
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(paidOn) || Number.isNaN(Date.parse(paidOn))) return 'date';
  return null;
}

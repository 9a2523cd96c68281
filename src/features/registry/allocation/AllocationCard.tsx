/**
 * One allocation of the selected entry: its plots, status, price and balance, the next steps
 * (with a reason), and its payments (record an instalment: amount and date).
 */
import { useState, type FormEvent } from 'react';
import { moveAllocation, recordPayment } from '../../../db/allocations';
import type { AllocationRow } from '../../../db/register-rows';
import { nextStatuses, paymentError, type AllocationStatus } from '../../../domain/allocation';
import { formatAreaM2, formatDate, formatMoneyVnd } from '../../../i18n/format';
import { parseUserNumber } from '../../../i18n/parse-number';
import { useTranslation } from '../../../i18n/use-translation';
import { runAllocationWrite, type EntryNamer } from '../../../state/allocation-commit';
import type { AllocationData } from './use-allocation-data';

const today = () => new Date().toISOString().slice(0, 10);

export function AllocationCard({ allocation, data, nameOf }: { allocation: AllocationRow; data: AllocationData; nameOf: EntryNamer }) {
  const { t, language } = useTranslation();
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const balance = data.balanceOf(allocation);
  const live = allocation.status !== 'withdrawn';

  const move = async (to: AllocationStatus) => {
    const result = await runAllocationWrite((db) => moveAllocation(db, {
      allocationId: allocation.id, to, expectedVersion: allocation.version, reason: reason.trim() || null,
    }), { key: `allocation.label.${to}`, params: { plots: allocation.plotCodes.join(', ') } }, t, nameOf);
    setError(result.saved ? null : result.message);
    if (result.saved) setReason('');
  };

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseUserNumber(amount, language);
    const problem = paymentError(value ?? NaN, paidOn);
    if (problem) { setError(t(`allocation.payment.error.${problem}`)); return; }
    const result = await runAllocationWrite((db) => recordPayment(db, { allocationId: allocation.id, amountVnd: value!, paidOn }),
      { key: 'allocation.label.payment', params: { amount: formatMoneyVnd(value!, language) } }, t, nameOf);
    setError(result.saved ? null : result.message);
    if (result.saved) setAmount('');
  };

  return (
    <article className={`allocation-card status-${allocation.status}`} data-testid="allocation-card" data-allocation={allocation.id}
      data-status={allocation.status} data-plots={allocation.plotCodes.join(',')}>
      <header>
        <strong>{t(allocation.plotCodes.length > 1 ? 'allocation.card.group' : 'allocation.card.plot', { plots: allocation.plotCodes.join(', ') })}</strong>
        <span className={`status-badge status-${allocation.status}`} data-testid="allocation-status">{t(`allocation.status.${allocation.status}`)}</span>
      </header>
      <dl className="allocation-figures">
        <dt>{t('allocation.card.area')}</dt><dd>{formatAreaM2(balance.areaM2, language)}{balance.corner ? ` · ${t('allocation.card.corner')}` : ''}</dd>
        <dt>{t(`allocation.card.due.${data.terms.mode}`)}</dt><dd data-testid="allocation-due">{formatMoneyVnd(balance.dueVnd, language)}</dd>
        <dt>{t('allocation.card.paid')}</dt><dd data-testid="allocation-paid">{formatMoneyVnd(balance.paidVnd, language)}</dd>
        <dt>{t('allocation.card.balance')}</dt><dd data-testid="allocation-balance">{formatMoneyVnd(balance.balanceVnd, language)}</dd>
      </dl>
      {balance.instalments.length > 0 && (
        <table className="payments" data-testid="payments">
          <thead><tr><th>{t('allocation.payment.date')}</th><th>{t('allocation.payment.amount')}</th></tr></thead>
          <tbody>{balance.instalments.map((p, i) => <tr key={i}><td>{formatDate(p.paidOn, language)}</td><td className="num">{formatMoneyVnd(p.amountVnd, language)}</td></tr>)}</tbody>
        </table>
      )}
      {live && (
        <>
          <label className="reason">{t('allocation.card.reason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="allocation-reason" maxLength={300} />
          </label>
          <div className="button-row">
            {nextStatuses(allocation.status).map((to) => {
              const blocked = to === 'paid' && !balance.paidInFull;
              return (
                <button key={to} type="button" className={to === 'withdrawn' ? 'ghost' : 'primary'} data-testid={`allocation-to-${to}`}
                  disabled={blocked} title={blocked ? t('allocation.card.payFirst') : undefined} onClick={() => void move(to)}>
                  {t(`allocation.action.${to}`)}
                </button>
              );
            })}
          </div>
          {allocation.status !== 'offered' && (
            <form className="payment-form" onSubmit={(e) => void pay(e)}>
              <label>{t('allocation.payment.amount')}<input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="payment-amount" /></label>
              <label>{t('allocation.payment.date')}<input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} data-testid="payment-date" /></label>
              <button type="submit" data-testid="payment-add">{t('allocation.payment.add')}</button>
            </form>
          )}
        </>
      )}
      {error && <p className="form-error" role="alert" data-testid="allocation-error">{error}</p>}
    </article>
  );
}

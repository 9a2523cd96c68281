/**
 * The editor of the register's trade list (reached from #/registry): add, rename, remove a trade no entry
 * uses, reorder. Every step is one edit through transact (src/db/register-trades.ts), so the notice's
 * Undo and Ctrl+Z take it back. Default trades show their words in both languages.
 */
import '../../i18n/registry-messages';
import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { tradesEdit, tradesEditLabel, type TradeEditKind } from '../../db/register-trades';
import {
  addTrade, isDefaultTrade, moveTrade, removeTrade, renameTrade, type RegisterEntry, type TradeItem, type TradeListResult,
} from '../../domain/register';
import { registryMessages } from '../../i18n/messages/registry';
import { formatInteger } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { reportWrite } from '../../state/commit';
import { DEFAULT_TRADE_WORDS, tradeName, useTradeList } from './trade-name';

export function TradeListEditor({ entries, onClose }: { entries: readonly RegisterEntry[]; onClose: () => void }) {
  const { t, language } = useTranslation();
  const titleId = useId();
  const list = useTradeList();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [added, setAdded] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const uses = useMemo(() => {
    const counts = new Map<string | null, number>();
    for (const entry of entries) counts.set(entry.trade, (counts.get(entry.trade) ?? 0) + 1);
    return counts;
  }, [entries]);

  type Step = (current: readonly TradeItem[], inUse: ReadonlySet<string | null>) => TradeListResult;
  // The step is tried on the list shown, for an immediate answer, then applied to the list as stored
  // when the write runs (another tab may have changed it since this one read it).
  const apply = async (step: Step, kind: TradeEditKind, name: string): Promise<boolean> => {
    const shown = step(list, new Set(uses.keys()));
    if (!shown.ok) {
      setProblem(t(`registryTrades.error.${shown.error}`));
      return false;
    }
    if (shown.list === list) return true;
    const result = await tradesEdit(database(), step, kind, name);
    // The stored list already was as asked (another tab did it): nothing written, nothing to undo.
    if (result.ok && result.entryId === null) return true;
    const saved = reportWrite(result, tradesEditLabel(kind, name), t, (refusal) => t(`registryTrades.error.${String(refusal)}`));
    setProblem(saved.saved ? null : saved.message);
    return saved.saved;
  };

  return (
    <ModalDialog titleId={titleId} className="trade-list-dialog" onClose={onClose}>
      <div data-testid="trade-list-editor">
        <h2 id={titleId}>{t('registryTrades.title')}</h2>
        <p className="hint">{t('registryTrades.hint')}</p>
        <ol className="trade-list">
          {list.map((item, index) => {
            const name = tradeName(item.id, t, list);
            const count = uses.get(item.id) ?? 0;
            return (
              <li key={item.id} data-testid="trade-list-item" data-trade-id={item.id}>
                {renaming?.id === item.id ? (
                  <form className="button-row" onSubmit={(e) => {
                    e.preventDefault();
                    void apply((current) => renameTrade(current, item.id, renaming.name, DEFAULT_TRADE_WORDS), 'renamed', renaming.name.trim()).then((ok) => ok && setRenaming(null));
                  }}>
                    <input data-testid="trade-rename-input" aria-label={t('registryTrades.rename')} value={renaming.name} autoFocus onChange={(e) => setRenaming({ id: item.id, name: e.target.value })} />
                    <button type="submit" className="primary">{t('registryTrades.save')}</button>
                    <button type="button" className="ghost" onClick={() => setRenaming(null)}>{t('registryTrades.cancel')}</button>
                  </form>
                ) : (
                  <>
                    <span className="trade-words">
                      <span className="trade-name" data-testid="trade-list-name">{name}</span>
                      {isDefaultTrade(item.id) && (
                        <small className="hint">{t('registryTrades.default', { vi: registryMessages.vi[`registry.trade.${item.id}`], en: registryMessages.en[`registry.trade.${item.id}`] })}</small>
                      )}
                      {count > 0 && <small className="hint">{t('registryTrades.inUse', { count: formatInteger(count, language) })}</small>}
                    </span>
                    <span className="trade-buttons">
                      <button type="button" className="ghost" disabled={index === 0} aria-label={`${t('registryTrades.up')}: ${name}`} onClick={() => void apply((current) => moveTrade(current, item.id, -1), 'moved', name)}>↑</button>
                      <button type="button" className="ghost" disabled={index === list.length - 1} aria-label={`${t('registryTrades.down')}: ${name}`} onClick={() => void apply((current) => moveTrade(current, item.id, 1), 'moved', name)}>↓</button>
                      <button type="button" data-testid="trade-rename" onClick={() => { setProblem(null); setRenaming({ id: item.id, name }); }}>{t('registryTrades.rename')}</button>
                      <button type="button" data-testid="trade-remove" disabled={count > 0} title={count > 0 ? t('registryTrades.error.in-use') : undefined}
                        onClick={() => void apply((current, inUse) => removeTrade(current, item.id, inUse), 'removed', name)}>{t('registryTrades.remove')}</button>
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
        <form className="button-row trade-add" onSubmit={(e) => {
          e.preventDefault();
          void apply((current) => addTrade(current, added, DEFAULT_TRADE_WORDS), 'added', added.trim()).then((ok) => ok && setAdded(''));
        }}>
          <input data-testid="trade-add-input" aria-label={t('registryTrades.newName')} placeholder={t('registryTrades.newName')} value={added} onChange={(e) => setAdded(e.target.value)} />
          <button type="submit" data-testid="trade-add">{t('registryTrades.add')}</button>
        </form>
        {problem && <p className="error" role="alert" data-testid="trade-list-problem">{problem}</p>}
        <div className="button-row end"><button type="button" className="primary" onClick={onClose}>{t('registryTrades.close')}</button></div>
      </div>
    </ModalDialog>
  );
}

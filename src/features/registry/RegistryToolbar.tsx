/** Search, trade and status filters, and the order of the register list. */
import { ENTRY_STATUSES, type SortKey } from '../../domain/register';
import { useTranslation } from '../../i18n/use-translation';
import { useRegistryView } from '../../state/registry-view';
import { tradeName, useTradeList } from './trade-name';

const SORTS: SortKey[] = ['createdAt', 'name', 'trade', 'areaNeededM2', 'registeredOn', 'status'];

export function RegistryToolbar({ trades }: { trades: readonly string[] }) {
  const { t } = useTranslation();
  const tradeList = useTradeList();
  const query = useRegistryView((state) => state.query);
  const setQuery = useRegistryView((state) => state.setQuery);
  return (
    <div className="registry-toolbar" role="search">
      <input
        type="search"
        data-testid="registry-search"
        placeholder={t('registry.search')}
        aria-label={t('registry.search')}
        value={query.text}
        onChange={(e) => setQuery({ text: e.target.value })}
      />
      <label>
        <span>{t('registry.filter.trade')}</span>
        <select data-testid="registry-filter-trade" value={query.trade ?? ''} onChange={(e) => setQuery({ trade: e.target.value || null })}>
          <option value="">{t('registry.filter.all')}</option>
          {trades.map((trade) => <option key={trade} value={trade}>{tradeName(trade, t, tradeList)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('registry.filter.status')}</span>
        <select data-testid="registry-filter-status" value={query.status ?? ''} onChange={(e) => setQuery({ status: (e.target.value || null) as typeof query.status })}>
          <option value="">{t('registry.filter.all')}</option>
          {ENTRY_STATUSES.map((status) => <option key={status} value={status}>{t(`registry.status.${status}`)}</option>)}
        </select>
      </label>
      <label>
        <span>{t('registry.sort')}</span>
        <select data-testid="registry-sort" value={query.sort} onChange={(e) => setQuery({ sort: e.target.value as SortKey })}>
          {SORTS.map((sort) => <option key={sort} value={sort}>{t(`registry.sort.${sort}`)}</option>)}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={query.descending} onChange={(e) => setQuery({ descending: e.target.checked })} />
        <span>{t('registry.sort.descending')}</span>
      </label>
    </div>
  );
}

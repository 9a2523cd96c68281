/**
 * #/registry: the register of relocating households and enterprises. Opens on the list (search, filters,
 * order, add/edit/delete with undo, import, export, backup and restore), with the map of plots by status
 * and the selected entry's allocation beside it (below it on a narrow screen), both from the allocation
 * part (./allocation). Its words load with this chunk.
 */
import '../../i18n/registry-messages';
import './registry.css';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { deleteEntryEdit } from '../../db/register';
import { filterEntries, orderEntries, tradeIds, type RegisterEntry } from '../../domain/register';
import { formatInteger } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { commitEdit } from '../../state/commit';
import { useRegistryView } from '../../state/registry-view';
import { AllocationSide, RegistryDashboard } from './allocation';
import { BackupControls } from './BackupControls';
import { EntryForm } from './EntryForm';
import { RegisterExports } from './RegisterExports';
import { RegisterImport } from './RegisterImport';
import { RegisterEntriesContext } from './register-entries-context';
import { RegisterList } from './RegisterList';
import { RegistryToolbar } from './RegistryToolbar';
import { StorageStatus } from './StorageStatus';
import { TradeListEditor } from './TradeListEditor';
import { tradeName, useTradeList } from './trade-name';
import { useRegister } from './use-register';

// The parts that do not depend on the search: a keystroke re-renders the list, not the map beside it,
// the import and export controls or the backup.
const SideOfList = memo(AllocationSide);
const ImportControl = memo(RegisterImport);
const ExportControl = memo(RegisterExports);
const Safety = memo(function Safety({ label }: { label: string }) {
  return (
    <div className="registry-safety" role="group" aria-label={label}>
      <BackupControls />
      <StorageStatus />
    </div>
  );
});
const NO_ENTRIES: readonly RegisterEntry[] = [];

export default function RegistryPage() {
  const { t, language } = useTranslation();
  const { entries, statusOf } = useRegister();
  const query = useRegistryView((state) => state.query);
  const selectedEntryId = useRegistryView((state) => state.selectedEntryId);
  const tab = useRegistryView((state) => state.tab);
  const select = useRegistryView((state) => state.select);
  const setTab = useRegistryView((state) => state.setTab);
  const [editing, setEditing] = useState<RegisterEntry | 'new' | null>(null);
  const deferredQuery = useDeferredValue(query);
  const tradeList = useTradeList();
  const [editingTrades, setEditingTrades] = useState(false);
  const trades = useMemo(() => tradeIds(tradeList, (entries ?? []).map((entry) => entry.trade)), [tradeList, entries]);
  // Ordered once per order, entries and statuses; a keystroke only filters that order (no sort).
  const { sort, descending, text, trade, status } = deferredQuery;
  const ordered = useMemo(
    () => (entries ? orderEntries(entries, statusOf, { sort, descending }, (id) => tradeName(id, t, tradeList)) : []),
    [entries, statusOf, sort, descending, t, tradeList],
  );
  const shown = useMemo(() => filterEntries(ordered, statusOf, { text, trade, status }), [ordered, statusOf, text, trade, status]);
  const remove = useCallback((entry: RegisterEntry) => {
    if (!window.confirm(t('registry.deleteConfirm', { name: entry.name }))) return;
    if (useRegistryView.getState().selectedEntryId === entry.id) select(null);
    void commitEdit(deleteEntryEdit(entry), t);
  }, [t, select]);

  return (
    <RegisterEntriesContext.Provider value={entries}>
    <section className="registry-page" data-testid="registry-page">
      <div className="registry-main">
        <div className="registry-head">
          <h1>{t('registry.title')}</h1>
          <div className="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'list'} data-testid="registry-tab-list" onClick={() => setTab('list')}>{t('registry.tab.list')}</button>
            <button type="button" role="tab" aria-selected={tab === 'dashboard'} data-testid="registry-tab-dashboard" onClick={() => setTab('dashboard')}>{t('registry.tab.dashboard')}</button>
          </div>
        </div>
        {tab === 'dashboard' ? <RegistryDashboard /> : (
          <>
            <div className="registry-actions button-row">
              <button type="button" className="primary" data-testid="registry-add" onClick={() => setEditing('new')}>{t('registry.add')}</button>
              <ImportControl entries={entries ?? NO_ENTRIES} />
              <ExportControl entries={entries ?? NO_ENTRIES} statusOf={statusOf} />
              <button type="button" data-testid="registry-trades-open" onClick={() => setEditingTrades(true)}>{t('registryTrades.open')}</button>
            </div>
            <RegistryToolbar trades={trades} />
            <p className="registry-count" data-testid="registry-count" aria-live="polite">{t('registry.count', { shown: formatInteger(shown.length, language), total: formatInteger(entries?.length ?? 0, language) })}</p>
            {entries && entries.length === 0 && <p className="empty" data-testid="registry-empty">{t('registry.empty')}</p>}
            {entries && entries.length > 0 && shown.length === 0 && <p className="empty">{t('registry.noMatch')}</p>}
            <RegisterList entries={shown} statusOf={statusOf} selectedId={selectedEntryId} onSelect={select} onEdit={setEditing} onDelete={remove} />
            <Safety label={t('registry.safety')} />
          </>
        )}
      </div>
      <aside className="registry-side" aria-label={t('registry.map.title')}>
        <SideOfList selectedEntryId={selectedEntryId} />
      </aside>
      {editingTrades && <TradeListEditor entries={entries ?? NO_ENTRIES} onClose={() => setEditingTrades(false)} />}
      {editing && <EntryForm entry={editing === 'new' ? null : editing} trades={trades} onClose={() => setEditing(null)} />}
    </section>
    </RegisterEntriesContext.Provider>
  );
}

/**
 * A minimal #/registry for the allocation's own tests before the merge (the register's engineer owns
 * the real page: list, entry commands, import/export, backup). A plain list to pick an entry, the
 * allocation beside it, and the dashboard tab.
 */
import { useState } from 'react';
import { database } from '../../db/database';
import { liveEntries } from '../../db/allocation-reads';
import { useLiveQuery } from '../../db/live-query';
import { useTranslation } from '../../i18n/use-translation';
import '../../i18n/allocation-messages';
import { AllocationSide, RegistryDashboard } from './allocation';

export default function RegistryPage() {
  const { t } = useTranslation();
  const entries = useLiveQuery(() => liveEntries(database()), []);
  const [tab, setTab] = useState<'list' | 'dashboard'>('list');
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="registry-page">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'list'} onClick={() => setTab('list')} data-testid="registry-tab-list">{t('allocation.page.list')}</button>
        <button type="button" role="tab" aria-selected={tab === 'dashboard'} onClick={() => setTab('dashboard')} data-testid="registry-tab-dashboard">{t('allocation.page.dashboard')}</button>
      </div>
      {tab === 'dashboard' ? <RegistryDashboard /> : (
        <div className="registry-split">
          <ul className="registry-list" data-testid="registry-list">
            {entries?.length === 0 && <li className="muted">{t('allocation.page.empty')}</li>}
            {entries?.map((entry) => (
              <li key={entry.id}>
                <button type="button" className={selected === entry.id ? 'primary' : 'ghost'} aria-pressed={selected === entry.id}
                  onClick={() => setSelected(entry.id)} data-testid="registry-entry" data-entry={entry.id}>{entry.name}</button>
              </li>
            ))}
          </ul>
          <div className="registry-side"><AllocationSide selectedEntryId={selected} /></div>
        </div>
      )}
    </div>
  );
}

/**
 * The register list: only the rows in view are in the page (@tanstack/react-virtual), so 10,000 entries
 * scroll and filter without delay. Names and notes are React text, never HTML. A row selects its entry
 * (the allocation side shows it); Edit and Delete act on it (delete through commitEdit, with Undo).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { EntryStatus, RegisterEntry } from '../../domain/register';
import { formatAreaM2 } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { tradeName, useTradeList } from './trade-name';

const ROW_HEIGHT_PX = 64;

interface RowProps {
  readonly entry: RegisterEntry;
  readonly status: EntryStatus;
  readonly tradeText: string | null;
  readonly selected: boolean;
  readonly top: number;
  readonly onSelect: (entryId: string) => void;
  readonly onEdit: (entry: RegisterEntry) => void;
  readonly onDelete: (entry: RegisterEntry) => void;
}

/** One row; memoised, so a keystroke that keeps a row in view with the same entry does not render it again. */
const RegisterRow = memo(function RegisterRow({ entry, status, tradeText, selected, top, onSelect, onEdit, onDelete }: RowProps) {
  const { t, language } = useTranslation();
  return (
    <div
      role="listitem"
      className={selected ? 'register-row selected' : 'register-row'}
      data-testid="registry-row"
      data-entry-id={entry.id}
      aria-current={selected ? 'true' : undefined}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT_PX, transform: `translateY(${top}px)` }}
    >
      <button type="button" className="register-row-main" onClick={() => onSelect(entry.id)}>
        <span className="register-name" data-testid="registry-name">{entry.name}</span>
        <span className="register-meta">
          {[tradeText, entry.areaNeededM2 !== null ? formatAreaM2(entry.areaNeededM2, language) : null, entry.phone, entry.wishes.length ? `${t('registry.column.wishes')}: ${entry.wishes.join(', ')}` : null]
            .filter(Boolean).join(' · ')}
        </span>
      </button>
      <span className={`status-badge status-${status}`} data-testid="registry-status">{t(`registry.status.${status}`)}</span>
      <span className="register-row-actions">
        <button type="button" className="ghost" data-testid="registry-edit" onClick={() => onEdit(entry)}>{t('registry.edit')}</button>
        <button type="button" className="ghost danger" data-testid="registry-delete" onClick={() => onDelete(entry)}>{t('registry.delete')}</button>
      </span>
    </div>
  );
});

export function RegisterList({ entries, statusOf, selectedId, onSelect, onEdit, onDelete }: {
  entries: readonly RegisterEntry[];
  statusOf: (entryId: string) => EntryStatus;
  selectedId: string | null;
  onSelect: (entryId: string) => void;
  onEdit: (entry: RegisterEntry) => void;
  onDelete: (entry: RegisterEntry) => void;
}) {
  const { t } = useTranslation();
  const tradeList = useTradeList();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions change on every scroll by design: this component is not memoised, and passes none of them on.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 8,
    getItemKey: (index) => entries[index].id,
  });

  return (
    // Hidden while empty: the page says why there is nothing (no entry yet, or none matching), and an
    // empty framed box below that read as a list failing to load.
    <div ref={scroller} className="register-list" data-testid="registry-list" role="list" aria-label={t('registry.title')} hidden={entries.length === 0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          return (
            <RegisterRow
              key={item.key}
              entry={entry}
              status={statusOf(entry.id)}
              tradeText={entry.trade === null ? null : tradeName(entry.trade, t, tradeList)}
              selected={entry.id === selectedId}
              top={item.start}
              onSelect={onSelect}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          );
        })}
      </div>
    </div>
  );
}

/**
 * The "Xuất" (Export) menu: the whole register (whatever the list shows) as .xlsx (writer loaded on demand) or CSV, with the allocation
 * status; trades are written as the stored trade list names them, as the screen shows them. The menu says
 * the files hold personal data (Decree 13/2023/NĐ-CP).
 */
import { useState } from 'react';
import { downloadFile } from '../../app/download';
import type { EntryStatus, RegisterEntry } from '../../domain/register';
import { useTranslation } from '../../i18n/use-translation';
import { useTradeList } from './trade-name';

const today = () => new Date().toISOString().slice(0, 10);

export function RegisterExports({ entries, statusOf }: { entries: readonly RegisterEntry[]; statusOf: (id: string) => EntryStatus }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const trades = useTradeList();
  const baseName = `${t('registry.export.fileName')}-${today()}`;
  const xlsx = async () => {
    setBusy(true);
    try {
      const { registerXlsxBytes, XLSX_MIME_TYPE } = await import('../../io/register-export/register.xlsx');
      downloadFile(await registerXlsxBytes(entries, statusOf, trades), `${baseName}.xlsx`, XLSX_MIME_TYPE);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };
  const csv = async () => {
    const { registerCsv } = await import('../../io/register-export/register.csv');
    downloadFile(registerCsv(entries, statusOf, trades), `${baseName}.csv`, 'text/csv;charset=utf-8');
    setOpen(false);
  };
  return (
    <div className="menu-anchor">
      <button type="button" data-testid="registry-export" aria-expanded={open} onClick={() => setOpen(!open)}>{t('registry.export.menu')}</button>
      {open && (
        <div className="popup-menu" role="menu">
          <button type="button" role="menuitem" data-testid="registry-export-xlsx" disabled={busy} aria-busy={busy} onClick={() => void xlsx()}>{t('registry.export.xlsx')}</button>
          <button type="button" role="menuitem" data-testid="registry-export-csv" onClick={() => void csv()}>{t('registry.export.csv')}</button>
          <p className="menu-note">{t('registry.export.personalData')}</p>
        </div>
      )}
    </div>
  );
}

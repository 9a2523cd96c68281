/** Exports of the recovery table: .xlsx for people, CSV for machines, CSV for Vietnamese Excel. */
import { useState } from 'react';
import { downloadFile } from '../../app/download';
import { useSetting } from '../../db/use-setting';
import type { CompensationEstimate } from '../../domain/land-recovery';
import { recoveryTableCsv } from '../../io/recovery-table.csv';
import { useTranslation } from '../../i18n/use-translation';

const today = () => new Date().toISOString().slice(0, 10);

export function RecoveryExports({ estimate }: { estimate: CompensationEstimate }) {
  const { t, language } = useTranslation();
  const placeNames = useSetting('placeNames');
  const [busy, setBusy] = useState(false);
  const baseName = `${t('recovery.export.fileName')}-${today()}`;

  const exportXlsx = async () => {
    setBusy(true);
    try {
      // The spreadsheet writer is loaded only when someone asks for a spreadsheet.
      const { recoveryXlsxBlob } = await import('../../io/recovery-table.xlsx');
      const blob = await recoveryXlsxBlob(estimate, { placeNames, language, date: today() });
      downloadFile(blob, `${baseName}.xlsx`, blob.type);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="button-row" role="group" aria-label={t('recovery.export.title')}>
      <button type="button" data-testid="export-xlsx" disabled={busy} aria-busy={busy} onClick={() => void exportXlsx()}>{t('recovery.export.xlsx')}</button>
      <button type="button" data-testid="export-csv" onClick={() => downloadFile(recoveryTableCsv(estimate), `${baseName}.csv`, 'text/csv;charset=utf-8')}>
        {t('recovery.export.csv')}
      </button>
      <button type="button" onClick={() => downloadFile(recoveryTableCsv(estimate, { variant: 'excel-vi' }), `${baseName}-excel.csv`, 'text/csv;charset=utf-8')}>
        {t('recovery.export.csvExcelVi')}
      </button>
    </div>
  );
}

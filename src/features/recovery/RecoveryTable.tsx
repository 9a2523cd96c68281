/** One row per recovered parcel, with the money per component; extras editable per row. */
import { useState } from 'react';
import type { CompensationEstimate, CompensationRow } from '../../domain/land-recovery';
import { formatAreaM2, formatInteger, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { ExtrasDialog } from './ExtrasDialog';

export function RecoveryTable({ estimate, layerKey }: { estimate: CompensationEstimate; layerKey: string }) {
  const { t, language } = useTranslation();
  const [editing, setEditing] = useState<CompensationRow | null>(null);
  const money = (v: number) => formatInteger(v, language);
  const area = (v: number) => formatAreaM2(v, language).replace(/\s?m²$/, '');
  const { totals } = estimate;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="recovery-table">
        <thead>
          <tr>
            <th>{t('recovery.column.index')}</th>
            <th>{t('recovery.column.sheetNo')}</th>
            <th>{t('recovery.column.parcelNo')}</th>
            <th>{t('recovery.column.landUseCode')}</th>
            <th className="text">{t('recovery.column.landUser')}</th>
            <th>{t('recovery.column.parcelArea')}</th>
            <th>{t('recovery.column.recoveredArea')}</th>
            <th>{t('recovery.column.extent')}</th>
            <th>{t('recovery.column.land')}</th>
            <th>{t('recovery.column.crops')}</th>
            <th>{t('recovery.column.structures')}</th>
            <th>{t('recovery.column.gravesAmount')}</th>
            <th>{t('recovery.column.support')}</th>
            <th>{t('recovery.column.total')}</th>
            <th><span className="visually-hidden">{t('recovery.extras.edit')}</span></th>
          </tr>
        </thead>
        <tbody>
          {estimate.rows.map((row, i) => (
            <tr key={row.parcelId}>
              <td className="num">{i + 1}</td>
              <td className="num">{row.sheetNo}</td>
              <td className="num"><a href={`#/parcels/${row.parcelId}`}>{row.parcelNo}</a></td>
              <td>{row.landUseCode}</td>
              <td className="text">{row.landUserName}{row.note && <span className="note"> — {row.note}</span>}</td>
              <td className="num">{area(row.parcelAreaM2)}</td>
              <td className="num">{area(row.recoveredAreaM2Stated)}</td>
              <td title={row.extent === 'part' ? t('recovery.extentHelp', { remaining: formatAreaM2(row.remainingAreaM2, language) }) : undefined}>
                {row.extent === 'whole' ? t('recovery.extent.whole') : `${t('recovery.extent.part')} (${formatPercent(row.recoveredShare, language, 0)})`}
              </td>
              <td className="num">{money(row.landVnd)}</td>
              <td className="num">{money(row.cropsVnd)}</td>
              <td className="num">{money(row.structuresVnd)}</td>
              <td className="num">{money(row.gravesVnd)}</td>
              <td className="num">{money(row.supportVnd)}</td>
              <td className="num strong">{money(row.totalVnd)}</td>
              <td><button type="button" className="small" onClick={() => setEditing(row)} aria-label={t('recovery.extras.edit')}>✎</button></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={6} className="text">{t('recovery.totals.sum')}</th>
            <td className="num strong">{area(totals.recoveredAreaM2Stated)}</td>
            <td />
            <td className="num">{money(totals.landVnd)}</td>
            <td className="num">{money(totals.cropsVnd)}</td>
            <td className="num">{money(totals.structuresVnd)}</td>
            <td className="num">{money(totals.gravesVnd)}</td>
            <td className="num">{money(totals.supportVnd)}</td>
            <td className="num strong">{money(totals.totalVnd)}</td>
            <td />
          </tr>
          <tr>
            <th colSpan={13} className="text">{t('recovery.totals.organisation', { share: formatPercent(estimate.rates.organisationShare, language) })}</th>
            <td className="num">{money(totals.organisationVnd)}</td>
            <td />
          </tr>
          <tr>
            <th colSpan={13} className="text">{t('recovery.totals.grandTotal')}</th>
            <td className="num strong">{money(totals.grandTotalVnd)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="help">{t('recovery.totals.roundingNote')}</p>
      {editing && <ExtrasDialog key={language} row={editing} layerKey={layerKey} onClose={() => setEditing(null)} />}
    </div>
  );
}

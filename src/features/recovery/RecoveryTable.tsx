/** One row per recovered parcel, with the money per component; extras editable per row. */
import { useState, type ReactNode } from 'react';
import { useSetting } from '../../db/use-setting';
import type { CompensationEstimate, CompensationRow } from '../../domain/land-recovery';
import { landUserName } from '../../domain/land-user-name';
import { formatAreaM2, formatInteger, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { ExtrasDialog } from './ExtrasDialog';

/**
 * A footer label spanning the columns before its figure: `wide` columns when all are shown, `narrow`
 * when the secondary ones are hidden (app.css shows one of the two cells).
 */
function SpanTh({ wide, narrow, children }: { wide: number; narrow: number; children: ReactNode }) {
  return (
    <>
      <th colSpan={wide} className="text span-wide">{children}</th>
      <th colSpan={narrow} className="text span-narrow">{children}</th>
    </>
  );
}

export function RecoveryTable({ estimate, layerKey }: { estimate: CompensationEstimate; layerKey: string }) {
  const { t, language } = useTranslation();
  const places = useSetting('placeNames');
  const [editing, setEditing] = useState<CompensationRow | null>(null);
  const money = (v: number) => formatInteger(v, language);
  const area = (v: number) => formatAreaM2(v, language).replace(/\s?m²$/, '');
  const { totals } = estimate;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="recovery-table">
        <thead>
          <tr>
            <th className="secondary">{t('recovery.column.index')}</th>
            <th>{t('recovery.column.sheetNo')}</th>
            <th>{t('recovery.column.parcelNo')}</th>
            <th>{t('recovery.column.landUseCode')}</th>
            <th className="text">{t('recovery.column.landUser')}</th>
            <th className="secondary">{t('recovery.column.parcelArea')}</th>
            <th>{t('recovery.column.recoveredArea')}</th>
            <th>{t('recovery.column.extent')}</th>
            <th>{t('recovery.column.land')}</th>
            <th className="secondary">{t('recovery.column.crops')}</th>
            <th className="secondary">{t('recovery.column.structures')}</th>
            <th className="secondary">{t('recovery.column.gravesAmount')}</th>
            <th className="secondary">{t('recovery.column.support')}</th>
            <th>{t('recovery.column.total')}</th>
            <th><span className="visually-hidden">{t('recovery.extras.edit')}</span></th>
          </tr>
        </thead>
        <tbody>
          {estimate.rows.map((row, i) => (
            <tr key={row.parcelId}>
              <td className="num secondary">{i + 1}</td>
              <td className="num">{row.sheetNo}</td>
              <td className="num"><a href={`#/parcels/${row.parcelId}`}>{row.parcelNo}</a></td>
              <td>{row.landUseCode}</td>
              <td className="text">{landUserName(row.landUserName, places, language)}{row.note && <span className="note"> — {row.note}</span>}</td>
              <td className="num secondary">{area(row.parcelAreaM2)}</td>
              <td className="num">{area(row.recoveredAreaM2Stated)}</td>
              <td title={row.extent === 'part' ? t('recovery.extentHelp', { remaining: formatAreaM2(row.remainingAreaM2, language) }) : undefined}>
                {row.extent === 'whole' ? t('recovery.extent.whole') : `${t('recovery.extent.part')} (${formatPercent(row.recoveredShare, language, 0)})`}
              </td>
              <td className="num">{money(row.landVnd)}</td>
              <td className="num secondary">{money(row.cropsVnd)}</td>
              <td className="num secondary">{money(row.structuresVnd)}</td>
              <td className="num secondary">{money(row.gravesVnd)}</td>
              <td className="num secondary">{money(row.supportVnd)}</td>
              <td className="num strong">{money(row.totalVnd)}</td>
              <td><button type="button" className="small" onClick={() => setEditing(row)} aria-label={t('recovery.extras.edit')}>✎</button></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <SpanTh wide={6} narrow={4}>{t('recovery.totals.sum')}</SpanTh>
            <td className="num strong">{area(totals.recoveredAreaM2Stated)}</td>
            <td />
            <td className="num">{money(totals.landVnd)}</td>
            <td className="num secondary">{money(totals.cropsVnd)}</td>
            <td className="num secondary">{money(totals.structuresVnd)}</td>
            <td className="num secondary">{money(totals.gravesVnd)}</td>
            <td className="num secondary">{money(totals.supportVnd)}</td>
            <td className="num strong">{money(totals.totalVnd)}</td>
            <td />
          </tr>
          <tr>
            <SpanTh wide={13} narrow={7}>{t('recovery.totals.organisation', { share: formatPercent(estimate.rates.organisationShare, language) })}</SpanTh>
            <td className="num">{money(totals.organisationVnd)}</td>
            <td />
          </tr>
          <tr>
            <SpanTh wide={13} narrow={7}>{t('recovery.totals.grandTotal')}</SpanTh>
            <td className="num strong">{money(totals.grandTotalVnd)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="help">{t('recovery.totals.roundingNote')}</p>
      <p className="help narrow-note">{t('table.columnsHidden')}</p>
      {editing && <ExtrasDialog key={language} row={editing} layerKey={layerKey} onClose={() => setEditing(null)} />}
    </div>
  );
}

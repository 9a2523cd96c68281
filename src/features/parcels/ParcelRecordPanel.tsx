/**
 * A parcel's record: numbers, land use, areas, land user, and the VN-2000 corner table; or, for an
 * address that names no parcel of the layer (#/parcels/99/999), a clear "no such parcel" with a way back.
 */
import type { ParcelRecord } from '../../domain/parcel-record';
import type { PlanePolygon } from '../../geo/plane-measure';
import { useInsideZoneArea } from './use-inside-zone-area';
import { useSetting } from '../../db/use-setting';
import { landUseCodeInfo } from '../../domain/land-use-codes';
import { landUserName } from '../../domain/land-user-name';
import { formatAreaM2, formatCoordinateM, formatLengthM, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';

export function ParcelRecordPanel({ record, zone, crs, onClose }: { record: ParcelRecord; zone: PlanePolygon | null; crs: string; onClose: () => void }) {
  const { t, language } = useTranslation();
  const { parcel } = record;
  const places = useSetting('placeNames');
  const inside = useInsideZoneArea(parcel, zone);
  const insideText =
    inside === undefined ? '…' : inside === null || inside < 0.05
      ? t('record.insideZoneNone')
      : `${formatAreaM2(inside, language)} (${
          inside >= record.areaM2 - 0.05
            ? t('record.insideZoneAll')
            : t('record.insideZoneShare', { share: formatPercent(inside / record.areaM2, language) })
        })`;

  return (
    <section className="parcel-record" data-testid="parcel-record" aria-labelledby="parcel-record-title">
      <header>
        <h2 id="parcel-record-title">{t('record.title', { sheet: parcel.sheetNo, parcel: parcel.parcelNo })}</h2>
        <button type="button" className="ghost close" onClick={onClose} aria-label={t('record.close')}>×</button>
      </header>
      <dl className="record-fields">
        <dt>{t('record.sheet')}</dt><dd data-testid="record-sheet">{parcel.sheetNo}</dd>
        <dt>{t('record.parcel')}</dt><dd data-testid="record-parcel">{parcel.parcelNo}</dd>
        <dt>{t('record.landUse')}</dt>
        <dd data-testid="record-landuse"><strong>{parcel.landUseCode}</strong> — {landUseCodeInfo(parcel.landUseCode).name[language]}</dd>
        <dt>{t('record.area')}</dt><dd data-testid="record-area">{formatAreaM2(record.areaM2, language)}</dd>
        {parcel.registeredAreaM2 !== null && (
          <>
            <dt>{t('record.registeredArea')}</dt><dd>{formatAreaM2(parcel.registeredAreaM2, language)}</dd>
          </>
        )}
        <dt>{t('record.user')}</dt><dd data-testid="record-user">{landUserName(parcel.landUser, places, language)}</dd>
        <dt>{t('record.insideZone')}</dt>
        {inside === undefined ? <dd aria-busy="true">…</dd> : <dd data-testid="record-inside-zone">{insideText}</dd>}
        <dt>{t('record.perimeter')}</dt><dd>{formatLengthM(record.perimeterM, language)}</dd>
      </dl>
      {record.cornerTables.map((rows, ringIndex) => (
        <table key={ringIndex} className="corner-table" data-testid={ringIndex === 0 ? 'corner-table' : undefined}>
          <caption>{ringIndex === 0 ? t('record.corners', { crs }) : t('record.hole', { n: ringIndex })}</caption>
          <thead>
            <tr><th scope="col">{t('record.cornerNo')}</th><th scope="col">{t('record.cornerX')}</th><th scope="col">{t('record.cornerY')}</th><th scope="col">{t('record.edge')}</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.pointNo}>
                <td>{row.pointNo}</td>
                <td className="num">{formatCoordinateM(row.x, language)}</td>
                <td className="num">{formatCoordinateM(row.y, language)}</td>
                <td className="num" title={t('record.edgeTo', { from: row.pointNo, to: row.pointNo === rows.length ? 1 : row.pointNo + 1 })}>
                  {formatLengthM(row.edgeToNextM, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

/** What #/parcels/<sheet>/<parcel> shows when the open layer has no such parcel (a stale or mistyped link). */
export function ParcelNotFound({ parcelId, layerName, onBack }: { parcelId: string; layerName: string; onBack: () => void }) {
  const { t } = useTranslation();
  const [sheet, parcel] = parcelId.split('/');
  return (
    <section className="parcel-record parcel-not-found" data-testid="parcel-not-found" aria-labelledby="parcel-not-found-title">
      <h2 id="parcel-not-found-title">{t('record.notFound', { sheet, parcel })}</h2>
      <p className="help">{t('record.notFoundHelp', { layer: layerName })}</p>
      <button type="button" onClick={onBack} data-testid="parcel-not-found-back">{t('record.notFoundBack')}</button>
    </section>
  );
}

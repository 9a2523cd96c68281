/** Totals per land user and per land-use code: what each household gives up, and of which land. */
import { useSetting } from '../../db/use-setting';
import type { CompensationEstimate } from '../../domain/land-recovery';
import { landUserName } from '../../domain/land-user-name';
import { landUseCodeInfo } from '../../domain/land-use-codes';
import { formatAreaM2, formatInteger } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';

export function LandUserTable({ estimate }: { estimate: CompensationEstimate }) {
  const { t, language } = useTranslation();
  const places = useSetting('placeNames');
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="recovery-by-user">
        <thead>
          <tr>
            <th>{t('recovery.column.index')}</th><th className="text">{t('recovery.column.landUser')}</th>
            <th>{t('recovery.column.parcelCount')}</th><th>{t('recovery.column.recoveredArea')}</th>
            <th>{t('recovery.column.land')}</th><th>{t('recovery.column.support')}</th><th>{t('recovery.column.total')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.byLandUser.map((row, i) => (
            <tr key={row.landUser}>
              <td className="num">{i + 1}</td>
              <td className="text">{landUserName(row.landUser, places, language)}</td>
              <td className="num">{row.parcels}</td>
              <td className="num">{formatAreaM2(row.recoveredAreaM2Stated, language)}</td>
              <td className="num">{formatInteger(row.landVnd, language)}</td>
              <td className="num">{formatInteger(row.supportVnd, language)}</td>
              <td className="num strong">{formatInteger(row.totalVnd, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LandUseCodeTable({ estimate }: { estimate: CompensationEstimate }) {
  const { t, language } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="recovery-by-code">
        <thead>
          <tr>
            <th>{t('recovery.column.landUseCode')}</th><th className="text">{t('recovery.column.landUseName')}</th>
            <th>{t('recovery.column.parcelCount')}</th><th>{t('recovery.column.recoveredArea')}</th><th>{t('recovery.column.total')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.byLandUseCode.map((row) => (
            <tr key={row.landUseCode}>
              <td><span className="swatch" style={{ background: landUseCodeInfo(row.landUseCode).color }} /> {row.landUseCode}</td>
              <td className="text">{landUseCodeInfo(row.landUseCode).name[language]}</td>
              <td className="num">{row.parcels}</td>
              <td className="num">{formatAreaM2(row.recoveredAreaM2Stated, language)}</td>
              <td className="num strong">{formatInteger(row.totalVnd, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

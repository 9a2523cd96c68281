/**
 * "Where am I": the plot and parcel under the position, who the plot is allocated or offered to (read
 * only from the register), the distance to the plot's nearest boundary, X/Y and WGS84.
 */
import { usePlotHolder } from '../../db/plot-allocations';
import { toXY } from '../../geo/coordinates';
import { formatCoordinateM, formatDecimal, formatLengthM } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { useFieldSession } from '../../state/field-session';
import type { FieldData } from './field-data';
import { TypedPositionForm } from './TypedPositionForm';
import type { FieldPlace } from './use-field-place';

export function WherePanel({ data, here, variantId }: { data: FieldData; here: FieldPlace; variantId: string }) {
  const { t, language } = useTranslation();
  const location = useFieldSession((s) => s.location);
  const { position, place, poor } = here;
  const parcel = place?.parcelId ? data.parcels.find((p) => p.id === place.parcelId) : null;
  return (
    <section className="field-where" aria-live="polite">
      {!position && <p className="field-status" data-testid="field-location-status">{t(`field.location.${location}`)}</p>}
      {position && (
        <>
          <div className="field-plot-box">
            <span className="field-label">{t('field.plot')}</span>
            <strong className="field-plot" data-testid="field-plot" data-plot={place?.plotCode ?? ''}>
              {place?.plotCode ?? t(place?.area ? 'field.plot.none' : 'field.plot.outside')}
            </strong>
            {poor && place?.plotCode && <span className="field-uncertain" data-testid="field-plot-uncertain">{t('field.plot.uncertain')}</span>}
          </div>
          {place?.area && <p className="field-area-note" data-testid="field-area" data-area={place.area}>{t(`field.area.${place.area}`)}</p>}
          {place?.onBoundary && <p className="field-boundary-note" data-testid="field-on-boundary">{t('field.plot.onBoundary')}</p>}
          <dl className="field-facts">
            {place?.plotCode && <PlotHolderFacts variantId={variantId} code={place.plotCode} />}
            {place?.boundaryDistanceM !== null && place?.boundaryDistanceM !== undefined && (
              <>
                <dt>{t('field.boundary')}</dt>
                <dd data-testid="field-boundary-distance" data-value={place.boundaryDistanceM}>{formatLengthM(place.boundaryDistanceM, language)}</dd>
              </>
            )}
            {place?.nearestPlot && (
              <>
                <dt>{t('field.nearest')}</dt>
                <dd data-testid="field-nearest-plot" data-plot={place.nearestPlot.code} data-distance={place.nearestPlot.distanceM} data-bearing={place.nearestPlot.gridBearingDeg}>
                  {t('field.nearest.value', {
                    code: place.nearestPlot.code,
                    distance: formatLengthM(place.nearestPlot.distanceM, language),
                    direction: t(`field.direction.${Math.round(place.nearestPlot.gridBearingDeg / 45) % 8}`),
                    bearing: formatDecimal(place.nearestPlot.gridBearingDeg, language, 0),
                  })}
                </dd>
              </>
            )}
            <dt>{t('field.parcel')}</dt>
            <dd data-testid="field-parcel" data-parcel={parcel?.id ?? ''}>
              {parcel ? t('field.parcel.value', { sheet: parcel.sheetNo, parcel: parcel.parcelNo }) : t('field.parcel.none')}
            </dd>
            <dt>{t('field.x')}</dt><dd data-testid="field-x" className="num">{formatCoordinateM(toXY(position.point).x, language)}</dd>
            <dt>{t('field.y')}</dt><dd data-testid="field-y" className="num">{formatCoordinateM(toXY(position.point).y, language)}</dd>
            <dt>{t('field.lat')}</dt><dd data-testid="field-lat" className="num">{formatDecimal(position.lngLat[1], language, 8)}°</dd>
            <dt>{t('field.lng')}</dt><dd data-testid="field-lng" className="num">{formatDecimal(position.lngLat[0], language, 8)}°</dd>
          </dl>
        </>
      )}
      <TypedPositionForm data={data} />
    </section>
  );
}

/** The household/enterprise holding the plot and the allocation's status, as the register has them. */
function PlotHolderFacts({ variantId, code }: { variantId: string; code: string }) {
  const { t } = useTranslation();
  const holder = usePlotHolder(variantId, code);
  const status = holder?.allocation.status ?? '';
  return (
    <>
      <dt>{t('field.holder')}</dt>
      <dd data-testid="field-holder" data-status={status} data-entry={holder?.entry?.id ?? ''}>
        {holder === undefined ? t('field.holder.reading')
          : holder === null ? t('field.holder.none')
            : <><span data-testid="field-holder-name">{holder.entry?.name ?? t('field.holder.unknown')}</span>
              {' — '}<span data-testid="field-holder-status">{t(`field.holder.status.${status}`)}</span></>}
      </dd>
    </>
  );
}

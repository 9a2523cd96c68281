/**
 * Stake-out (cắm mốc): pick a plot, step through its corners (numbered as on the plot sheet), and for
 * the current corner see its number and VN-2000 coordinates, the distance and the direction to it (an
 * arrow against VN-2000 grid north, turned by the device heading when asked), a close-range view within
 * 2 m, and hold-to-average before recording a check.
 */
import { useState } from 'react';
import { toXY } from '../../geo/coordinates';
import { arrowAngleDeg, averageFixes, bearingDistance, CLOSE_RANGE_M, type AveragedFix } from '../../domain/field';
import { formatCoordinateM, formatDecimal, formatLengthM } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { useFieldSession } from '../../state/field-session';
import { AverageButton } from './AverageButton';
import { CheckForm } from './CheckForm';
import type { FieldData } from './field-data';
import type { FieldPlace } from './use-field-place';

export interface StakeOutProps {
  readonly data: FieldData;
  readonly here: FieldPlace;
  readonly variantId: string;
  /** Meridian convergence at the site, degrees (grid north − true north). */
  readonly convergenceDeg: number;
}

export function StakeOutPanel({ data, here, variantId, convergenceDeg }: StakeOutProps) {
  const { t, language } = useTranslation();
  const plot = useFieldSession((s) => s.stakeOutPlot);
  const cornerIndex = useFieldSession((s) => s.cornerIndex);
  const turn = useFieldSession((s) => s.turnWithHeading);
  const heading = useFieldSession((s) => s.headingDeg);
  const [averaged, setAveraged] = useState<AveragedFix | null>(null);
  const [checking, setChecking] = useState<'corner' | 'plot' | null>(null);
  const session = useFieldSession.getState();
  const corners = plot ? data.corners.get(plot) ?? [] : [];
  const index = Math.min(cornerIndex, Math.max(0, corners.length - 1));
  const corner = corners[index];
  const position = here.position;
  const to = corner && position ? bearingDistance(position.point, corner) : null;
  const angle = to ? arrowAngleDeg(to.gridBearingDeg, turn ? heading : null, convergenceDeg) : 0;
  const step = (delta: number) => { session.setCornerIndex((index + delta + corners.length) % corners.length); setAveraged(null); };

  return (
    <section className="field-stake">
      <label className="field-select">
        {t('field.stake.plot')}
        <select data-testid="stake-plot" value={plot ?? ''} onChange={(e) => { session.stakeOut(e.target.value || null); setAveraged(null); }}>
          <option value="">{t('field.stake.choose')}</option>
          {data.codes.map((code) => <option key={code} value={code}>{code}</option>)}
        </select>
      </label>
      {here.place?.plotCode && here.place.plotCode !== plot && (
        <button type="button" data-testid="stake-here" onClick={() => session.stakeOut(here.place!.plotCode)}>
          {t('field.stake.here')}: {here.place.plotCode}
        </button>
      )}
      {corner && (
        <>
          <div className="field-corner-head">
            <button type="button" className="big" data-testid="stake-prev" aria-label={t('field.stake.prev')} onClick={() => step(-1)}>◀</button>
            <strong data-testid="stake-corner-no" data-no={index + 1}>{t('field.stake.corner', { no: index + 1, count: corners.length })}</strong>
            <button type="button" className="big" data-testid="stake-next" aria-label={t('field.stake.next')} onClick={() => step(1)}>▶</button>
          </div>
          <dl className="field-facts">
            <dt>X</dt><dd className="num" data-testid="stake-corner-x" data-value={toXY(corner).x}>{formatCoordinateM(toXY(corner).x, language)}</dd>
            <dt>Y</dt><dd className="num" data-testid="stake-corner-y" data-value={toXY(corner).y}>{formatCoordinateM(toXY(corner).y, language)}</dd>
          </dl>
          {!to && <p className="help">{t('field.stake.noPosition')}</p>}
          {to && (
            <div className="field-direction">
              <svg className="field-arrow" data-testid="stake-arrow" data-angle={angle} viewBox="-50 -50 100 100" width="120" height="120" role="img"
                aria-label={t('field.stake.arrow', { bearing: `${formatDecimal(to.gridBearingDeg, language, 1)}°` })}>
                <circle r="46" fill="none" stroke="currentColor" strokeWidth="3" />
                <g transform={`rotate(${angle})`}>
                  <path d="M0,-40 L16,10 L0,2 L-16,10 Z" fill="currentColor" />
                </g>
              </svg>
              <dl className="field-facts big">
                <dt>{t('field.stake.distance')}</dt>
                <dd data-testid="stake-distance" data-value={to.distanceM}>{formatLengthM(to.distanceM, language)}</dd>
                <dt>{t('field.stake.bearing')}</dt>
                <dd data-testid="stake-bearing" data-value={to.gridBearingDeg}>{formatDecimal(to.gridBearingDeg, language, 1)}°</dd>
              </dl>
              <p className="help" data-testid="stake-to-go">{t('field.stake.toGo', {
                north: formatLengthM(Math.abs(to.northM), language), northDir: t(to.northM >= 0 ? 'field.stake.dir.n' : 'field.stake.dir.s'),
                east: formatLengthM(Math.abs(to.eastM), language), eastDir: t(to.eastM >= 0 ? 'field.stake.dir.e' : 'field.stake.dir.w'),
              })}</p>
              <p className="help">{t('field.stake.gridNote', { mode: t(turn && heading !== null ? 'field.stake.headingUp' : 'field.stake.gridUp') })}</p>
            </div>
          )}
          {to && to.distanceM <= CLOSE_RANGE_M && <CloseRange eastM={to.eastM} northM={to.northM} rotateDeg={angle - to.gridBearingDeg} />}
          <AverageButton onDone={(fixes) => setAveraged(averageFixes(fixes))} />
          {averaged && (
            <p data-testid="average-result" data-spread={averaged.spreadM} data-fixes={averaged.fixes}>
              {t('field.average.result', { count: averaged.fixes, spread: formatLengthM(averaged.spreadM, language) })}
            </p>
          )}
          {checking === null && (
            <div className="button-row">
              <button type="button" className="primary" data-testid="check-open" onClick={() => setChecking('corner')}>{t('field.check.record', { no: index + 1 })}</button>
              <button type="button" data-testid="check-open-plot" onClick={() => setChecking('plot')}>{t('field.check.recordPlot')}</button>
            </div>
          )}
          {checking && plot && (
            <CheckForm
              key={`${plot}-${checking}-${index}`} data={data} variantId={variantId} plotCode={plot}
              cornerNo={checking === 'corner' ? index + 1 : null} planned={checking === 'corner' ? corner : null}
              averaged={averaged} current={position} onClose={() => setChecking(null)}
            />
          )}
        </>
      )}
    </section>
  );
}

/** Within 2 m: the corner at the centre of a 2 m target, the user's offset from it to the centimetre. */
function CloseRange({ eastM, northM, rotateDeg }: { eastM: number; northM: number; rotateDeg: number }) {
  const { t, language } = useTranslation();
  // The user is at −(east, north) from the corner; 40 px per metre, north up (turned with the arrow).
  const scale = 40;
  return (
    <div className="field-close" data-testid="stake-close-range">
      <strong>{t('field.stake.closeRange')}</strong>
      <svg viewBox="-90 -90 180 180" width="180" height="180" aria-hidden="true">
        <g transform={`rotate(${rotateDeg})`}>
          {[0.5, 1, 2].map((r) => <circle key={r} r={r * scale} fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray={r === 2 ? '' : '4 3'} />)}
          <path d="M-10,0 H10 M0,-10 V10" stroke="#d40000" strokeWidth="3" />
          <circle cx={-eastM * scale} cy={northM * scale} r="7" fill="#0050d8" stroke="#fff" strokeWidth="2" />
        </g>
      </svg>
      <span>{formatLengthM(Math.hypot(eastM, northM), language)}</span>
    </div>
  );
}

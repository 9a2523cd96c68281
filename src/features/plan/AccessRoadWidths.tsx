/**
 * The public roads' widths (bề rộng đường công cộng) in the edge marking panel: files from QGIS, Google
 * Earth or AutoCAD rarely carry `widthM`, so the reader assumed one and said so; here the planner sets
 * it. One undoable edit per width; the layout stays (the engine does not read it).
 */
import { useState } from 'react';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import { ACCESS_ROAD_WIDTH_RANGE_M, accessRoadWidthM, isAccessRoadWidth } from '../../geo/access-road-widths';
import { lineLengthM } from '../../geo/plane-measure';
import { formatLengthM } from '../../i18n/format';
import { parseUserNumber } from '../../i18n/parse-number';
import { useTranslation } from '../../i18n/use-translation';
import { setVariantRoadWidth } from '../../state/plan-zone-edits';
import { formatNumber } from './plan-text';

export function AccessRoadWidths({ variant, site }: { readonly variant: Variant; readonly site: ZoneSite }) {
  const { t, language } = useTranslation();
  if (site.accessRoads.length === 0) return null;
  return (
    <section className="road-widths" data-testid="road-widths" aria-label={t('planEdges.roadsTitle')}>
      <h3>{t('planEdges.roadsTitle')}</h3>
      <p className="zone-draw-help">{t('planEdges.roadsHelp')}</p>
      <ol>
        {site.accessRoads.map((line, index) => {
          const { widthM, assumed } = accessRoadWidthM(site, index);
          return (
            <li key={index} data-testid={`road-width-${index}`} data-assumed={assumed}>
              <span>{t('planEdges.road', { n: index + 1, length: formatLengthM(lineLengthM(line), language) })}</span>
              <RoadWidthField
                key={`${index}-${widthM}-${assumed}`} index={index} widthM={widthM} assumed={assumed}
                onSave={(w) => { void setVariantRoadWidth(variant, site, index, w, t); }}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function RoadWidthField({ index, widthM, assumed, onSave }: {
  readonly index: number; readonly widthM: number; readonly assumed: boolean; readonly onSave: (widthM: number) => void;
}) {
  const { t, language } = useTranslation();
  const [text, setText] = useState(() => formatNumber(widthM, language));
  const value = parseUserNumber(text, language);
  const valid = value !== null && isAccessRoadWidth(value);
  // Saving the assumed width as typed makes it a given one (no more warning), so that is a change too.
  const changed = valid && (assumed || value !== widthM);
  const save = () => { if (changed) onSave(value); };
  const { min, max } = ACCESS_ROAD_WIDTH_RANGE_M;
  return (
    <span className="edge-strip">
      <label>
        {t('planEdges.roadWidth')}
        <input
          type="text" inputMode="decimal" value={text} data-testid={`road-width-${index}-input`} aria-invalid={!valid}
          title={t('planEdges.roadWidthTitle', { n: index + 1 })}
          onChange={(e) => setText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') save(); }}
        />
      </label>
      <button type="button" data-testid={`road-width-${index}-apply`} disabled={!changed} onClick={save}>{t('stripEdges.apply')}</button>
      {assumed && valid && <small className="zone-draw-help">{t('planEdges.roadWidthAssumed', { width: formatLengthM(widthM, language) })}</small>}
      {!valid && <small className="plan-note" role="alert">{t('planEdges.roadWidthInvalid', { min: formatNumber(min, language), max: formatNumber(max, language) })}</small>}
    </span>
  );
}

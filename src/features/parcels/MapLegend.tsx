/**
 * The key to the map: one swatch per land-use code the parcels on the map carry (with its name from
 * the code table), then the lines and areas drawn over them. Every colour comes from where the map's
 * style takes it (land-use-codes.ts, map-palette.ts), so the key cannot drift from the drawing.
 */
import type { CSSProperties } from 'react';
import { LAND_USE_CODES, landUseCodeInfo, normaliseLandUseCode } from '../../domain/land-use-codes';
import { useTranslation } from '../../i18n/use-translation';
import { MAP_PALETTE as C } from '../../map/map-palette';

export interface MapLegendProps {
  /** Land-use codes of the parcels on the map, in any order, repeats allowed. */
  landUseCodes: readonly string[];
  /** Does the zone have holes (land kept free inside its outline)? */
  hasKeptFree: boolean;
  hasResidentialEdge: boolean;
  hasVillage: boolean;
}

const TABLE_ORDER = new Map(LAND_USE_CODES.map((info, i) => [info.code, i]));

/** Distinct codes in the order of the cadastral code table; unknown codes last, alphabetically. */
export function legendLandUseCodes(codes: readonly string[]): string[] {
  const distinct = [...new Set(codes.map(normaliseLandUseCode))];
  const rank = (code: string) => TABLE_ORDER.get(code) ?? Number.MAX_SAFE_INTEGER;
  return distinct.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const fill = (color: string, opacity: number = C.parcelFillOpacity): CSSProperties => ({
  background: `color-mix(in srgb, ${color} ${Math.round(opacity * 100)}%, ${C.background})`,
  border: `1px solid ${C.parcelOutline}`,
});

export function MapLegend({ landUseCodes, hasKeptFree, hasResidentialEdge, hasVillage }: MapLegendProps) {
  const { t, language } = useTranslation();
  return (
    <details className="legend" data-testid="map-legend">
      <summary>{t('map.legend')}</summary>
      <div className="legend-body">
        <h3>{t('legend.landUse')}</h3>
        <ul>
          {legendLandUseCodes(landUseCodes).map((code) => {
            const info = landUseCodeInfo(code);
            return (
              <li key={code} data-testid="legend-land-use" data-code={info.code} data-color={info.color}>
                <span className="swatch" style={fill(info.color)} />
                <span><strong>{info.code || '?'}</strong> — {info.name[language]}</span>
              </li>
            );
          })}
        </ul>
        <h3>{t('legend.lines')}</h3>
        <ul>
          <li data-testid="legend-zone"><span className="swatch" style={{ border: `2px dashed ${C.zone}` }} />{t('legend.zone')}</li>
          {hasKeptFree && (
            <li data-testid="legend-kept-free" data-color={C.keptFree}>
              <span className="swatch" style={{ ...fill(C.keptFree, C.keptFreeOpacity), border: `2px dashed ${C.zone}` }} />
              {t('legend.keptFree')}
            </li>
          )}
          {hasResidentialEdge && (
            <li data-testid="legend-residential-edge" data-color={C.residentialEdge}>
              <span className="swatch line" style={{ background: C.residentialEdge, opacity: C.residentialEdgeOpacity }} />
              {t('legend.residentialEdge')}
            </li>
          )}
          <li><span className="swatch" style={{ border: `3px solid ${C.selected}` }} />{t('legend.selected')}</li>
          <li><span className="swatch line" style={{ background: C.road }} />{t('legend.road')}</li>
          <li><span className="swatch line" style={{ background: C.canal }} />{t('legend.canal')}</li>
          {hasVillage && (
            <li data-testid="legend-village" data-color={C.village}>
              <span className="swatch" style={{ border: `2px dotted ${C.village}` }} />{t('legend.village')}
            </li>
          )}
        </ul>
      </div>
    </details>
  );
}

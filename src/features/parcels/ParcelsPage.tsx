/**
 * #/parcels: the cadastral map of Đồng Dọc with the zone, a search box and the record of the
 * selected parcel. The selection lives in the route (#/parcels/<sheet>/<parcel>), so it can be shared.
 */
import { useCallback, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { navigate } from '../../app/router';
import { database } from '../../db/database';
import { putSetting } from '../../db/settings';
import { useSetting } from '../../db/use-setting';
import { parcelRecord } from '../../domain/parcel-record';
import { useTranslation } from '../../i18n/use-translation';
import { MapView } from '../../map/MapView';
import { useSelectionStore } from '../../state/selection';
import { useActiveSite } from '../site/use-active-site';
import { useSiteMapData } from '../site/use-site-map-data';
import { DataSourceBar } from './DataSourceBar';
import { MapLegend } from './MapLegend';
import { ParcelNotFound, ParcelRecordPanel } from './ParcelRecordPanel';
import { parcelMapTexts } from './parcel-map-texts';
import { ParcelSearch } from './ParcelSearch';
import { SiteLoadError } from '../site/SiteLoadError';
import { parcelBoundsWgs84 } from '../site/site-map-data';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function ParcelsPage({ parcelId }: { parcelId: string | null }) {
  const { t, language } = useTranslation();
  const site = useActiveSite();
  const mapData = useSiteMapData(site);
  const basemapEnabled = useSetting('basemapEnabled');
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [fitRequest, setFitRequest] = useState(0);
  const focusRequest = useSelectionStore((s) => s.focusRequest);
  const mapTexts = useMemo(() => parcelMapTexts(language), [language]);

  const shownLayer = site.status === 'ready' ? site.layer : null;
  const landUseCodes = useMemo(() => shownLayer?.parcels.map((p) => p.landUseCode) ?? [], [shownLayer]);
  const selected = site.status === 'ready' ? site.layer.parcels.find((p) => p.id === parcelId) ?? null : null;
  const record = useMemo(() => (selected ? parcelRecord(selected) : null), [selected]);
  // A parcel named in the address when the page opens (a shared link) is shown like a search result.
  const [linkedParcelId] = useState(parcelId);
  const focusOnLink = focusRequest === 0 && selected !== null && selected.id === linkedParcelId;
  const focusBounds = useMemo(
    () => (selected && site.status === 'ready' && (focusRequest > 0 || focusOnLink) ? parcelBoundsWgs84(selected, site.layer.crs) : null),
    // Fly only when a search result or a link asks for it, not on every map tap.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [focusRequest, focusOnLink],
  );

  const selectParcel = useCallback((id: string | null) => {
    navigate({ name: 'parcels', parcelId: id }, { replace: true });
  }, []);

  if (site.status === 'error') return <SiteLoadError errors={site.errors} onRetry={site.retry} />;
  const ready = site.status === 'ready' ? site : null;

  // The map mounts at once, so that WebGL, the style and the map's worker start while the data loads.
  return (
    <div className="parcels-page">
      <aside className="side-panel" aria-label={t('search.label')}>
        {ready ? (
          <>
            <ParcelSearch parcels={ready.layer.parcels} onChoose={(id) => { selectParcel(id); useSelectionStore.getState().requestFocus(); }} />
            {record ? (
              <ParcelRecordPanel record={record} zone={ready.site.zone} crs={ready.layer.crs} onClose={() => selectParcel(null)} />
            ) : parcelId ? (
              <ParcelNotFound parcelId={parcelId} layerName={ready.layer.name} onBack={() => selectParcel(null)} />
            ) : (
              <p className="empty-state">{t('record.empty')}</p>
            )}
            <DataSourceBar layerName={ready.layer.name} source={ready.layer.source} isDemo={ready.isDemo} storedLayerProblems={ready.storedLayerProblems} />
          </>
        ) : (
          <p className="loading" role="status">{t('loading.data')}</p>
        )}
      </aside>
      <div className="map-wrap">
        <MapView
          key={language /* the map's own controls carry translated titles */}
          parcels={mapData?.parcels ?? EMPTY}
          zone={mapData?.zone ?? EMPTY}
          context={mapData?.context ?? EMPTY}
          selectedParcelId={parcelId}
          // The first view frames the data (the parcels when they lie away from the zone); the button, the zone.
          initialBounds={(fitRequest > 0 ? mapData?.zoneBounds : mapData?.viewBounds) ?? null}
          fitRequest={fitRequest}
          focusBounds={focusBounds}
          basemapEnabled={basemapEnabled}
          labels={{ map: t('map.label'), ...mapTexts.labels }}
          numberLocale={mapTexts.numberLocale}
          onParcelClick={selectParcel}
          onBasemapError={() => setBasemapFailed(true)}
        />
        <div className="map-tools">
          <button type="button" onClick={() => setFitRequest((n) => n + 1)}>{t('map.fitZone')}</button>
          <label className="toggle" title={t('map.basemapTitle')}>
            <input
              type="checkbox"
              data-testid="basemap-toggle"
              checked={basemapEnabled}
              onChange={(e) => {
                setBasemapFailed(false);
                void putSetting(database(), 'basemapEnabled', e.target.checked);
              }}
            />
            {t('map.basemap')}
          </label>
        </div>
        {basemapEnabled && basemapFailed && <p className="map-notice" role="status" data-testid="basemap-failed">{t('map.basemapFailed')}</p>}
        {ready && (
          <MapLegend
            landUseCodes={landUseCodes}
            hasKeptFree={ready.site.zone.length > 1}
            hasResidentialEdge={ready.site.residentialEdges.length > 0}
            hasVillage={ready.context.some((f) => f.properties.kind === 'village')}
          />
        )}
      </div>
    </div>
  );
}

/**
 * #/field: field mode for commune cadastral staff on a tablet, offline. The approved variant's plots
 * over the cadastral parcels, the position from the Geolocation API (started here) with its accuracy,
 * "where am I", stake-out of a plot's corners, field checks with photos, export and merge. Loaded on
 * demand (App.tsx), bringing its own words.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useOnline } from '../../app/online-status';
import { useServiceWorkerStore } from '../../app/service-worker';
import { gridConvergenceDeg, restoredStakeOut } from '../../domain/field';
import { addMessages } from '../../i18n/catalogue';
import { fieldMessages } from '../../i18n/messages/field';
import { fieldHolderMessages } from '../../i18n/messages/field-holder';
import { fieldNearestMessages } from '../../i18n/messages/field-nearest';
import { formatLengthM } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { measuring, useFieldSession } from '../../state/field-session';
import { holdUpdatesWhileMeasuring } from '../../state/field-update-hold';
import { useNoticeStore } from '../../state/notice';
import { SiteLoadError } from '../site/SiteLoadError';
import { useActiveSite } from '../site/use-active-site';
import { useApprovedLayout } from '../site/use-approved-layout';
import { useSiteMapData } from '../site/use-site-map-data';
import { CheckList } from './CheckList';
import { DataPanel } from './DataPanel';
import { checksMapData, cornersMapData, EMPTY_COLLECTION, fieldData, positionMapData, targetLineData } from './field-data';
import { database } from '../../db/database';
import { fieldChecksOfVariant } from '../../db/field-checks';
import { useLiveQuery } from '../../db/live-query';
import { FieldMapPane } from './FieldMapPane';
import { CentreIcon, FollowIcon, TurnIcon } from './MapToolIcons';
import { StakeOutPanel } from './StakeOutPanel';
import { useDeviceHeading, useGeolocation } from './use-geolocation';
import { useFieldPlace } from './use-field-place';
import { WherePanel } from './WherePanel';
import './field.css';

addMessages(fieldMessages, fieldHolderMessages, fieldNearestMessages);

const TABS = ['where', 'stake', 'checks', 'data'] as const;
type Tab = (typeof TABS)[number];

export default function FieldPage() {
  const { t, language } = useTranslation();
  const site = useActiveSite();
  const approved = useApprovedLayout();
  const mapData = useSiteMapData(site);
  const layer = site.status === 'ready' ? site.layer : null;
  const layout = approved.status === 'ready' ? approved.layout : null;
  const data = useMemo(() => (layout && layer ? fieldData(layout, layer) : null), [layout, layer]);
  useGeolocation(data?.projection ?? null);
  const prefs = {
    follow: useFieldSession((s) => s.follow), turn: useFieldSession((s) => s.turnWithHeading), sunlight: useFieldSession((s) => s.sunlight),
  };
  const heading = useFieldSession((s) => s.headingDeg);
  const busy = useFieldSession(measuring);
  const plot = useFieldSession((s) => s.stakeOutPlot);
  const cornerIndex = useFieldSession((s) => s.cornerIndex);
  useDeviceHeading(prefs.turn);
  const here = useFieldPlace(data);
  const [tab, setTab] = useState<Tab>('where');
  const [centreRequest, setCentreRequest] = useState<{ at: readonly [number, number]; seq: number } | null>(null);
  const online = useOnline();
  const sw = useServiceWorkerStore();
  const threshold = useFieldSession((s) => s.accuracyThresholdM);
  const stopFollowing = useCallback(() => useFieldSession.getState().setPreferences({ follow: false }), []);

  const convergenceDeg = useMemo(
    () => (data ? gridConvergenceDeg((p) => data.projection.toPlane(p), data.projection.toLngLat(data.centre)) : 0),
    [data],
  );
  const position = here.position;
  const positionData = useMemo(
    () => (position && data ? positionMapData(position.point, position.accuracyM, here.poor, data.projection) : EMPTY_COLLECTION),
    [position, here.poor, data],
  );
  const corners = useMemo(() => (plot && data ? data.corners.get(plot) ?? [] : []), [plot, data]);
  const cornersData = useMemo(() => (data && corners.length ? cornersMapData(corners, cornerIndex, data.projection) : EMPTY_COLLECTION), [data, corners, cornerIndex]);
  const corner = corners[Math.min(cornerIndex, corners.length - 1)];
  const targetData = useMemo(() => (data && corner && position ? targetLineData(position.point, corner, data.projection) : EMPTY_COLLECTION), [data, corner, position]);
  // An update asked for mid-measurement (the shell's banner too) waits for the measurement to end.
  useEffect(() => holdUpdatesWhileMeasuring(() => useNoticeStore.getState().show(t('field.update.held'))), [t]);
  const location = useFieldSession((s) => s.location);
  const variantId = approved.status === 'ready' ? approved.variant.id : null;
  const checks = useLiveQuery(() => (variantId ? fieldChecksOfVariant(database(), variantId) : []), [variantId]);
  const checksData = useMemo(() => (data && checks ? checksMapData(checks, data.projection) : EMPTY_COLLECTION), [data, checks]);
  // On leaving field mode the stake-out and typed position stay for the next visit; averaging stops.
  useEffect(() => () => { useFieldSession.getState().stopAveraging(); }, []);
  // The stake-out choice kept from the last visit holds only while the approved layout still has that plot.
  useEffect(() => {
    if (!data) return;
    const session = useFieldSession.getState();
    const counts = new Map([...data.corners].map(([code, points]) => [code, points.length]));
    const kept = restoredStakeOut({ plot: session.stakeOutPlot, cornerIndex: session.cornerIndex }, counts);
    if (kept.plot !== session.stakeOutPlot) session.stakeOut(kept.plot);
    if (kept.cornerIndex !== useFieldSession.getState().cornerIndex) session.setCornerIndex(kept.cornerIndex);
  }, [data]);

  if (site.status === 'error') return <SiteLoadError errors={site.errors} onRetry={site.retry} />;
  if (approved.status === 'error') return <p className="load-error" role="alert">{t('field.layoutError')}</p>;
  if (!data || approved.status !== 'ready') return <p className="loading" role="status" data-testid="field-loading">{t('field.loading')}</p>;

  const accuracy = position?.accuracyM;
  return (
    <div className={prefs.sunlight ? 'field-page sunlight' : 'field-page'} data-testid="field-page">
      <div className="map-wrap field-map-wrap">
        <FieldMapPane
          key={language}
          site={mapData} layout={data.mapLayout} position={positionData} corners={cornersData} target={targetData} checks={checksData}
          follow={prefs.follow && position ? position.lngLat : null} centreRequest={centreRequest}
          bearingDeg={prefs.turn && heading !== null ? heading : 0} onUserMove={stopFollowing}
          label={t('field.map.label')} northArrow={t('map.northArrow')} northLetter={language === 'vi' ? 'B' : 'N'}
          numberLocale={language === 'vi' ? 'vi-VN' : 'en-US'}
        />
        {/* Icon and words; on a phone the words are kept for screen readers and the tooltip only, so
            that the three tools are one row of finger-sized buttons and the map stays usable. */}
        <div className="field-map-tools" data-testid="field-map-tools">
          <button type="button" data-testid="field-centre" disabled={!position} title={t('field.centre')}
            onClick={() => position && setCentreRequest((r) => ({ at: position.lngLat, seq: (r?.seq ?? 0) + 1 }))}>
            <CentreIcon /><span className="tool-label">{t('field.centre')}</span>
          </button>
          <label className="toggle" title={t('field.follow')}><input type="checkbox" data-testid="field-follow" checked={prefs.follow}
            onChange={(e) => useFieldSession.getState().setPreferences({ follow: e.target.checked })} />
            <FollowIcon /><span className="tool-label">{t('field.follow')}</span></label>
          <label className="toggle" title={t('field.turnWithHeading')}><input type="checkbox" data-testid="field-turn" checked={prefs.turn}
            onChange={(e) => useFieldSession.getState().setPreferences({ turnWithHeading: e.target.checked })} />
            <TurnIcon /><span className="tool-label">{t('field.turnWithHeading')}</span></label>
          {prefs.turn && heading === null && <span className="field-chip">{t('field.heading.none')}</span>}
        </div>
      </div>
      <aside className="field-panel" aria-label={t('field.title')}>
        <header className="field-status-bar">
          {!online && <span className="field-chip offline" data-testid="field-offline" role="status">{t('field.offline')}</span>}
          {sw.updateAvailable && (
            <span className="field-chip update" data-testid="field-update">
              {t('field.update.ready')}{' '}
              <button type="button" disabled={busy} onClick={sw.applyUpdate}>{busy ? t('field.update.wait') : t('field.update.apply')}</button>
            </span>
          )}
          {!position && <span className="field-chip poor" data-testid="field-location-chip">{t(`field.location.${location}`)}</span>}
          {position && (
            <span className={here.poor ? 'field-chip poor' : 'field-chip good'} data-testid="field-accuracy" data-poor={here.poor} data-value={accuracy ?? ''}>
              {accuracy === null || accuracy === undefined
                ? t('field.accuracy.unknown')
                : here.poor
                  ? t('field.accuracy.poor', { value: formatLengthM(accuracy, language), threshold: formatLengthM(threshold, language) })
                  : t('field.accuracy', { value: formatLengthM(accuracy, language) })}
            </span>
          )}
          <span className="field-variant">{t('field.variant', { name: approved.variant.name ?? t('field.variant.demo') })}</span>
        </header>
        <div className="field-tabs" role="tablist" aria-label={t('field.tabs')}>
          {TABS.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`field-tab-${id}`}
              className={tab === id ? 'tab active' : 'tab'} onClick={() => setTab(id)}>
              {t(`field.tab.${id}`)}
            </button>
          ))}
        </div>
        <div className="field-tabpanel" role="tabpanel">
          {tab === 'where' && <WherePanel data={data} here={here} variantId={approved.variant.id} />}
          {tab === 'stake' && <StakeOutPanel data={data} here={here} variantId={approved.variant.id} convergenceDeg={convergenceDeg} />}
          {tab === 'checks' && <CheckList variantId={approved.variant.id} onlyPlot={null} />}
          {tab === 'data' && <DataPanel planeCrs={data.crs} />}
        </div>
      </aside>
    </div>
  );
}

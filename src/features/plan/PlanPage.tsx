/**
 * #/plan: the planner workspace. The demo zone laid out in the layout worker over the cadastral
 * parcels, with the land-use balance, the plot list and the parameters beside the map, and the
 * exports. Loaded on demand (App.tsx), so #/parcels does not carry it.
 */
import { useEffect, useRef, useState } from 'react';
import type { LayoutResult } from '../../geo/layout';
import '../../i18n/plan-messages';
import { useTranslation } from '../../i18n/use-translation';
import { planSessionStores, usePlanView } from '../../state/plan-session';
import type { PlanTab } from '../../state/plan-view';
import { SiteLoadError } from '../site/SiteLoadError';
import { useActiveSite } from '../site/use-active-site';
import { useSiteMapData } from '../site/use-site-map-data';
import { BalancePanel } from './BalancePanel';
import { ColouringSwitch } from './ColouringSwitch';
import { ExportMenu } from './ExportMenu';
import { prewarmLayoutWorker, WorkerLayoutRunner } from './layout-runner';
import { ParametersPanel } from './ParametersPanel';
import { PlanLegend } from './PlanLegend';
import { PlanMapPane } from './PlanMapPane';
import { PlanStatus } from './PlanStatus';
import { PlotList } from './PlotList';
import { PlanWorkspace } from './plan-workspace';
import { useVariantSync } from './use-variant-sync';
import { VariantBar } from './VariantBar';
import { VariantCompare } from './VariantCompare';
import { ZoneImportControl } from './ZoneImportControl';
import './plan.css';

const TABS: readonly PlanTab[] = ['balance', 'plots', 'parameters'];

// The layout worker starts with this screen's code, not after its first render (layout-runner.ts).
prewarmLayoutWorker();

export default function PlanPage() {
  const { t, language } = useTranslation();
  const site = useActiveSite();
  const mapData = useSiteMapData(site);
  // One workspace (and layout worker) per mount, made and ended by the same effect, so that a remount
  // (React's strict mode does one) never reuses an ended one. The stores outlive it.
  const [workspace, setWorkspace] = useState<PlanWorkspace | null>(null);
  const settledRef = useRef<((layout: LayoutResult) => void) | null>(null);
  const [comparing, setComparing] = useState(false);
  useEffect(() => {
    const made = new PlanWorkspace({
      runner: new WorkerLayoutRunner(), stores: planSessionStores(), onLayoutSettled: (layout) => settledRef.current?.(layout),
    });
    // The workspace owns a Web Worker, an external system: it is made here, not during render, so that
    // a render React throws away never starts a worker; the state change after it is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    setWorkspace(made);
    return () => made.dispose();
  }, []);
  const tab = usePlanView((s) => s.tab);

  const zoneSite = site.status === 'ready' ? site.site : null;
  useEffect(() => {
    if (workspace && mapData) workspace.setMapSite(mapData, mapData.zoneBounds);
  }, [workspace, mapData]);
  // The open variant's zone, parameters and layout (the demo zone's until the planner has one of their own).
  const { variants, current } = useVariantSync(workspace, zoneSite, settledRef, t);

  if (site.status === 'error') return <SiteLoadError errors={site.errors} onRetry={site.retry} />;
  if (!workspace) return <p className="loading" role="status">{t('plan.loading')}</p>;

  return (
    <div className="plan-page">
      <aside className="plan-panel" aria-label={t('plan.title')}>
        <header className="plan-panel-head">
          <h1>{t('plan.title')}</h1>
          {variants && current && <VariantBar variants={variants} current={current} onCompare={() => setComparing(true)} />}
          <PlanStatus workspace={workspace} siteReady={zoneSite !== null} />
        </header>
        {comparing && variants && current && <VariantCompare variants={variants} current={current} demoSite={zoneSite} onClose={() => setComparing(false)} />}
        <div className="plan-tabs" role="tablist" aria-label={t('plan.tabs')} onKeyDown={(event) => {
          // Arrow keys move between tabs, as a tab list does.
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const next = TABS[(TABS.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
          planSessionStores().view.getState().setTab(next);
          document.getElementById(`plan-tab-${next}`)?.focus();
        }}>
          {TABS.map((id) => (
            <button
              key={id} type="button" role="tab" id={`plan-tab-${id}`} data-testid={`plan-tab-${id}`}
              aria-selected={tab === id} aria-controls={`plan-tabpanel-${id}`} tabIndex={tab === id ? 0 : -1}
              className={tab === id ? 'tab active' : 'tab'}
              onClick={() => planSessionStores().view.getState().setTab(id)}
            >
              {t(`plan.tab.${id}`)}
            </button>
          ))}
        </div>
        <div className="plan-tabpanel" role="tabpanel" id={`plan-tabpanel-${tab}`} aria-labelledby={`plan-tab-${tab}`}>
          {tab === 'balance' && <BalancePanel />}
          {tab === 'plots' && <PlotList workspace={workspace} />}
          {tab === 'parameters' && <ParametersPanel workspace={workspace} />}
        </div>
      </aside>
      <div className="map-wrap">
        <PlanMapPane
          key={language /* the map's own controls carry translated titles */}
          workspace={workspace}
          label={t('plan.map.label')}
          northArrow={t('map.northArrow')}
          northLetter={language === 'vi' ? 'B' : 'N'}
          numberLocale={language === 'vi' ? 'vi-VN' : 'en-US'}
        />
        <div className="map-tools plan-map-tools">
          <button type="button" onClick={() => workspace.fitZone()}>{t('map.fitZone')}</button>
          <ColouringSwitch />
          <ExportMenu />
          <ZoneImportControl ready={mapData !== null && mapData !== undefined} />
        </div>
        <PlanLegend />
      </div>
    </div>
  );
}

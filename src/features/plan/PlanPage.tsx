/**
 * #/plan: the planner workspace. The demo zone laid out in the layout worker over the cadastral
 * parcels, with the land-use balance, the plot list and the parameters beside the map, and the
 * exports. Loaded on demand (App.tsx), so #/parcels does not carry it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import '../../i18n/plan-messages';
import '../../i18n/plan-draw-messages';
import { useTranslation } from '../../i18n/use-translation';
import { planSessionStores, usePlanView } from '../../state/plan-session';
import { currentVariantStore, variantName } from '../../state/plan-variants';
import { DEMO_VARIANT_ID } from '../../db/variant-row';
import { primeVariants } from '../../db/prime-variants';
import type { PlanTab } from '../../state/plan-view';
import { SiteLoadError } from '../site/SiteLoadError';
import { useActiveSite } from '../site/use-active-site';
import { useSiteMapData } from '../site/use-site-map-data';
import { BalancePanel } from './BalancePanel';
import { ColouringSwitch } from './ColouringSwitch';
import { ExportMenu } from './ExportMenu';
import { prewarmLayoutWorker, WorkerLayoutRunner } from './layout-runner';
import { loadShippedDemoLayout } from './shipped-demo-layout';
import { ParametersPanel } from './ParametersPanel';
import { PlanLegend } from './PlanLegend';
import { PlanMapPane } from './PlanMapPane';
import { PlanStatus } from './PlanStatus';
import { PlotList } from './PlotList';
import { PlanWorkspace } from './plan-workspace';
import { useVariantSync, type SettledListener } from './use-variant-sync';
import { VariantBar } from './VariantBar';
import { VariantCompare } from './VariantCompare';
import { AllocationGuardDialog } from './AllocationGuardDialog';
import { EditToolbar } from './EditToolbar';
import { HistoryButtons } from './HistoryButtons';
import { usePlanEditor, type ConfirmLayout } from './use-plan-editor';
import { ZoneImportControl } from './ZoneImportControl';
import type { PlanMapTools } from '../../map/plan-map-tools-adapter';
import { EdgeMarkingPanel } from './EdgeMarkingPanel';
import { cornerPositions } from './tool-map-data';
import { ZoneDrawPanel, type DrawTarget } from './ZoneDrawPanel';
import './plan.css';

const TABS: readonly PlanTab[] = ['balance', 'plots', 'parameters'];

// The layout worker starts with this screen's code, not after its first render (layout-runner.ts); the
// stored variants are read and the build's demo layout fetched (if main.tsx has not already) meanwhile.
prewarmLayoutWorker();
primeVariants();
void loadShippedDemoLayout();

export default function PlanPage() {
  const { t, language } = useTranslation();
  const site = useActiveSite();
  const mapData = useSiteMapData(site);
  // One workspace (and layout worker) per mount, made and ended by the same effect, so that a remount
  // (React's strict mode does one) never reuses an ended one. The stores outlive it.
  const [workspace, setWorkspace] = useState<PlanWorkspace | null>(null);
  const settledRef = useRef<SettledListener | null>(null);
  const confirmRef = useRef<ConfirmLayout | null>(null);
  const [comparing, setComparing] = useState(false);
  // The map's tools, and which one the planner has open (drawing a zone, or marking its edges).
  const [tools, setTools] = useState<PlanMapTools | null>(null);
  const [drawing, setDrawing] = useState<DrawTarget | null>(null);
  const [toolsOpen, setToolsOpen] = useState(false);
  const [markingChoice, setMarkingChoice] = useState<{ readonly variantId: string | null; readonly mode: 'open' | 'closed' }>({ variantId: null, mode: 'closed' });
  useEffect(() => {
    const made = new PlanWorkspace({
      runner: new WorkerLayoutRunner(), stores: planSessionStores(), onLayoutSettled: (layout, given, key) => settledRef.current?.(layout, given, key),
      confirmLayout: (shown, next) => confirmRef.current?.(shown, next) ?? Promise.resolve(true),
    });
    // The workspace owns a Web Worker, an external system: it is made here, not during render, so that
    // a render React throws away never starts a worker; the state change after it is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    performance.mark('phanlo:plan-workspace-made');
    setWorkspace(made);
    return () => made.dispose();
  }, []);
  const tab = usePlanView((s) => s.tab);

  const zoneSite = site.status === 'ready' ? site.site : null;
  // The demo zone is laid out while the stored variant is still being read: a fresh profile opens the
  // demo, and its first run takes this one's answer (plan-workspace.ts `anticipate`). Not when this
  // browser last had another variant open (it has its own zone or layout), nor when the build shipped
  // the demo's layout (shipped-demo-layout.ts): that is drawn at once, and a run now would only take
  // the CPU its first frame needs (the confirming run comes after that frame).
  useEffect(() => {
    const lastOpen = currentVariantStore.getState().id;
    if (!workspace || !zoneSite || (lastOpen !== null && lastOpen !== DEMO_VARIANT_ID)) return;
    let live = true;
    void loadShippedDemoLayout().then((shipped) => { if (live && !shipped) workspace.anticipate(zoneSite); });
    return () => { live = false; };
  }, [workspace, zoneSite]);
  useEffect(() => {
    if (workspace && mapData) workspace.setMapSite(mapData, mapData.zoneBounds);
  }, [workspace, mapData]);
  // The open variant's zone, parameters and layout (the demo zone's until the planner has one of their own).
  const { variants, current, sync } = useVariantSync(workspace, zoneSite, settledRef, t);
  const editor = usePlanEditor(workspace, sync, current, confirmRef, t, language);

  const currentSite = current ? current.site ?? zoneSite : null;
  // A zone with no public road cannot be laid out: edge marking opens by itself until the planner closes it.
  const marking = current && markingChoice.variantId === current.id ? markingChoice.mode : 'auto';
  const setMarking = (mode: 'open' | 'closed') => setMarkingChoice({ variantId: current?.id ?? null, mode });
  // An edit of a zone belongs to its variant: switching variants puts it away.
  const activeDrawing = drawing && (drawing.kind === 'new' || drawing.variantId === current?.id) ? drawing : null;
  const showMarking = !activeDrawing && current !== null && currentSite !== null
    && (marking === 'open' || (marking === 'auto' && currentSite.accessRoads.length === 0));
  const snapPoints = useMemo(() => (mapData ? cornerPositions(mapData.parcels, mapData.zone) : []), [mapData]);

  if (site.status === 'error') return <SiteLoadError errors={site.errors} onRetry={site.retry} />;
  if (!workspace) return <p className="loading" role="status">{t('plan.loading')}</p>;

  return (
    <div className="plan-page">
      <aside className="plan-panel" aria-label={t('plan.title')}>
        <header className="plan-panel-head">
          <div className="plan-title-row">
            <h1>{t('plan.title')}</h1>
            <HistoryButtons />
          </div>
          {variants && current && <VariantBar variants={variants} current={current} onCompare={() => setComparing(true)} />}
          <PlanStatus workspace={workspace} siteReady={zoneSite !== null} />
        </header>
        {editor && <EditToolbar editor={editor} lockedCodes={current?.lockedPlotCodes ?? []} />}
        <AllocationGuardDialog />
        {comparing && variants && current && <VariantCompare variants={variants} current={current} demoSite={zoneSite} onClose={() => setComparing(false)} tools={tools} />}
        {activeDrawing && zoneSite && (
          <ZoneDrawPanel
            key={activeDrawing.kind === 'edit' ? activeDrawing.variantId : 'new'} tools={tools} crs={zoneSite.crs} snapPoints={snapPoints}
            target={activeDrawing} variant={current} onClose={() => setDrawing(null)}
          />
        )}
        {showMarking && current && currentSite && <EdgeMarkingPanel tools={tools} variant={current} site={currentSite} onClose={() => setMarking('closed')} />}
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
          editor={editor}
          label={t('plan.map.label')}
          northArrow={t('map.northArrow')}
          northLetter={language === 'vi' ? 'B' : 'N'}
          numberLocale={language === 'vi' ? 'vi-VN' : 'en-US'}
          onTools={setTools}
        />
        {/* On a phone the tools sit behind one toggle (CSS: hidden until opened), so the map stays visible. */}
        <div className={toolsOpen ? 'map-tools plan-map-tools open' : 'map-tools plan-map-tools'}>
          <button type="button" className="plan-tools-toggle" data-testid="plan-tools-toggle" aria-expanded={toolsOpen}
            title={t('plan.map.toolsHint')} onClick={() => setToolsOpen(!toolsOpen)}>
            {t('plan.map.tools')} {toolsOpen ? '▴' : '▾'}
          </button>
          <button type="button" onClick={() => workspace.fitZone()}>{t('map.fitZone')}</button>
          <ColouringSwitch />
          <ExportMenu variantName={current ? variantName(current, t) : ''} />
          <ZoneImportControl ready={mapData !== null && mapData !== undefined} />
          <button type="button" data-testid="plan-draw" title={t('planDraw.openTitle')} disabled={!zoneSite || !tools} onClick={() => { setComparing(false); setDrawing({ kind: 'new' }); }}>
            {t('planDraw.open')}
          </button>
          {current?.site && (
            <button type="button" data-testid="plan-edit-zone" disabled={!tools} onClick={() => { setComparing(false); setDrawing({ kind: 'edit', variantId: current.id, site: current.site! }); }}>
              {t('planDraw.editZone')}
            </button>
          )}
          <button type="button" data-testid="plan-mark-edges" title={t('planEdges.openTitle')} aria-pressed={showMarking} disabled={!currentSite} onClick={() => setMarking(showMarking ? 'closed' : 'open')}>
            {t('planEdges.open')}
          </button>
        </div>
        <PlanLegend />
      </div>
    </div>
  );
}

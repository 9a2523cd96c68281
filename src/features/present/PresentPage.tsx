/**
 * #/present/<code>: the household view. An official sits with a household (or projects it at a
 * commune meeting) and shows the plot offered: the map with the plot large and its measures written
 * on it, a plain panel of its figures, the inset that places it in the zone and the village, next and
 * previous among one household's candidate plots, full screen, and the plot sheet as PDF. No editing.
 * Plots are the approved variant's (useApprovedLayout); loaded on demand, so #/parcels does not carry it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEntryCandidates, usePlotHolder, usePlotTrades } from '../../db/plot-allocations';
import { plotFacts } from '../../domain/plot-sheet/plot-facts';
import '../../i18n/present-messages';
import { useTranslation } from '../../i18n/use-translation';
import { useActiveSite } from '../site/use-active-site';
import { useApprovedLayout } from '../site/use-approved-layout';
import { contextToMapData, zoneToMapData } from '../site/site-map-data';
import { CandidateNav, SwipeArea } from './CandidateNav';
import { PlotInset } from './PlotInset';
import { PlotPanel } from './PlotPanel';
import { PlotSheetsButton } from './PlotSheetsButton';
import { PresentMapPane } from './PresentMapPane';
import { entryOfHash, presentHref } from './present-route';
import { presentScene } from './present-scene';
import { useFittedPlotPx } from './use-fitted-plot-px';
import { installSheetsTestHook } from './sheets-test-hook';
import { useFullScreen } from './use-full-screen';
import './present.css';

/** Where the legend starts closed: a phone, or a map pane too small to give it a corner. */
const NARROW_MAP = '(max-width: 600px), (max-height: 500px)';

export default function PresentPage({ code }: { code: string }) {
  const { t, language } = useTranslation();
  const approved = useApprovedLayout();
  const active = useActiveSite();
  const entryId = entryOfHash(window.location.hash);
  const ready = approved.status === 'ready' ? approved : null;
  const variantId = ready?.variant.id ?? null;
  const holder = usePlotHolder(variantId, code);
  const candidates = useEntryCandidates(entryId, variantId);
  const [showTrades, setShowTrades] = useState(false);
  const trades = usePlotTrades(showTrades ? variantId : null);
  const rootRef = useRef<HTMLDivElement>(null);
  const fullScreen = useFullScreen(rootRef);
  // On a phone the open legend would hide a third of the map: it starts closed there, one tap away.
  const [legendOpen, setLegendOpen] = useState(() => !window.matchMedia(NARROW_MAP).matches);

  // useApprovedLayout gives a new object on each render: memos key on what it holds.
  const layout = ready?.layout ?? null;
  const zoneSite = ready?.site ?? null;
  useEffect(() => (layout ? installSheetsTestHook(layout) : undefined), [layout]);
  const facts = useMemo(() => (layout ? plotFacts(layout.features, layout.parameters, code) : null), [layout, code]);
  const context = active.status === 'ready' ? active.context : null;
  const shownTrades = showTrades ? trades ?? null : null;
  const plotPx = useFittedPlotPx(rootRef);
  const scene = useMemo(() => {
    if (!layout || !zoneSite || !facts) return null;
    const made = presentScene(layout, zoneSite, facts, { t, language, trades: shownTrades, plotPx });
    return { ...made, zone: zoneToMapData(zoneSite), context: context ? contextToMapData(context, zoneSite.crs) : made.context };
  }, [layout, zoneSite, facts, t, language, shownTrades, context, plotPx]);

  const codes = useMemo(() => candidates?.codes ?? [], [candidates]);
  const index = codes.indexOf(code);
  const step = useCallback((by: -1 | 1) => {
    if (codes.length === 0) return;
    const next = codes[index < 0 ? 0 : (index + by + codes.length) % codes.length];
    if (next !== code) window.location.hash = presentHref(next, entryId).slice(1);
  }, [codes, index, code, entryId]);

  if (approved.status === 'error') return <p className="present-message" role="alert">{t('present.failed')}</p>;
  if (!ready) return <p className="present-message" role="status">{t('present.loading')}</p>;
  if (!facts || !scene) {
    return (
      <section className="present-message present-not-found" role="alert" data-testid="present-not-found">
        <h1>{t('present.notFound', { code })}</h1>
        <p>{t('present.notFoundHelp')}</p>
        <a className="button-link" href="#/plan">{t('present.toPlan')}</a>
      </section>
    );
  }

  return (
    <div className="present-page" ref={rootRef} data-testid="present-page">
      <div className="present-map-wrap">
        <PresentMapPane scene={scene} />
        <details className="present-legend" open={legendOpen} data-testid="present-legend"
          onToggle={(event) => setLegendOpen(event.currentTarget.open)}>
          <summary>{t('map.legend')}</summary>
          <ul aria-label={t('map.legend')}>
            <li><span className="key focus" />{t('present.legend.plot')}</li>
            <li><span className="key envelope" />{t('present.legend.envelope')}</li>
            <li><span className="key green" />{t('present.legend.green')}</li>
            <li><span className="key facility" />{t('present.legend.facility')}</li>
            {ready.site.entrance && <li><span className="key entrance" />{t('present.legend.entrance')}</li>}
          </ul>
        </details>
      </div>
      <SwipeArea className="present-panel" onStep={candidates ? step : null}>
        {candidates && (
          <CandidateNav name={candidates.entry.name} index={Math.max(index, 0)} count={codes.length} onStep={step} />
        )}
        <PlotPanel facts={facts} holder={holder} />
        <div className="present-tools">
          <button type="button" className="present-tool" data-testid="present-fullscreen" onClick={fullScreen.toggle}>
            {fullScreen.active ? t('present.exitFullScreen') : t('present.fullScreen')}
          </button>
          <label className="present-tool present-toggle">
            <input type="checkbox" checked={showTrades} onChange={(event) => setShowTrades(event.target.checked)} data-testid="present-trades" />
            {t('present.showTrades')}
          </label>
          <PlotSheetsButton layout={ready.layout} variantId={variantId} codes={[code]} label={t('present.sheet')}
            className="present-tool" testId="present-sheet" zone={ready.variant.name} />
        </div>
        <PlotInset layout={ready.layout} site={ready.site} context={context ?? []} focus={facts.polygon} />
      </SwipeArea>
    </div>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageFromSettings } from './app/LanguageFromSettings';
import { parseRoute } from './app/router';
import { startServiceWorker } from './app/service-worker';
import { primeActiveLayer, primedActiveLayer } from './db/prime-active-layer';
import { lastReadSetting, primeSettings } from './db/use-setting';
import { loadShippedDemoLayout } from './features/plan/shipped-demo-layout';
import { parcelMapTexts } from './features/parcels/parcel-map-texts';
import { contextToMapData, parcelsToMapData, polygonBoundsWgs84, zoneToMapData } from './features/site/site-map-data';
import { giveEarlyParcelMapData, startParcelMapEarly } from './map/parcel-map-early';
import { useDemoSiteStore } from './state/demo-site-store';
import { showStoredDataProblems } from './state/stored-data-problems';
import { installUndoShortcuts } from './state/undo-shortcuts';
import './app/app.css';

/** The first screen is the parcels map (#/parcels; no route or an unknown one falls back to it). */
const opensOnParcels = parseRoute(window.location.hash).name === 'parcels';

// Stored data that cannot be used as it was is said in the notice bar, from the first read on.
showStoredDataProblems();
// Ctrl+Z / Ctrl+Shift+Z over the stored history, on every screen.
installUndoShortcuts();

// The demo data is fetched and read while IndexedDB opens and React renders, not after the first render
// (every screen shows it, or at least its zone). In the default plane CRS: a user who chose another one
// has it read again once the settings are known (the store keeps one load per CRS).
useDemoSiteStore.getState().load(lastReadSetting('planeCrs'));

// The parcels map starts now, before React: its construction, style and workers run while the data
// is read and IndexedDB opens, and the screen adopts it when it mounts (parcel-map-early.ts). In the
// language last read, the default until the settings are: another one makes the screen start its own.
if (opensOnParcels) startParcelMapEarly(parcelMapTexts(lastReadSetting('language')));

// On a screen with the map, the demo's WGS84 copies for drawing are derived as soon as it is read,
// while IndexedDB opens, instead of in the first render (site-map-data.ts keeps them): converting
// every parcel corner back to WGS84 was the costliest step of that render in a Chromium trace.
// The parcels map started early gets them at once, so that its worker reads them while React renders;
// not the demo's parcels when an imported layer is known to replace them.
if (/^(#\/(parcels|plan|field)|#?$)/.test(window.location.hash)) {
  const stopWatching = useDemoSiteStore.subscribe(({ state }) => {
    if (state.status === 'loading') return;
    stopWatching();
    if (state.status !== 'ready') return;
    const { layer, site, context } = state.demo;
    const parcels = parcelsToMapData(layer);
    const zone = zoneToMapData(site);
    const contextData = contextToMapData(context, site.crs);
    if (opensOnParcels) {
      giveEarlyParcelMapData({ parcels: primedActiveLayer() ? null : parcels, zone, context: contextData, bounds: polygonBoundsWgs84(site.zone, site.crs) });
    }
  });
}

// Opened straight on the planner: its code (and its layout worker) loads while IndexedDB opens, not
// after the shell's first render (App.tsx imports the same module lazily).
// The build's demo layout (shipped-demo-layout.ts, a small data file) is fetched meanwhile too.
if (window.location.hash.startsWith('#/plan')) {
  void import('./features/plan/PlanPage');
  void loadShippedDemoLayout();
}

// Settings first (language, plane CRS), so that the first render is already in the user's language;
// whether an imported layer replaces the demo beside them.
void Promise.all([primeSettings(), primeActiveLayer()]).then(() => {
  performance.mark('phanlo:storage-read');
  useDemoSiteStore.getState().load(lastReadSetting('planeCrs'));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LanguageFromSettings>
        <App />
      </LanguageFromSettings>
    </StrictMode>,
  );
  // On the parcels map, the precache starts once the parcels are on screen (service-worker.ts).
  startServiceWorker(opensOnParcels ? { afterMark: 'phanlo:parcels-drawn' } : {});
});

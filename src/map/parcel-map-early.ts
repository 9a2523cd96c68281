/**
 * The parcels map started before React mounts the screen that shows it. On a first load of #/parcels
 * the map's construction, its style and the worker's reading of the parcels otherwise wait for the
 * shell's first render (a Chromium trace: 0.2–0.3 s); started from main.tsx they run while IndexedDB
 * opens and React renders, and the screen adopts the map when it mounts (MapView).
 *
 * Until then the map lives in a hidden element of the page's body, sized as the shell will size it
 * (app.css), and draws nothing: it may ask the worker for the tiles of the view it guesses (a frame
 * that does not draw), but the parcels count as drawn only from a frame on screen (parcel-map.ts).
 * A map nobody adopts (another screen, another language, the data could not be read) is removed.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { ParcelMap, type ParcelMapEvents, type ParcelMapTexts, type Wgs84Bounds } from './parcel-map';

/** How long a map started early waits to be adopted before it is removed. */
const ADOPTION_WAIT_MS = 15_000;

interface EarlyMap { readonly map: ParcelMap; readonly texts: ParcelMapTexts; readonly container: HTMLElement; readonly timer: ReturnType<typeof setTimeout> }

let early: EarlyMap | null = null;

/**
 * Where the map will be once the shell is drawn, from app.css: under the header (~56 px), right of
 * the 380 px side panel (at most 45 % of the width, 1 px border); from 820 px wide down, the panel
 * goes under the map and takes up to 45 % of the height. A wrong guess costs a few tiles cut for
 * nothing, not a wrong picture: the view is fitted again on the real size before anything is drawn.
 */
function predictedPlace(): Partial<CSSStyleDeclaration> {
  const { innerWidth: width, innerHeight: height } = window;
  const header = 56;
  const narrow = width <= 820;
  const panel = narrow ? 0 : Math.min(380, 0.45 * width) + 1;
  const mapHeight = narrow ? (height - header) * 0.55 : height - header;
  return {
    position: 'fixed', left: `${panel}px`, top: `${header}px`, width: `${width - panel}px`, height: `${Math.max(1, mapHeight)}px`,
    visibility: 'hidden', pointerEvents: 'none', zIndex: '-1',
  };
}

/** Starts the parcels map in a hidden element, for the screen to adopt (`takeEarlyParcelMap`). */
export function startParcelMapEarly(texts: ParcelMapTexts): void {
  if (early) return;
  const container = document.createElement('div');
  Object.assign(container.style, predictedPlace());
  container.setAttribute('aria-hidden', 'true');
  document.body.appendChild(container);
  const map = new ParcelMap({ container, ...texts, detached: true, onParcelClick: () => {}, onBasemapError: () => {} });
  early = { map, texts, container, timer: setTimeout(discardEarlyParcelMap, ADOPTION_WAIT_MS) };
}

/**
 * Hands the map started early its first data and view, the same objects the screen will pass (the
 * map skips data it already has). `parcels` null: the screen will show parcels of its own.
 */
export function giveEarlyParcelMapData(data: { parcels: FeatureCollection | null; zone: FeatureCollection; context: FeatureCollection; bounds: Wgs84Bounds }): void {
  if (!early) return;
  early.map.fitBounds(data.bounds);
  if (data.parcels) early.map.setParcels(data.parcels);
  early.map.setZone(data.zone);
  early.map.setContext(data.context);
}

/**
 * The map started early, moved into `target` and from now on drawing there, when it writes the same
 * texts as the screen asks for; otherwise (or when none was started) null, and the screen makes its own.
 */
export function takeEarlyParcelMap(texts: ParcelMapTexts, target: HTMLElement, events: ParcelMapEvents): ParcelMap | null {
  const taken = early;
  if (!taken) return null;
  early = null;
  clearTimeout(taken.timer);
  if (!sameTexts(taken.texts, texts)) {
    taken.map.destroy(); // and its container
    return null;
  }
  taken.container.style.cssText = 'position: absolute; inset: 0;';
  taken.container.removeAttribute('aria-hidden');
  target.appendChild(taken.container);
  taken.map.attach(events);
  return taken.map;
}

/** Removes a map started early that nobody adopted. */
export function discardEarlyParcelMap(): void {
  const taken = early;
  early = null;
  if (!taken) return;
  clearTimeout(taken.timer);
  taken.map.destroy(); // and its container
}

const sameTexts = (a: ParcelMapTexts, b: ParcelMapTexts) =>
  a.numberLocale === b.numberLocale && a.labels.northArrow === b.labels.northArrow && a.labels.northLetter === b.labels.northLetter;

/**
 * The map's hook for browser tests (docs/TEAM-CONTRACTS.md). Installed only when a test asks for it
 * — `window.__phanloTestHooks = true` set before the app loads (the harness does this with
 * addInitScript), or `?testHooks=1` in the address — so production pages carry no test surface.
 * Each map removes only its own hook: an old map torn down after a new one mounted leaves the new
 * map's hook in place.
 */

/** A label the map has placed on screen: which parcel, and the text's source ("12/43"). */
export interface RenderedLabel {
  id: string;
  label: string;
}

export interface ParcelMapTestHook {
  /** True from the first frame rendered with the parcels' source loaded. */
  readonly parcelsDrawn: boolean;
  renderedParcelIds(): string[];
  /** Every parcel label placed on screen (a parcel labelled twice appears twice). */
  renderedLabels(): RenderedLabel[];
  screenPointOf(lng: number, lat: number): { x: number; y: number };
  /** Moves the view without animation; resolves once the map is idle (tiles loaded, labels placed). */
  jumpTo(lng: number, lat: number, zoom: number): Promise<void>;
  /** How many features of a layer are rendered on screen now. */
  renderedCount(layerId: string): number;
  /** A style property as the map paints it, e.g. paintProperty('village-line', 'line-color') (a shared-program expression as its constant). */
  paintProperty(layerId: string, property: string): unknown;
}

declare global {
  interface Window {
    __phanloMap?: ParcelMapTestHook;
    /** Set by the browser-test harness before load: install the test hooks. */
    __phanloTestHooks?: boolean;
  }
}

interface HookHost {
  __phanloMap?: ParcelMapTestHook;
  __phanloTestHooks?: boolean;
  location?: { search: string };
}

/** Did the test harness (or the address) ask for the hooks? */
export function testHooksRequested(host: HookHost = window): boolean {
  if (host.__phanloTestHooks === true) return true;
  const search = host.location?.search ?? '';
  return new URLSearchParams(search).get('testHooks') === '1';
}

/** Installs `hook` when tests asked for it; the returned function removes it only if it is still ours. */
export function installTestHook(hook: ParcelMapTestHook, host: HookHost = window): () => void {
  if (!testHooksRequested(host)) return () => {};
  host.__phanloMap = hook;
  return () => {
    if (host.__phanloMap === hook) delete host.__phanloMap;
  };
}

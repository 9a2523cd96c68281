/**
 * The planner map's test hook, `window.__phanloPlanMap`: what browser tests and benchmarks read of the
 * map (docs/TEAM-CONTRACTS.md). Installed by plan-map.ts only when test hooks are asked for.
 */

/** A frame rendered: the layout version drawn, and the version whose details were drawn with it (null: none). */
export interface DetailFrame { readonly layout: number; readonly details: number | null }

/** What browser tests read (docs/TEAM-CONTRACTS.md). */
export interface PlanMapTestHook {
  /** True once the latest layout given has been rendered. */
  readonly layoutDrawn: boolean;
  /** How many layouts the map has been given (a new layout bumps it). */
  readonly layoutVersion: number;
  /** Codes of the plots the map has rendered in view. */
  renderedPlotCodes(): string[];
  /** Codes of every plot in the map's layout data (in view or not). */
  plotCodes(): string[];
  /** Codes of the plots drawn with the selection outline. */
  renderedSelectedCodes(): string[];
  /** Codes of the plots drawn hatched as locked. */
  renderedLockedCodes(): string[];
  /** Codes of the plot labels placed on the map (in view, not hidden). */
  renderedLabelCodes(): string[];
  /** The frames rendered since the hook was installed (the last 500); details: labels, envelopes, centre lines, kerbs. */
  detailFrames(): readonly DetailFrame[];
  /** The draggable dividing line's ends (WGS84), or null when none is drawn. */
  dividerEnds(): readonly (readonly [number, number])[] | null;
  screenPointOf(lng: number, lat: number): { x: number; y: number };
}

declare global {
  interface Window {
    __phanloPlanMap?: PlanMapTestHook;
  }
}

/**
 * For the benchmark and browser tests only (installed when the page asks for test hooks, see
 * src/map/test-hook.ts): makes `count` plot sheets of the layout in the page, as the button does, and
 * reports the time and the longest the page went without running a timer (how long it froze).
 */
import type { LayoutResult } from '../../geo/layout';
import { DEFAULT_PLACE_NAMES } from '../../domain/place-names';
import { plotCodesOf } from '../../domain/plot-sheet/plot-facts';
import { testHooksRequested } from '../../map/test-hook';
import { makePlotSheets } from './make-sheets';

export interface SheetsRun {
  readonly sheets: number;
  readonly ms: number;
  readonly bytes: number;
  /** Longest gap between 10 ms timer ticks while the sheets were made, ms. */
  readonly longestFreezeMs: number;
}

declare global {
  interface Window { __phanloPresentSheets?: (count: number) => Promise<SheetsRun> }
}

export function installSheetsTestHook(layout: LayoutResult): () => void {
  if (!testHooksRequested()) return () => {};
  const run = async (count: number): Promise<SheetsRun> => {
    const all = plotCodesOf(layout.features);
    const codes = Array.from({ length: count }, (_, i) => all[i % all.length]);
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    const start = performance.now();
    try {
      const bytes = await makePlotSheets({ layout, codes, places: DEFAULT_PLACE_NAMES, holders: new Map(), zone: null });
      return { sheets: count, ms: performance.now() - start, bytes: bytes.length, longestFreezeMs: Math.max(longest, performance.now() - last) };
    } finally {
      clearInterval(timer);
    }
  };
  window.__phanloPresentSheets = run;
  return () => { if (window.__phanloPresentSheets === run) delete window.__phanloPresentSheets; };
}

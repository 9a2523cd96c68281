/**
 * Loads a screen's code ahead of need: a while after the page has loaded, when the browser is idle,
 * so that the first screen's own loading and drawing (#/parcels, budget 500 KB gzip) never waits for
 * it. The planner's chunk starts its layout worker as it loads (PlanPage.tsx), so #/plan then opens
 * without waiting for either. Nothing is fetched twice: `import()` of a loaded module is the same
 * promise that `lazy()` waits on.
 */

/** How long after the page's `load` event the idle wait begins, ms (past the first screen's drawing). */
export const PREFETCH_AFTER_LOAD_MS = 3000;

export function prefetchWhenIdle(load: () => Promise<unknown>, afterMs = PREFETCH_AFTER_LOAD_MS): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const run = () => { if (!cancelled) void load().catch(() => { /* offline before the cache filled: loaded on demand later */ }); };
  const whenIdle = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 5000 });
    else run();
  };
  const start = () => { timer = setTimeout(whenIdle, afterMs); };
  if (typeof document === 'undefined' || document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    if (idle !== null && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    if (typeof window !== 'undefined') window.removeEventListener('load', start);
  };
}

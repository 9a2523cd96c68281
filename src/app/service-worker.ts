/**
 * Registers the service worker that precaches the app and the geo data (vite-plugin-pwa / Workbox),
 * so that after one visit the app starts with no network. Reports state through a tiny store
 * (src/state/service-worker-status.ts).
 */
import { registerSW } from 'virtual:pwa-register';
import { useServiceWorkerStore } from '../state/service-worker-status';

export { useServiceWorkerStore };

/**
 * Registers once the page has loaded, the screen's first content is drawn (`afterMark`, a performance
 * mark, when the screen has one) and the main thread is idle: precaching the whole app on a first
 * visit (the planner's chunks, the layout worker, the fonts: some 8 MB) would otherwise compete with
 * drawing the map for the same two cores and the same connection. A mark that never comes (the data
 * could not be read) delays the registration by `maxWaitMs` at most.
 */
export function startServiceWorker(options: { afterMark?: string; maxWaitMs?: number } = {}): void {
  if (!('serviceWorker' in navigator)) return;
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 1000);
  const afterLoad = () => whenMarked(options.afterMark, options.maxWaitMs ?? 10_000, () => whenIdle(register));
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/** Runs `run` once the performance mark `name` exists (at once without a name), or after `maxWaitMs`. */
function whenMarked(name: string | undefined, maxWaitMs: number, run: () => void): void {
  if (!name || performance.getEntriesByName(name, 'mark').length > 0 || typeof PerformanceObserver !== 'function') {
    run();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    run();
  };
  const observer = new PerformanceObserver((list) => { if (list.getEntriesByName(name).length > 0) once(); });
  observer.observe({ type: 'mark' });
  const timer = setTimeout(once, maxWaitMs);
}

function register(): void {
  const update = registerSW({
    immediate: true,
    onOfflineReady: () => useServiceWorkerStore.setState({ offlineReady: true }),
    onNeedRefresh: () => useServiceWorkerStore.setState({ updateAvailable: true }),
    onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error),
  });
  useServiceWorkerStore.setState({ applyUpdate: () => void update(true) });
}

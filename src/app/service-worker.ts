/**
 * Registers the service worker that precaches the app and the geo data (vite-plugin-pwa / Workbox),
 * so that after one visit the app starts with no network. Reports state through a tiny store
 * (src/state/service-worker-status.ts).
 */
import { registerSW } from 'virtual:pwa-register';
import { useServiceWorkerStore } from '../state/service-worker-status';

export { useServiceWorkerStore };

/**
 * Registers once the page has loaded and the main thread is idle: precaching the whole app on a first
 * visit would otherwise compete with drawing the map for the same two cores.
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 1000);
  if (document.readyState === 'complete') whenIdle(register);
  else window.addEventListener('load', () => whenIdle(register), { once: true });
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

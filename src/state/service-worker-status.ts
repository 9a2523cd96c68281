/** What the service worker last reported (offline ready, update waiting), for the app shell's banner. */
import { create } from 'zustand';

interface ServiceWorkerState {
  offlineReady: boolean;
  updateAvailable: boolean;
  applyUpdate: () => void;
  dismiss: () => void;
}

export const useServiceWorkerStore = create<ServiceWorkerState>((set) => ({
  offlineReady: false,
  updateAvailable: false,
  applyUpdate: () => undefined,
  dismiss: () => set({ offlineReady: false, updateAvailable: false }),
}));

/**
 * The illustrative Đồng Dọc data, fetched from public/geo/ (precached by the service worker) and
 * validated whole before anything is drawn. Loaded once per plane CRS and kept for the session.
 */
import { create } from 'zustand';
import { loadDemoSite, type DemoSite, type DisplayIssue } from '../io/demo-site';

type DemoSiteState =
  | { status: 'idle' }
  | { status: 'loading'; planeCrs: string }
  | { status: 'ready'; planeCrs: string; demo: DemoSite }
  | { status: 'error'; planeCrs: string; errors: readonly DisplayIssue[] };

interface DemoSiteStore {
  state: DemoSiteState;
  load: (planeCrs: string, options?: { force?: boolean }) => void;
}

export const useDemoSiteStore = create<DemoSiteStore>((set, get) => ({
  state: { status: 'idle' },
  load: (planeCrs, options = {}) => {
    const current = get().state;
    if (!options.force && current.status !== 'idle' && 'planeCrs' in current && current.planeCrs === planeCrs) return;
    set({ state: { status: 'loading', planeCrs } });
    void loadDemoSite(planeCrs, (path) => fetch(path).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.text();
    })).then((result) => {
      performance.mark('phanlo:demo-site-read');
      // A load for another plane started since: its result wins, whichever finishes last.
      const current = get().state;
      if (!('planeCrs' in current) || current.planeCrs !== planeCrs) return;
      set({ state: result.ok ? { status: 'ready', planeCrs, demo: result.value } : { status: 'error', planeCrs, errors: result.errors } });
    });
  },
}));

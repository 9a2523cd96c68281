import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDemoSiteStore } from '../../src/state/demo-site-store';

const publicDir = join(__dirname, '..', '..', 'public');

afterEach(() => {
  vi.unstubAllGlobals();
  useDemoSiteStore.setState({ state: { status: 'idle' } });
});

describe('demo site store', () => {
  it('keeps the newest plane when an older load finishes last', async () => {
    // The first load (the default plane, before the stored setting arrives) answers slowly.
    let calls = 0;
    vi.stubGlobal('fetch', (path: string) => {
      const slow = calls++ < 3;
      const body = readFileSync(join(publicDir, path), 'utf8');
      return new Promise((resolve) => setTimeout(() => resolve({ ok: true, status: 200, text: () => Promise.resolve(body) }), slow ? 60 : 5));
    });
    useDemoSiteStore.getState().load('EPSG:9209');
    useDemoSiteStore.getState().load('EPSG:9210');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const state = useDemoSiteStore.getState().state;
    expect(state.status).toBe('ready');
    expect(state.status === 'ready' && state.demo.layer.crs).toBe('EPSG:9210');
  });
});

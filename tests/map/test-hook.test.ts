// The map's test hook exists only when a test asks for it, and a map tearing down removes only its own.
import { describe, expect, it } from 'vitest';
import { installTestHook, testHooksRequested, type ParcelMapTestHook } from '../../src/map/test-hook';

const fakeHook = (): ParcelMapTestHook => ({
  parcelsDrawn: true,
  renderedParcelIds: () => [],
  renderedLabels: () => [],
  screenPointOf: () => ({ x: 0, y: 0 }),
  jumpTo: async () => {},
  renderedCount: () => 0,
  paintProperty: () => null,
});

describe('map test hook', () => {
  it('is not installed in a page that did not ask for it (production)', () => {
    const host: { __phanloMap?: ParcelMapTestHook; location: { search: string } } = { location: { search: '' } };
    installTestHook(fakeHook(), host);
    expect(host.__phanloMap).toBeUndefined();
    expect(testHooksRequested({ location: { search: '?testHooks=0' } })).toBe(false);
  });

  it('is installed when the harness set __phanloTestHooks, or the address says ?testHooks=1', () => {
    const host: { __phanloMap?: ParcelMapTestHook; __phanloTestHooks?: boolean } = { __phanloTestHooks: true };
    const hook = fakeHook();
    installTestHook(hook, host);
    expect(host.__phanloMap).toBe(hook);
    expect(testHooksRequested({ location: { search: '?testHooks=1' } })).toBe(true);
  });

  it("an old map's teardown leaves the newer map's hook in place", () => {
    const host: { __phanloMap?: ParcelMapTestHook; __phanloTestHooks?: boolean } = { __phanloTestHooks: true };
    const older = fakeHook();
    const newer = fakeHook();
    const removeOlder = installTestHook(older, host);
    const removeNewer = installTestHook(newer, host);
    removeOlder();
    expect(host.__phanloMap).toBe(newer);
    removeNewer();
    expect(host.__phanloMap).toBeUndefined();
  });
});

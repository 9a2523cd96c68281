// The register, the household view and field mode draw a kept layout of the approved variant only when
// its key is that of the run they would otherwise start (the planner's rule, layout-cache.ts): the
// build's demo layout for the demo zone, the planner's kept one for any variant without a layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoVariantRow, type LaidOutLayout } from '../../../src/db/variant-row';
import { laidOutKey, runKey } from '../../../src/features/plan/layout-cache';
import { approvedRunKey, keptApprovedLayout } from '../../../src/features/site/kept-approved-layout';
import type { LayoutResult } from '../../../src/geo/layout';
import { loadDemoSite } from '../../../src/io/demo-site';

const fetchPublic = async (path: string) => readFileSync(join(__dirname, '../../../public', path.replace(/^\.?\//, '')), 'utf8');

/** A stand-in layout: only its identity matters here. */
const layoutNamed = (name: string) => ({ ok: true, features: [], name }) as unknown as LayoutResult;

describe('a kept layout of the approved variant', async () => {
  const demo = await loadDemoSite('EPSG:9209', fetchPublic);
  if (!demo.ok) throw new Error('demo did not load');
  const { site } = demo.value;
  const variant = { ...demoVariantRow('2026-01-01T00:00:00Z'), laidOut: undefined as LaidOutLayout | undefined };
  // The key scripts/demo-layout.ts gives the build's file: default parameters, nothing previous, locked or given.
  const buildKey = (engine: string) => laidOutKey(engine, site, runKey(variant.parameters, null, [], []))!;
  const shipped: LaidOutLayout = { key: buildKey('engine-A'), layout: layoutNamed('shipped') };

  it('is the build\'s demo layout for a fresh profile\'s demo variant, keyed as the build keys it', () => {
    expect(approvedRunKey(variant, site, 'engine-A')).toBe(shipped.key);
    expect(keptApprovedLayout(variant, site, shipped, 'engine-A')).toBe(shipped.layout);
  });

  it('is never one made by another engine build, or without an engine build', () => {
    expect(keptApprovedLayout(variant, site, shipped, 'engine-B')).toBeNull();
    expect(keptApprovedLayout(variant, site, shipped, null)).toBeNull();
  });

  it('is never one made for other parameters, fields given or zone', () => {
    const wider = { ...variant, parameters: { ...variant.parameters, mainRoadWidthM: variant.parameters.mainRoadWidthM + 1 } };
    expect(keptApprovedLayout(wider, site, shipped, 'engine-A')).toBeNull();
    const typed = { ...variant, givenParameters: ['mainRoadWidthM' as const] };
    expect(keptApprovedLayout(typed, site, shipped, 'engine-A')).toBeNull();
    const movedZone = { ...site, zone: site.zone.map((ring) => ring.map(([x, y]) => [x + 1, y])) } as unknown as typeof site;
    expect(keptApprovedLayout(variant, movedZone, shipped, 'engine-A')).toBeNull();
  });

  it('is the planner\'s kept layout when its key matches, and the build\'s only for the demo zone', () => {
    const planners: LaidOutLayout = { key: shipped.key, layout: layoutNamed('planner') };
    expect(keptApprovedLayout({ ...variant, laidOut: planners }, site, null, 'engine-A')).toBe(planners.layout);
    const imported = { ...variant, site };
    expect(keptApprovedLayout(imported, site, shipped, 'engine-A')).toBeNull();
    expect(keptApprovedLayout({ ...imported, laidOut: planners }, site, shipped, 'engine-A')).toBe(planners.layout);
  });

  it('is not wanted for a variant that stores a layout of its own', () => {
    expect(keptApprovedLayout({ ...variant, layout: layoutNamed('own') }, site, shipped, 'engine-A')).toBeNull();
  });
});

/**
 * The property test over seeded random zones of every shape (random-zones.ts), judged by the
 * independent checker; split over several test files so that the two CI workers share it.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../../src/geo/layout';
import { checkLayoutRules } from './checker';
import { randomZone, type Shape } from './random-zones';
import { faults } from './strict-rules';

// A layout and its independent check take a second or two on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

/** CI zones of 0.5–15 ha (the larger ones are the sweep's: scripts/layout-sweep.ts). */
const CI_MAX_HA = 15;

export function propertySuite(shapes: readonly Shape[], seedsPerShape: number, firstSeed = 1): void {
  for (const shape of shapes) {
    describe(`layout invariants on random ${shape} zones`, () => {
      for (let seed = firstSeed; seed < firstSeed + seedsPerShape; seed++) {
        const site = randomZone(seed, { shape, maxHa: CI_MAX_HA });
        it(`seed ${seed} (${site.kind})`, () => {
          const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
          expect(r.ok, JSON.stringify(r.ok ? null : r.errors)).toBe(true);
          if (!r.ok) return;
          expect(faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r))).toEqual([]);
        });
      }
    });
  }
}

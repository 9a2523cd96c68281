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

/**
 * Seeds still failing a strict rule, pinned by rule (`shape seed` → rules): the test asserts that they
 * fail on exactly these rules, so a new fault on them still fails the test, and so does a fix (remove
 * the entry then). Each is a bug to fix, listed in src/geo/layout/KNOWN-LIMITS.md.
 */
export const KNOWN_FAULTS: Readonly<Record<string, readonly string[]>> = {};

const rulesOf = (list: readonly string[]) => [...new Set(list.map((f) => f.slice(0, f.indexOf(':'))))].sort();

export function propertySuite(shapes: readonly Shape[], seedsPerShape: number, firstSeed = 1): void {
  for (const shape of shapes) {
    describe(`layout invariants on random ${shape} zones`, () => {
      for (let seed = firstSeed; seed < firstSeed + seedsPerShape; seed++) {
        const site = randomZone(seed, { shape, maxHa: CI_MAX_HA });
        it(`seed ${seed} (${site.kind})`, () => {
          const r = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
          const known = KNOWN_FAULTS[`${shape} ${seed}`];
          if (!r.ok) {
            expect(r.errors.map((e) => `refused:${e.code}`), JSON.stringify(r.errors)).toEqual(known ?? []);
            return;
          }
          const found = faults(checkLayoutRules(site, DEFAULT_LAYOUT_PARAMETERS, r));
          if (known) expect(rulesOf(found), found.join('\n')).toEqual([...known].sort());
          else expect(found).toEqual([]);
        });
      }
    });
  }
}

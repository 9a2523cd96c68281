/**
 * Which checker rules a test holds strictly, and which it asks only to be reported.
 *
 * Strict: the geometry this engine guarantees (validity, tiling, holes, frontage, the homes buffer,
 * envelopes, fire separation, road-to-wall, centre lines inside the zone, balance figures), and Table
 * 2.6's green share (green topped up where it costs least: 0 failures over the CI seeds, the 504-seed
 * sweep and the other parameter sets).
 * Reported: rules of layout strategy that the engine does not yet meet on every zone: Table 2.6's
 * traffic share (CI seed U 22 passes since its entrance is moved off the pond behind it) and
 * technical share (a planner's `facilities: []`); the 2.5.2 strip round the whole area (a zone under
 * about 1 ha has no room for plots inside a full 10 m strip); dead ends (0 over the 504 CI seeds,
 * and the 14 seeds of the 504-seed sweep that failed pass since the network measures dead ends on
 * its centre lines as written — dead-ends.test.ts —, but a branch as wide as the turning square
 * (`branchRoadWidthM` 12 = `turnaroundM`) writes no turning area, so its dead end counts as open:
 * writing it, carved from the branch, makes the plots beside it measure frontage on both the square's
 * and the branch's edges — legacy seeds 25, 31, 49, 52, 58 of parameter set 1 in properties.test.ts,
 * plot-figures — until frontage is measured on the roads' union);
 * roads a pond or zone edge narrows between junctions. A layout may fail them, but then its own
 * balance or warnings must say so — it never claims a pass it does not have.
 * Measured, not yet held: where the facility lots stand (`facility-placement`, checker-facilities.ts):
 * the engine places them by rule, but over the 504 CI seeds 57 still fail it (s7): the wastewater plant
 * nearer its nearest gate than the median plot on zones of 0.5–1.5 ha whose far end faces the homes,
 * beside the homes strip where every spot borders it, and small parking or waste lots fronting no
 * road (README "Known limits" gives the counts). The bug fixtures hold it strictly
 * (facility-placement.test.ts); `scripts/layout-sweep.ts` prints it.
 */
import type { CheckRule, Finding } from './checker';

export const REPORTED_RULES: ReadonlySet<CheckRule> = new Set<CheckRule>([
  'traffic-share', 'technical-share', 'isolation-strip', 'dead-end', 'road-width',
]);

/** Rules measured by the checker but not yet held on every zone (see above). */
export const MEASURED_RULES: ReadonlySet<CheckRule> = new Set<CheckRule>(['facility-placement']);

/** The findings a test must see none of: every strict one, and reported-class ones the layout keeps quiet about. */
export const faults = (findings: readonly Finding[]): string[] => findings
  .filter((f) => !MEASURED_RULES.has(f.rule))
  .filter((f) => !REPORTED_RULES.has(f.rule) || !f.reported)
  .map((f) => `${f.rule}: ${f.message}`);

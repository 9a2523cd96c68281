/**
 * Which checker rules a test holds strictly, and which it asks only to be reported.
 *
 * Strict: the geometry this engine guarantees (validity, tiling, holes, frontage, the homes buffer,
 * envelopes, fire separation, road-to-wall, centre lines inside the zone, balance figures).
 * Reported: rules of layout strategy that the engine does not yet meet on every zone (Table 2.6
 * shares, the 2.5.2 strip round the whole area, dead ends without turning areas, roads a zone edge
 * narrows between junctions): a layout may fail them, but then its own balance or warnings must say
 * so — it never claims a pass it does not have.
 */
import type { CheckRule, Finding } from './checker';

export const REPORTED_RULES: ReadonlySet<CheckRule> = new Set<CheckRule>([
  'green-share', 'traffic-share', 'technical-share', 'isolation-strip', 'dead-end', 'road-width',
]);

/** The findings a test must see none of: every strict one, and reported-class ones the layout keeps quiet about. */
export const faults = (findings: readonly Finding[]): string[] => findings
  .filter((f) => !REPORTED_RULES.has(f.rule) || !f.reported)
  .map((f) => `${f.rule}: ${f.message}`);

/**
 * The stored shape of a planner variant (phương án, table `variants`, schema version 5) and the demo
 * variant a fresh profile starts with. Kept apart from database.ts so that the schema file stays a list
 * of versions, and from variants.ts (the commands) so that the schema does not import them.
 */
import type { ZoneSite } from '../domain/site';
import type { LayoutParameters, LayoutResult } from '../geo/layout';
// The defaults alone: the engine itself stays out of the first load (it runs in the layout worker).
import { DEFAULT_LAYOUT_PARAMETERS } from '../geo/layout/default-parameters';
import type { RecordEnvelope } from './database';

/** The demo variant's stable id. */
export const DEMO_VARIANT_ID = 'demo';

/**
 * One variant: a zone, the parameters it was laid out with, and the layout produced.
 *
 * The produced layout is stored, not only what reproduces it: the engine is deterministic today, but it
 * is being rewritten, and plot codes (which allocations and field checks name) must survive an engine
 * upgrade. `layout: null` means "not stored yet: lay out `site` with `parameters`" — the demo variant
 * until the planner lays it out, whose layout is by contract the one `phanlo layout` gives for the zone
 * file in public/geo/.
 */
export interface VariantRow extends RecordEnvelope {
  id: string;
  /** What the planner named it; null: the demo's default name in the reader's language ("Phương án 1 (mẫu)"). */
  name: string | null;
  /** The zone in VN-2000 plane metres; null: the demo zone (public/geo/dong-doc-zone.geojson). */
  site: ZoneSite | null;
  parameters: LayoutParameters;
  /** The layout made with `parameters` (plots with their codes, roads, green, balance); see above. */
  layout: LayoutResult | null;
  /** The approved variant (phương án được duyệt): exactly one live variant has it. */
  approved: boolean;
  /** ISO 8601; orders the variant list. */
  createdAt: string;
  /**
   * Codes of the plots the planner locked (issue 8): a regeneration keeps them exactly, through the
   * engine's `locked` option. Absent on rows stored before hand edits: none locked.
   */
  lockedPlotCodes?: string[];
  /**
   * The fields of `parameters` the planner set (the engine's `givenParameters`): used as given, where a
   * default may scale with the zone (a main road on a small zone), even when equal to the default.
   * Absent on rows stored before it was kept: the fields that differ from the defaults, as then.
   */
  givenParameters?: (keyof LayoutParameters)[];
  /**
   * For a variant with `layout: null`: the layout the engine last gave it, under a key naming the engine
   * build and everything the run was given (src/features/plan/layout-cache.ts), drawn at once on the next
   * open while the engine lays it out again; never shown when the key differs. Derived data, not an edit:
   * written outside the history (storeVariantLaidOut). Absent on rows stored before it was kept, and
   * until a first layout: the variant is laid out on open, as then. Not indexed: no schema version.
   */
  laidOut?: LaidOutLayout;
}

/** A layout kept under the key of the run that made it (VariantRow.laidOut). */
export interface LaidOutLayout {
  key: string;
  layout: LayoutResult;
}

/** A copy of the default parameters, never the engine's own object (IndexedDB and edits must not share it). */
export const defaultParameters = (): LayoutParameters => structuredClone(DEFAULT_LAYOUT_PARAMETERS) as LayoutParameters;

/** The demo variant as a fresh profile (and the version-5 upgrade) stores it, envelope aside. */
export function demoVariantRow(createdAt: string): Omit<VariantRow, keyof RecordEnvelope> {
  return { id: DEMO_VARIANT_ID, name: null, site: null, parameters: defaultParameters(), layout: null, approved: true, createdAt };
}

/** Reads the import fixtures (tests/fixtures/import, written by make-import-fixtures.ts). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import reference from '../../fixtures/coordinates/proj-reference.json';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
export const fixtureJson = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8'));

/** PROJ 9.1 (cs2cs) output for a point given as in the fixture's REFERENCE_TRIANGLE. */
export function projReference(crs: string, lat: number, lon: number): { easting: number; northing: number } {
  const c = reference.cases.find((r) => r.crs === crs && r.lat === lat && r.lon === lon);
  if (!c) throw new Error(`no PROJ reference for ${crs} ${lat} ${lon}`);
  return c;
}

/** The triangle of PROJ reference points used by the *-proj-reference fixtures, [lat, lon]. */
export const REFERENCE_TRIANGLE: readonly (readonly [number, number])[] = [[20.845, 106.39], [20.851, 106.397], [20.848, 106.393]];

/** The corners of the fixtures' base parcels in EPSG:9209, as make-import-fixtures.ts writes them. */
export const E0 = 592700;
export const N0 = 2306300;

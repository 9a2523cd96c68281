/**
 * Recovered areas against GEOS: tests/fixtures/land-recovery/inside-zone-reference.json holds, for every
 * parcel of the demo data and of the hand-made fixture, the area of its intersection with the zone as
 * GDAL/GEOS computes it (scripts/make-recovery-area-reference.sh). Each recovered parcel's stated area
 * must be that exact area rounded once to 0.1 m²: a compensation document may not lose the last decimal
 * to the clipping grid (12/45 of the demo is 592.352 m² inside the zone: 592,4, not 592,3).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { insideZoneAreaM2 } from '../../../src/domain/inside-zone-area';
import { MIN_RECOVERED_AREA_M2, recoveredParcels } from '../../../src/domain/land-recovery';
import { parcelId, type Parcel } from '../../../src/domain/parcel';
import { asPlane } from '../../../src/geo/coordinates';
import { roundAreaM2, type PlanePolygon } from '../../../src/geo/plane-measure';

interface ReferenceArea { id: string; parcelAreaM2: number; insideAreaM2: number }
interface ReferenceCase { parcels: string; zone: string; areas: ReferenceArea[] }
interface RawCollection { features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][] } }[] }

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = <T>(path: string): T => JSON.parse(readFileSync(root + path, 'utf8')) as T;
const reference = readJson<{ cases: Record<string, ReferenceCase> }>('tests/fixtures/land-recovery/inside-zone-reference.json');
const toPolygon = (coordinates: number[][][]): PlanePolygon => coordinates.map((ring) => ring.map(([e, n]) => asPlane([e, n])));

function load(reference: ReferenceCase): { parcels: Parcel[]; zone: PlanePolygon } {
  const parcels = readJson<RawCollection>(reference.parcels).features.map(({ properties, geometry }) => ({
    id: parcelId(Number(properties.sheetNo), Number(properties.parcelNo)),
    sheetNo: Number(properties.sheetNo),
    parcelNo: Number(properties.parcelNo),
    landUseCode: String(properties.landUseCode),
    landUser: String(properties.landUser ?? ''),
    registeredAreaM2: null,
    polygon: toPolygon(geometry.coordinates),
  }));
  const zoneFeature = readJson<RawCollection>(reference.zone).features.find((f) => f.properties.role === 'zone');
  return { parcels, zone: toPolygon(zoneFeature!.geometry.coordinates) };
}

describe.each(Object.entries(reference.cases))('recovered areas of the %s data against GEOS', (_name, oracle) => {
  const { parcels, zone } = load(oracle);
  const recovered = recoveredParcels(parcels, zone);
  const byId = new Map(oracle.areas.map((area) => [area.id, area]));

  it('covers every parcel of the file', () => {
    expect(oracle.areas.map((area) => area.id).sort()).toEqual(parcels.map((p) => p.id).sort());
  });

  it('recovers exactly the parcels GEOS finds at least 0.05 m² of inside the zone', () => {
    const expected = oracle.areas.filter((area) => area.insideAreaM2 >= MIN_RECOVERED_AREA_M2).map((area) => area.id);
    expect(recovered.map((row) => row.parcelId).sort()).toEqual(expected.sort());
    expect(recovered.length).toBeGreaterThan(0);
  });

  it('states every recovered area as the GEOS area rounded once to 0.1 m²', () => {
    const mismatches = recovered
      .map((row) => ({ id: row.parcelId, phanlo: row.recoveredAreaM2Stated, geos: roundAreaM2(byId.get(row.parcelId)!.insideAreaM2) }))
      .filter((row) => row.phanlo !== row.geos);
    expect(mismatches).toEqual([]);
    for (const row of recovered) expect(Math.abs(row.recoveredAreaM2 - byId.get(row.parcelId)!.insideAreaM2)).toBeLessThan(0.001);
  });

  it('gives the parcel record the same inside-zone area as the recovery', () => {
    for (const parcel of parcels) {
      const geos = byId.get(parcel.id)!.insideAreaM2;
      expect(Math.abs(insideZoneAreaM2(parcel, zone) - geos), parcel.id).toBeLessThan(0.001);
    }
  });
});

describe('the partly recovered parcels the 1 mm grid stated 0.1 m² short', () => {
  const { parcels, zone } = load(reference.cases.demo);
  const stated = new Map(recoveredParcels(parcels, zone).map((row) => [row.parcelId, row.recoveredAreaM2Stated]));
  it.each([['12/45', 592.4], ['12/46', 715], ['12/48', 738]])('%s is %s m² inside the zone', (id, areaM2) => {
    expect(stated.get(id)).toBe(areaM2);
  });
});

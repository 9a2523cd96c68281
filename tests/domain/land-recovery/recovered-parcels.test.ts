import { describe, expect, it } from 'vitest';
import { MIN_RECOVERED_AREA_M2, recoveredParcels } from '../../../src/domain/land-recovery';
import { polygonAreaM2 } from '../../../src/geo/plane-measure';
import { loadParcels, loadZone, parcel, rect } from './fixtures';

/*
 * tests/fixtures/land-recovery: a 100 × 60 m zone (local 0…100 × 0…60) with a 10 × 10 m pond at
 * 70…80 × 40…50 (its ring wound like the outer ring), and parcels around it. Answers by hand:
 *   1/101 LUC   0…40 × 0…30   1200 m², all inside            → 1200.0 whole
 *   1/102 LUC  40…70 × 0…30    900 m², all inside (CW ring)  →  900.0 whole
 *   1/103 BHK −20…20 × 30…60  1200 m², x 0…20 inside          →  600.0 part, ½
 *   1/104 LUC  60…90 × 30…60   900 m², the pond stays out     →  800.0 part, 8/9
 *   1/105 DGT   0…40 × 59.999…66, 0.001 m × 40 m inside = 0.04 m² → not recovered (sliver)
 *   1/106 NTD  20…60 × 30…60  1200 m², all inside             → 1200.0 whole
 *   2/7   DTL 100…104 × 0…60, shares the zone's east edge     → not recovered
 *   2/8   ONT  90…110 × 0…20   400 m², x 90…100 inside        →  200.0 part, ½
 *   2/9   XYZ  70…90 × 0…30    600 m², all inside             →  600.0 whole
 * Sum 5500 m² = zone 6000 − pond 100 − land in no parcel (90…100 × 20…60 = 400).
 */
const EXPECTED = [
  { parcelId: '1/101', parcelAreaM2: 1200, recoveredAreaM2: 1200, extent: 'whole', share: 1 },
  { parcelId: '1/102', parcelAreaM2: 900, recoveredAreaM2: 900, extent: 'whole', share: 1 },
  { parcelId: '1/103', parcelAreaM2: 1200, recoveredAreaM2: 600, extent: 'part', share: 0.5 },
  { parcelId: '1/104', parcelAreaM2: 900, recoveredAreaM2: 800, extent: 'part', share: 8 / 9 },
  { parcelId: '1/106', parcelAreaM2: 1200, recoveredAreaM2: 1200, extent: 'whole', share: 1 },
  { parcelId: '2/8', parcelAreaM2: 400, recoveredAreaM2: 200, extent: 'part', share: 0.5 },
  { parcelId: '2/9', parcelAreaM2: 600, recoveredAreaM2: 600, extent: 'whole', share: 1 },
] as const;

describe('recoveredParcels on the hand-made fixture', () => {
  const parcels = loadParcels();
  const zone = loadZone();
  const recovered = recoveredParcels(parcels, zone);

  it('finds exactly the parcels the zone takes, in sheet/parcel order', () => {
    expect(recovered.map((r) => r.parcelId)).toEqual(EXPECTED.map((e) => e.parcelId));
  });

  it('measures each recovered part as computed by hand', () => {
    for (const expected of EXPECTED) {
      const row = recovered.find((r) => r.parcelId === expected.parcelId)!;
      expect(row.parcelAreaM2, expected.parcelId).toBeCloseTo(expected.parcelAreaM2, 6);
      expect(row.recoveredAreaM2, expected.parcelId).toBeCloseTo(expected.recoveredAreaM2, 6);
      expect(row.recoveredAreaM2Stated, expected.parcelId).toBe(expected.recoveredAreaM2);
      expect(row.recoveredShare, expected.parcelId).toBeCloseTo(expected.share, 9);
      expect(row.extent, expected.parcelId).toBe(expected.extent);
      expect(row.remainingAreaM2, expected.parcelId).toBeCloseTo(expected.parcelAreaM2 - expected.recoveredAreaM2, 6);
    }
  });

  it('leaves the zone’s hole out of the recovery whatever its winding', () => {
    const withPond = recovered.find((r) => r.parcelId === '1/104')!;
    expect(withPond.recoveredAreaM2).toBeCloseTo(800, 6);
    expect(withPond.recoveredPolygons).toHaveLength(1);
    expect(withPond.recoveredPolygons[0]).toHaveLength(2); // outer ring and the pond as a hole
  });

  it('adds up to the zone less the pond and the land in no parcel', () => {
    const sum = recovered.reduce((s, r) => s + r.recoveredAreaM2, 0);
    expect(sum).toBeCloseTo(polygonAreaM2(zone) - 400, 6);
    expect(polygonAreaM2(zone)).toBeCloseTo(5900, 6);
  });

  it('copies the register fields and keeps the wholly recovered area equal to the parcel’s own', () => {
    const first = recovered[0];
    expect(first).toMatchObject({ sheetNo: 1, parcelNo: 101, landUseCode: 'LUC', landUser: 'Nguyễn Văn An' });
    expect(first.recoveredAreaM2).toBe(first.parcelAreaM2);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify({ parcels, zone });
    recoveredParcels(parcels, zone);
    expect(JSON.stringify({ parcels, zone })).toBe(before);
  });
});

describe('recoveredParcels at the sliver threshold', () => {
  const zone = rect(0, 0, 40, 40);

  it('ignores less than 0.05 m² inside and takes more', () => {
    expect(MIN_RECOVERED_AREA_M2).toBe(0.05);
    const sliver = parcel(3, 1, 'LUC', 'A', rect(0, 39.999, 40, 10)); // 0.001 × 40 = 0.04 m² inside
    const thin = parcel(3, 2, 'LUC', 'B', rect(0, -9.998, 40, 10)); // 0.002 × 40 = 0.08 m² inside
    const out = recoveredParcels([sliver, thin], zone);
    expect(out.map((r) => r.parcelId)).toEqual(['3/2']);
    expect(out[0].recoveredAreaM2).toBeCloseTo(0.08, 6);
    expect(out[0].recoveredAreaM2Stated).toBe(0.1);
    expect(out[0].extent).toBe('part');
  });

  it('calls a parcel wholly recovered when less than 0.05 m² of it stays outside', () => {
    const almost = parcel(3, 3, 'LUC', 'C', rect(0, 0, 40, 40.001)); // 0.04 m² outside
    const [row] = recoveredParcels([almost], zone);
    expect(row.extent).toBe('whole');
    expect(row.recoveredAreaM2).toBe(row.parcelAreaM2);
    expect(row.remainingAreaM2).toBe(0);
    expect(row.recoveredShare).toBe(1);
  });

  it('returns nothing for an empty zone', () => {
    expect(recoveredParcels([parcel(3, 4, 'LUC', 'D', rect(0, 0, 10, 10))], [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { cornerTable, parcelRecord } from '../../src/domain/parcel-record';
import { insideZoneAreaM2 } from '../../src/domain/inside-zone-area';
import type { Parcel } from '../../src/domain/parcel';

const E = 592700;
const N = 2306300;
const ring = (pts: number[][]) => pts.map((p) => asPlane([E + p[0], N + p[1]]));
const parcel: Parcel = {
  id: '12/34', sheetNo: 12, parcelNo: 34, landUseCode: 'LUC', landUser: 'A', registeredAreaM2: null,
  polygon: [ring([[0, 0], [30, 0], [30, 40], [0, 40], [0, 0]])],
};

describe('parcel record', () => {
  it('lists corners as Vietnamese tables do: X northing, Y easting, clockwise from the north-west corner', () => {
    // The ring is stored counter-clockwise from the south-west corner; the table starts at the
    // north-west corner (0, 40) and goes clockwise: north-east, south-east, south-west.
    const rows = cornerTable(parcel.polygon[0]);
    expect(rows).toEqual([
      { pointNo: 1, x: N + 40, y: E, edgeToNextM: 30 },
      { pointNo: 2, x: N + 40, y: E + 30, edgeToNextM: 40 },
      { pointNo: 3, x: N, y: E + 30, edgeToNextM: 30 },
      { pointNo: 4, x: N, y: E, edgeToNextM: 40 },
    ]);
  });

  it('measures the area and the part inside the zone in plane metres', () => {
    const zone = [ring([[15, -10], [100, -10], [100, 100], [15, 100]])];
    const record = parcelRecord(parcel);
    expect(record.areaM2).toBe(1200);
    expect(record.perimeterM).toBe(140);
    expect(insideZoneAreaM2(parcel, zone)).toBeCloseTo(600, 6);
  });
});

import { describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import {
  polygonAreaM2, ringEdgeLengthsM, ringSignedAreaM2, roundAreaM2,
} from '../../src/geo/plane-measure';

const square = [[592700, 2306300], [592750, 2306300], [592750, 2306340], [592700, 2306340], [592700, 2306300]]
  .map((p) => asPlane(p as [number, number]));

describe('plane measures', () => {
  it('shoelace area of a 50 × 40 m rectangle at real VN-2000 magnitudes is exactly 2000 m²', () => {
    expect(ringSignedAreaM2(square)).toBe(2000);
    expect(ringSignedAreaM2([...square].reverse())).toBe(-2000);
  });

  it('subtracts holes', () => {
    const hole = [[592710, 2306310], [592720, 2306310], [592720, 2306320], [592710, 2306320]]
      .map((p) => asPlane(p as [number, number]));
    expect(polygonAreaM2([square, hole])).toBe(1900);
  });

  it('gives edge lengths corner to corner, wrapping', () => {
    expect(ringEdgeLengthsM(square)).toEqual([50, 40, 50, 40]);
  });

  it('rounds to 0.1 m² half up', () => {
    expect(roundAreaM2(1250.25)).toBe(1250.3);
    expect(roundAreaM2(1250.24)).toBe(1250.2);
  });
});

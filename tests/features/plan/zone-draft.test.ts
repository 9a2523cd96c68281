// The drawing panel's corners: typed values stay exact through the map's WGS84 round trip; edits.
import { describe, expect, it } from 'vitest';
import { asPlane, fromXY, planeProjection, toXY } from '../../../src/geo/coordinates';
import { insertCorner, mergeMapCorners, parseCornerLines, removeCorner, setCornerXY } from '../../../src/features/plan/zone-draft';

describe('zone draft', () => {
  const typed = [fromXY(2306300, 592700), fromXY(2306300, 592900), fromXY(2306500, 592900)];

  it('keeps typed corners exact when the map sends them back through WGS84, and takes a dragged one', () => {
    const projection = planeProjection('EPSG:9209');
    // terra-draw keeps 10 decimals of a degree; the round trip lands a fraction of a millimetre off.
    const back = typed.map((p) => projection.toLngLat(p)).map(([lng, lat]) => projection.toPlane([Number(lng.toFixed(10)), Number(lat.toFixed(10))]));
    expect(back[0]).not.toEqual(typed[0]);
    const dragged = [...back.slice(0, 2), asPlane([back[2][0] + 3, back[2][1]])];
    const merged = mergeMapCorners(typed, dragged);
    expect(merged[0]).toBe(typed[0]);
    expect(merged[1]).toBe(typed[1]);
    expect(merged[2]).toBe(dragged[2]);
  });

  it('sets, inserts and removes corners without touching its input', () => {
    const set = setCornerXY(typed, 1, 2306310.25, 592905.5)!;
    expect(toXY(set[1])).toEqual({ x: 2306310.25, y: 592905.5 });
    expect(setCornerXY(typed, 1, Number.NaN, 1)).toBeNull();
    const inserted = insertCorner(typed, 0);
    expect(inserted).toHaveLength(4);
    expect(toXY(inserted[1])).toEqual({ x: 2306300, y: 592800 });
    expect(removeCorner(typed, 0)).toEqual(typed.slice(1));
    expect(typed).toHaveLength(3);
  });

  it('reads pasted corner tables: X then Y, point numbers, decimal commas, and names lines that do not read', () => {
    const read = parseCornerLines('1\t2306300,5\t592700\n2;2306300;592900\n\n2306500 592900');
    expect('corners' in read && read.corners.map(toXY)).toEqual([
      { x: 2306300.5, y: 592700 }, { x: 2306300, y: 592900 }, { x: 2306500, y: 592900 },
    ]);
    expect(parseCornerLines('2306300 592700\nabc 12\n5')).toEqual({ badLines: [2, 3] });
  });
});

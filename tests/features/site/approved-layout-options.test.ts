import { describe, expect, it } from 'vitest';
import { layoutOptionsOf } from '../../../src/features/site/use-approved-layout';

describe('the approved variant is laid out as the planner laid it out', () => {
  it('passes the fields the planner typed to the engine as given', () => {
    expect(layoutOptionsOf({ givenParameters: ['mainRoadWidthM'] })).toEqual({ givenParameters: ['mainRoadWidthM'] });
  });

  it('passes nothing for a variant stored before the typed fields were kept, or with none typed', () => {
    expect(layoutOptionsOf({})).toEqual({});
    expect(layoutOptionsOf({ givenParameters: [] })).toEqual({});
  });
});

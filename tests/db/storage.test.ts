// Storage state: nearly full from 90 % of the quota; unknown when the browser says nothing.
import { describe, expect, it } from 'vitest';
import { isNearlyFull } from '../../src/db/storage';

describe('storage state', () => {
  it('warns from 90 % of the quota, never without figures', () => {
    expect(isNearlyFull({ persisted: true, usageBytes: 95, quotaBytes: 100 })).toBe(true);
    expect(isNearlyFull({ persisted: true, usageBytes: 50, quotaBytes: 100 })).toBe(false);
    expect(isNearlyFull({ persisted: null, usageBytes: null, quotaBytes: null })).toBe(false);
  });
});

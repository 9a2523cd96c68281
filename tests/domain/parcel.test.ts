import { describe, expect, it } from 'vitest';
import { isPublicLandUser } from '../../src/domain/parcel';

describe('isPublicLandUser', () => {
  it.each(['', '  ', 'UBND xã Bình Lăng', 'Ủy ban nhân dân xã Bình Lăng', 'ubnd xã'])('"%s" is public land', (name) => {
    expect(isPublicLandUser(name)).toBe(true);
  });
  it.each(['Nguyễn Văn An', 'Công ty TNHH Cơ khí Thượng Hải', 'Hộ ông UBNDxyz'])('"%s" is not', (name) => {
    expect(isPublicLandUser(name)).toBe(false);
  });
});

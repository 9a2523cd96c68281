import { describe, expect, it } from 'vitest';
import { crsOfPrj } from '../../../src/io/parcel-import';

const TM3 = (name: string, datum: string, meridian: number, scale = 0.9999) =>
  `PROJCS["${name}",GEOGCS["GCS_${datum}",DATUM["D_${datum}",SPHEROID["WGS_1984",6378137.0,298.257223563]],` +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  `PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${meridian}],` +
  `PARAMETER["Scale_Factor",${scale}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

describe('crsOfPrj', () => {
  it('reads VN-2000 TM-3 at any provincial meridian', () => {
    expect(crsOfPrj(TM3('VN_2000_KT_105_30', 'VN_2000', 105.5))).toEqual({ ok: true, crs: 'EPSG:9209', datumAssumed: false, name: 'VN_2000_KT_105_30' });
    expect(crsOfPrj(TM3('VN2000 HP', 'Vietnam_2000', 105.75))).toMatchObject({ ok: true, crs: 'EPSG:9210', datumAssumed: false });
    expect(crsOfPrj(TM3('VN-2000 Ha Noi', 'VN_2000', 105))).toMatchObject({ ok: true, crs: 'vn2000:105' });
  });

  it('takes TM-3 on a WGS84-named datum as VN-2000, and says it assumed so', () => {
    expect(crsOfPrj(TM3('HaiDuong', 'WGS_1984', 105.5))).toEqual({ ok: true, crs: 'EPSG:9209', datumAssumed: true, name: 'HaiDuong' });
  });

  it('reads WGS84 geographic, WKT2 and an EPSG authority', () => {
    expect(crsOfPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'))
      .toMatchObject({ ok: true, crs: 'EPSG:4326' });
    const wkt2 = 'PROJCRS["VN-2000 / TM-3 105-30",BASEGEOGCRS["VN-2000",DATUM["Vietnam 2000",ELLIPSOID["WGS 84",6378137,298.257223563]]],' +
      'CONVERSION["TM-3 105-30",METHOD["Transverse Mercator"],PARAMETER["Latitude of natural origin",0],' +
      'PARAMETER["Longitude of natural origin",105.5],PARAMETER["Scale factor at natural origin",0.9999],' +
      'PARAMETER["False easting",500000],PARAMETER["False northing",0]],CS[Cartesian,2]]';
    expect(crsOfPrj(wkt2)).toMatchObject({ ok: true, crs: 'EPSG:9209', datumAssumed: false });
    expect(crsOfPrj(`${TM3('x', 'VN_2000', 105.5).slice(0, -1)},AUTHORITY["EPSG","9211"]]`)).toMatchObject({ ok: true, crs: 'EPSG:9211' });
  });

  it('refuses UTM, other projections and non-WGS84 geographic CRSs', () => {
    expect(crsOfPrj(TM3('VN_2000_UTM_Zone_48N', 'VN_2000', 105, 0.9996))).toEqual({ ok: false, name: 'VN_2000_UTM_Zone_48N' });
    expect(crsOfPrj('PROJCS["WGS_1984_Web_Mercator",GEOGCS["GCS_WGS_1984"],PROJECTION["Mercator_Auxiliary_Sphere"]]').ok).toBe(false);
    expect(crsOfPrj('GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]]]').ok).toBe(false);
    expect(crsOfPrj('').ok).toBe(false);
  });
});

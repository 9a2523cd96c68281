/**
 * The command line names a row or feature as the app does: by its number AND by the parcel it holds
 * ("row 4 (sheet 12 / parcel 43)", "feature 42 (sheet 12 / parcel 43)"), never by the number alone
 * when the tờ/thửa is known.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { formatReaderError } from '../../src/cli/messages';
import { fakeIo } from './fake-io';

const convert = (csv: string) => {
  const io = fakeIo({}, csv);
  const status = main(['convert', '--from', 'EPSG:9209', '--to', 'EPSG:4326'], { io, engine: null });
  return { status, out: io.out, err: io.err };
};

describe('phanlo convert names the parcel of a bad row', () => {
  // Corner tables as cadastral software writes them: sheet and parcel columns under their own names.
  const rows: [sheet: string, parcel: string, x: string, y: string][] = [
    ['12', '43', '2306382.380', '592756.646'],
    ['12', '43', '2306390.1', '592760.2'],
    ['12', '44', '23O6400.0', '592770.0'], // a letter O in the northing
    ['13', '7', '', '592780.0'], // no northing
  ];
  const table = (header: string) => [header, ...rows.map((r) => r.join(','))].join('\n') + '\n';

  it('says the row number and its tờ/thửa, for each name cadastral data uses', () => {
    for (const header of ['SoTo,SoThua,x,y', 'SHBANDO,SHTHUA,x,y', 'Số tờ,Số thửa,x,y', 'sheetNo,parcelNo,x,y']) {
      const { status, out, err } = convert(table(header));
      expect(status).toBe(1);
      expect(out).toBe('');
      // Row numbers as a spreadsheet counts them: the header is row 1, the third data row is row 4.
      expect(err).toContain('<stdin>: row 4 (sheet 12 / parcel 44), column "x": not a number: "23O6400.0"');
      expect(err).toContain('<stdin>: row 5 (sheet 13 / parcel 7), column "x": empty value');
    }
  });

  it('says the row number alone when the table has no sheet or no parcel column, or they do not read', () => {
    const noParcel = convert(['SoTo,x,y', '12,23O6400.0,592770.0'].join('\n') + '\n');
    expect(noParcel.err).toContain('<stdin>: row 2, column "x": not a number');
    expect(noParcel.err).not.toContain('sheet');
    const unreadable = convert(['SoTo,SoThua,x,y', '12,43a,23O6400.0,592770.0'].join('\n') + '\n');
    expect(unreadable.err).toContain('<stdin>: row 2, column "x": not a number');
    expect(unreadable.err).not.toContain('parcel');
  });
});

describe('formatReaderError', () => {
  it('names a feature by its fid and its parcel, as the app does', () => {
    const line = formatReaderError({ file: 'a.zip', feature: 42, parcelId: '12/43', field: 'DIENTICH', code: 'read-failed', params: { reason: 'x' } });
    expect(line).toBe('a.zip: feature 42 (sheet 12 / parcel 43), field "DIENTICH": cannot read the file: x');
  });

  it('names the parcel alone when the issue has neither row nor feature', () => {
    expect(formatReaderError({ file: 'a.csv', parcelId: '18/5', code: 'missing-value' })).toBe('a.csv: sheet 18 / parcel 5: empty value');
  });

  it('keeps the number alone without a parcel', () => {
    expect(formatReaderError({ file: 'a.csv', row: 3, code: 'missing-value' })).toBe('a.csv: row 3: empty value');
  });
});

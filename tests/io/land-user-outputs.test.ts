/**
 * Every output writes a parcel's land user alike (issue: the xlsx parcel sheet and the Vietnamese-Excel
 * CSV wrote "(đất công)" where the screen and the other outputs wrote "UBND xã Bình Lăng"). Parcels with
 * no land user, with the People's Committee's name, and with a household's name, under place names
 * that differ from the plan's: the parcel sheet, the per-user sheet and both CSVs must say the same.
 */
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPENSATION_RATES, estimateCompensation, type RecoveredParcel } from '../../src/domain/land-recovery';
import { landUserName } from '../../src/domain/land-user-name';
import { DEFAULT_PLACE_NAMES, peoplesCommitteeName, type PlaceNames } from '../../src/domain/place-names';
import { recoveryTableCsvText } from '../../src/io/recovery-table.csv';
import { recoveryXlsxBytes } from '../../src/io/recovery-table.xlsx';

const places: PlaceNames = { version: 2, local: { type: 'xa', name: 'Tứ Kỳ' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } };

function recovered(id: string, landUser: string): RecoveredParcel {
  const [sheetNo, parcelNo] = id.split('/').map(Number);
  return {
    parcelId: id, sheetNo, parcelNo, landUseCode: 'LUC', landUser, parcelAreaM2: 100, recoveredAreaM2: 100,
    recoveredAreaM2Stated: 100, remainingAreaM2: 0, recoveredShare: 1, extent: 'whole', recoveredPolygons: [],
  };
}

const estimate = estimateCompensation(
  [recovered('1/1', ''), recovered('1/2', 'UBND xã Tứ Kỳ'), recovered('1/3', '  Nguyễn  Văn An '), recovered('1/4', 'UBND huyện Tứ Kỳ')],
  DEFAULT_COMPENSATION_RATES, {}, { placeNames: places },
);
const EXPECTED = ['UBND xã Tứ Kỳ', 'UBND xã Tứ Kỳ', 'Nguyễn Văn An', 'UBND huyện Tứ Kỳ'];

/** Column E (land user) of the parcel sheet and column B of the per-user sheet, in row order. */
async function workbookLandUsers(language: 'vi' | 'en' = 'vi'): Promise<{ parcels: string[]; users: string[] }> {
  const files = unzipSync(await recoveryXlsxBytes(estimate, { placeNames: places, language }));
  const shared = [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>(.*?)<\/si>/gs)]
    .map(([, si]) => [...si.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => t).join(''));
  const column = (sheet: string, letter: string): string[] =>
    [...strFromU8(files[`xl/worksheets/${sheet}`]).matchAll(new RegExp(`<c r="${letter}(\\d+)"[^>]*t="s"[^>]*><v>(\\d+)</v>`, 'g'))]
      .map(([, , index]) => shared[Number(index)]);
  const header = language === 'vi' ? 'Chủ sử dụng' : 'Land user';
  expect(shared).toContain(header);
  const afterHeader = (values: string[]): string[] => values.slice(values.indexOf(header) + 1);
  return { parcels: afterHeader(column('sheet1.xml', 'E')), users: afterHeader(column('sheet2.xml', 'B')).filter((v) => v !== '') };
}

describe('the land user on every output', () => {
  it('is decided once on the estimate rows', () => {
    expect(estimate.rows.map((row) => row.landUserName)).toEqual(EXPECTED);
  });

  it('is the same in the machine CSV, the Vietnamese-Excel CSV and both sheets of the workbook', async () => {
    const machine = Papa.parse<Record<string, string>>(recoveryTableCsvText(estimate), { header: true, skipEmptyLines: true }).data;
    expect(machine.map((row) => row.land_user)).toEqual(EXPECTED);
    expect(machine.map((row) => row.public_land)).toEqual(['true', 'true', 'false', 'true']);

    const excel = Papa.parse<string[]>(recoveryTableCsvText(estimate, { variant: 'excel-vi' }), { delimiter: ';', skipEmptyLines: true }).data;
    expect(excel.slice(1, 1 + EXPECTED.length).map((row) => row[4])).toEqual(EXPECTED);

    const book = await workbookLandUsers();
    expect(book.parcels.slice(0, EXPECTED.length)).toEqual(EXPECTED);
    // One land user per written name: the unnamed parcel and the Committee's are the same land user.
    expect(book.users.slice(0, 3)).toEqual(['Nguyễn Văn An', 'UBND huyện Tứ Kỳ', 'UBND xã Tứ Kỳ']);
    expect(estimate.byLandUser.map((user) => user.landUser)).toEqual(['Nguyễn Văn An', 'UBND huyện Tứ Kỳ', 'UBND xã Tứ Kỳ']);
  });

  it("describes the commune's People's Committee in English in the English workbook and on the English screens", async () => {
    const committee = 'People’s Committee of Tứ Kỳ Commune';
    const book = await workbookLandUsers('en');
    // A body that is not the commune's committee keeps its registered name; a household's is never translated.
    expect(book.parcels.slice(0, EXPECTED.length)).toEqual([committee, committee, 'Nguyễn Văn An', 'UBND huyện Tứ Kỳ']);
    expect(book.users.slice(0, 3)).toEqual(['Nguyễn Văn An', 'UBND huyện Tứ Kỳ', committee]);
    expect(['', 'UBND xã Tứ Kỳ', 'ubnd XÃ Tứ Kỳ', 'Ủy ban nhân dân xã Tứ Kỳ', 'Uỷ ban nhân dân xã Tứ Kỳ', committee]
      .map((name) => landUserName(name, places, 'en'))).toEqual(Array(6).fill(committee));
    expect(landUserName('UBND xã Bình Lăng', places, 'en')).toBe('UBND xã Bình Lăng');
    // Vietnamese (screens, the CSVs, the register's own words) is unchanged.
    expect(['', 'Ủy ban nhân dân xã Tứ Kỳ'].map((name) => landUserName(name, places))).toEqual(['UBND xã Tứ Kỳ', 'Ủy ban nhân dân xã Tứ Kỳ']);
    expect(peoplesCommitteeName(DEFAULT_PLACE_NAMES, 'en')).toBe('People’s Committee of Bình Lăng Commune');
    expect(peoplesCommitteeName(DEFAULT_PLACE_NAMES)).toBe('UBND xã Bình Lăng');
  });
});

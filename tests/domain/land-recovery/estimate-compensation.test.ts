import { describe, expect, it } from 'vitest';
import {
  AMOUNT_KEYS, DEFAULT_BUDGET_VND, DEFAULT_COMPENSATION_RATES, estimateCompensation, recoveredParcels,
  type CompensationRates, type RecoveredParcel,
} from '../../../src/domain/land-recovery';
import { loadParcels, loadZone, parcel, rect } from './fixtures';

/** A recovered parcel without geometry, for arithmetic cases. */
function recovered(id: string, landUseCode: string, landUser: string, statedM2: number, fullM2 = statedM2): RecoveredParcel {
  const [sheetNo, parcelNo] = id.split('/').map(Number);
  return {
    parcelId: id, sheetNo, parcelNo, landUseCode, landUser, parcelAreaM2: fullM2, recoveredAreaM2: fullM2,
    recoveredAreaM2Stated: statedM2, remainingAreaM2: 0, recoveredShare: 1, extent: 'whole', recoveredPolygons: [],
  };
}

const rates = (changes: Partial<CompensationRates>): CompensationRates => ({ ...DEFAULT_COMPENSATION_RATES, ...changes });

describe('estimateCompensation on the fixture with default (illustrative) rates', () => {
  const extras = {
    '1/101': { structuresVnd: 15_000_000, note: 'Giếng khoan' },
    '1/106': { graves: 12, note: 'Nghĩa địa thôn' },
    '2/8': { structuresVnd: 350_000_000, graves: 0, note: 'Nhà cấp 4' },
  };
  const estimate = estimateCompensation(recoveredParcels(loadParcels(), loadZone()), DEFAULT_COMPENSATION_RATES, extras);

  // Worked by hand from the defaults: LUC/BHK 70 000 đ/m², crops LUC 8 000 and BHK 10 000 đ/m², ONT 2 000 000,
  // NTD 0 (public land), XYZ has no price; job support 3 × land on farmland of a land user; graves 10 000 000.
  const EXPECTED: Record<string, { land: number; crops: number; structures: number; graves: number; job: number }> = {
    '1/101': { land: 1200 * 70_000, crops: 1200 * 8_000, structures: 15_000_000, graves: 0, job: 3 * 1200 * 70_000 },
    '1/102': { land: 900 * 70_000, crops: 900 * 8_000, structures: 0, graves: 0, job: 3 * 900 * 70_000 },
    '1/103': { land: 600 * 70_000, crops: 600 * 10_000, structures: 0, graves: 0, job: 3 * 600 * 70_000 },
    '1/104': { land: 800 * 70_000, crops: 800 * 8_000, structures: 0, graves: 0, job: 3 * 800 * 70_000 },
    '1/106': { land: 0, crops: 0, structures: 0, graves: 12 * 10_000_000, job: 0 },
    '2/8': { land: 200 * 2_000_000, crops: 0, structures: 350_000_000, graves: 0, job: 0 },
    '2/9': { land: 0, crops: 0, structures: 0, graves: 0, job: 0 },
  };
  const rowTotal = (e: (typeof EXPECTED)[string]): number => e.land + e.crops + e.structures + e.graves + e.job;
  const expectedTotal = Object.values(EXPECTED).reduce((sum, e) => sum + rowTotal(e), 0);

  it('prices every row as worked by hand', () => {
    expect(estimate.rows.map((row) => row.parcelId)).toEqual(Object.keys(EXPECTED));
    for (const row of estimate.rows) {
      const e = EXPECTED[row.parcelId];
      expect(
        [row.landVnd, row.cropsVnd, row.structuresVnd, row.gravesVnd, row.jobSupportVnd, row.lifeSupportVnd, row.totalVnd],
        row.parcelId,
      ).toEqual([e.land, e.crops, e.structures, e.graves, e.job, 0, rowTotal(e)]);
    }
  });

  it('totals the rows, adds 2 % for organisation, and compares with the 50 billion budget', () => {
    expect(expectedTotal).toBe(1_894_200_000);
    expect(estimate.totals.totalVnd).toBe(expectedTotal);
    expect(estimate.totals.organisationVnd).toBe(37_884_000);
    expect(estimate.totals.grandTotalVnd).toBe(1_932_084_000);
    expect(estimate.totals.recoveredAreaM2Stated).toBe(5500);
    expect(estimate.totals.parcels).toBe(7);
    expect(estimate.totals.graves).toBe(12);
    expect(estimate.budget).toEqual({
      budgetVnd: DEFAULT_BUDGET_VND, estimateVnd: 1_932_084_000, remainingVnd: 50_000_000_000 - 1_932_084_000,
      shareUsed: 1_932_084_000 / 50_000_000_000, overBudget: false,
    });
  });

  it('makes every total the sum of the rounded row components', () => {
    for (const key of AMOUNT_KEYS) {
      expect(estimate.totals[key], key).toBe(estimate.rows.reduce((sum, row) => sum + row[key], 0));
    }
    for (const row of estimate.rows) {
      expect(row.totalVnd).toBe(row.landVnd + row.cropsVnd + row.structuresVnd + row.gravesVnd + row.supportVnd);
      expect(row.supportVnd).toBe(row.jobSupportVnd + row.lifeSupportVnd);
    }
  });

  it('summarises by land user, public land last', () => {
    expect(estimate.byLandUser.map((u) => [u.landUser, u.parcels, u.recoveredAreaM2Stated, u.totalVnd])).toEqual([
      ['Hoàng Thị Giang', 1, 600, 0],
      ['Lê Văn Cường, Phạm Thị Dung', 1, 800, rowTotal(EXPECTED['1/104'])],
      ['Nguyễn Văn An', 2, 1800, rowTotal(EXPECTED['1/101']) + rowTotal(EXPECTED['1/103'])],
      ['Phạm Văn Em', 1, 200, rowTotal(EXPECTED['2/8'])],
      ['Trần Thị Bình', 1, 900, rowTotal(EXPECTED['1/102'])],
      ['UBND xã Bình Lăng', 1, 1200, rowTotal(EXPECTED['1/106'])],
    ]);
  });

  it('summarises by land-use code, largest area first', () => {
    expect(estimate.byLandUseCode.map((c) => [c.landUseCode, c.parcels, c.recoveredAreaM2Stated, c.landVnd])).toEqual([
      ['LUC', 3, 2900, 2900 * 70_000],
      ['NTD', 1, 1200, 0],
      ['BHK', 1, 600, 600 * 70_000],
      ['XYZ', 1, 600, 0],
      ['ONT', 1, 200, 200 * 2_000_000],
    ]);
  });

  it('warns of a code without a land price and of a code not in the list', () => {
    expect(estimate.warnings).toEqual([
      { code: 'no-land-price', params: { landUseCode: 'XYZ', parcels: 1 } },
      { code: 'unknown-land-use-code', params: { landUseCode: 'XYZ', parcels: 1 } },
    ]);
    expect(estimate.rows.find((row) => row.parcelId === '2/9')!.landPriceVndPerM2).toBeNull();
  });

  it('carries notes and the rates used', () => {
    expect(estimate.rows.find((row) => row.parcelId === '2/8')!.note).toBe('Nhà cấp 4');
    expect(estimate.rows.find((row) => row.parcelId === '1/102')!.note).toBe('');
    expect(estimate.rates).toBe(DEFAULT_COMPENSATION_RATES);
  });
});

describe('estimateCompensation rules', () => {
  it('computes money on the stated 0.1 m² area and sums stated areas, not the full-precision ones', () => {
    // Three 1.004 × 10 m parcels: 10.04 m² each, stated 10.0. The table shows 10,0 three times and a total
    // of 30,0 (the sum of what it shows); the full-precision sum, 30.12, is kept apart.
    const zone = rect(0, 0, 50, 20);
    const parcels = [0, 1, 2].map((i) => parcel(5, i + 1, 'LUC', `Hộ ${i + 1}`, rect(i * 2, 0, 1.004, 10)));
    const estimate = estimateCompensation(recoveredParcels(parcels, zone), DEFAULT_COMPENSATION_RATES);
    expect(estimate.rows.map((row) => row.recoveredAreaM2Stated)).toEqual([10, 10, 10]);
    expect(estimate.totals.recoveredAreaM2Stated).toBe(30);
    expect(estimate.totals.recoveredAreaM2).toBeCloseTo(30.12, 6);
    expect(estimate.rows.map((row) => row.landVnd)).toEqual([700_000, 700_000, 700_000]);
  });

  it('rounds each component half up to the whole đồng', () => {
    // 10.1 m² × 15 đ/m² = 151.5 đ → 152; × 1.5 = 228 (job support on the rounded land amount); 10.1 × 25 = 252.5 → 253.
    const estimate = estimateCompensation(
      [recovered('6/1', 'LUC', 'Hộ A', 10.1)],
      rates({ landPriceVndPerM2: { LUC: 15 }, cropVndPerM2: { LUC: 25 }, jobSupportMultiple: 1.5, organisationShare: 0.1 }),
    );
    const [row] = estimate.rows;
    expect([row.landVnd, row.cropsVnd, row.jobSupportVnd, row.totalVnd]).toEqual([152, 253, 228, 633]);
    expect(estimate.totals.organisationVnd).toBe(63); // 63.3 → 63
  });

  it('pays stabilising-life support per m² on farmland of a land user only', () => {
    const estimate = estimateCompensation(
      [recovered('7/1', 'LUC', 'Hộ B', 1000), recovered('7/2', 'ONT', 'Hộ B', 100), recovered('7/3', 'LUC', '', 500)],
      rates({ stabilisingLifeVndPerM2: 5_000 }),
    );
    expect(estimate.rows.map((row) => row.lifeSupportVnd)).toEqual([5_000_000, 0, 0]);
  });

  it('does not pay for public land or support on it unless the rates say so', () => {
    const publicRice = [recovered('8/1', 'LUC', '  ', 100)];
    const unpaid = estimateCompensation(publicRice, DEFAULT_COMPENSATION_RATES).rows[0];
    expect([unpaid.publicLand, unpaid.landVnd, unpaid.cropsVnd, unpaid.jobSupportVnd]).toEqual([true, 0, 800_000, 0]);
    const paid = estimateCompensation(publicRice, rates({ compensatePublicLand: true })).rows[0];
    expect([paid.landVnd, paid.jobSupportVnd]).toEqual([7_000_000, 0]);
  });

  it('treats land the commune People’s Committee holds as public land', () => {
    const communeRice = [recovered('8/2', 'LUC', 'UBND xã Bình Lăng', 100)];
    const row = estimateCompensation(communeRice, DEFAULT_COMPENSATION_RATES).rows[0];
    expect([row.publicLand, row.landVnd, row.jobSupportVnd]).toEqual([true, 0, 0]);
  });

  it('writes public land in the name of the People’s Committee of the place-name setting, one land user with it', () => {
    const rows = [recovered('8/3', 'DGT', '', 50), recovered('8/4', 'DTL', 'UBND phường Ngọc Châu', 20), recovered('8/5', 'LUC', 'Hộ A', 10)];
    const placeNames = { version: 2, local: { type: 'phuong', name: 'Ngọc Châu' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } } as const;
    const estimate = estimateCompensation(rows, DEFAULT_COMPENSATION_RATES, {}, { placeNames });
    expect(estimate.rows.map((row) => row.landUserName)).toEqual(['UBND phường Ngọc Châu', 'UBND phường Ngọc Châu', 'Hộ A']);
    expect(estimate.byLandUser.map((u) => [u.landUser, u.parcels, u.publicLand])).toEqual([
      ['Hộ A', 1, false], ['UBND phường Ngọc Châu', 2, true],
    ]);
  });

  it('reads land-use codes case-insensitively', () => {
    const [row] = estimateCompensation([recovered('9/1', ' luc', 'Hộ C', 10)], DEFAULT_COMPENSATION_RATES).rows;
    expect([row.landPriceVndPerM2, row.landVnd, row.agricultural]).toEqual([70_000, 700_000, true]);
  });

  it('treats missing, negative or fractional extras defensively', () => {
    const [row] = estimateCompensation(
      [recovered('10/1', 'BHK', 'Hộ D', 10)], DEFAULT_COMPENSATION_RATES, { '10/1': { structuresVnd: -5, graves: 2.7 } },
    ).rows;
    expect([row.structuresVnd, row.graves, row.gravesVnd, row.note]).toEqual([0, 2, 20_000_000, '']);
  });

  it('warns when the estimate exceeds the budget, and has no share of a zero budget', () => {
    const parcels = [recovered('11/1', 'ONT', 'Hộ E', 1000)]; // 2 000 000 000 + 2 % = 2 040 000 000
    const over = estimateCompensation(parcels, DEFAULT_COMPENSATION_RATES, {}, { budgetVnd: 2_000_000_000 });
    expect(over.budget.overBudget).toBe(true);
    expect(over.budget.remainingVnd).toBe(-40_000_000);
    expect(over.warnings).toContainEqual({
      code: 'over-budget', params: { estimateVnd: 2_040_000_000, budgetVnd: 2_000_000_000, overVnd: 40_000_000 },
    });
    const none = estimateCompensation(parcels, DEFAULT_COMPENSATION_RATES, {}, { budgetVnd: 0 });
    expect(none.budget.shareUsed).toBeNull();
    expect(none.budget.overBudget).toBe(true);
  });

  it('prices nothing when nothing is recovered', () => {
    const estimate = estimateCompensation([], DEFAULT_COMPENSATION_RATES);
    expect(estimate.totals.grandTotalVnd).toBe(0);
    expect(estimate.warnings).toEqual([]);
    expect(estimate.byLandUser).toEqual([]);
  });
});

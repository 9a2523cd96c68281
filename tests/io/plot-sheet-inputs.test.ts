import { describe, expect, it } from 'vitest';
import { documentDateLine, DEFAULT_PLACE_NAMES } from '../../src/domain/place-names';
import { latLonText, mapLinkUrl } from '../../src/domain/plot-sheet/map-link';
import { readBackupHolders } from '../../src/io/plot-sheet/backup-holders';
import { readLayoutFile } from '../../src/io/plot-sheet/read-layout-file';
import { fitToFrame, scaleBar, scaleBarMetres, SHEET_SCALES } from '../../src/io/plot-sheet/sheet-scale';
import { asPlane } from '../../src/geo/coordinates';

describe('the place-and-date line', () => {
  it('writes the commune, a leading zero for days below 10 and months 1 and 2 (Decree 30/2020), and a blank form', () => {
    expect(documentDateLine(DEFAULT_PLACE_NAMES, new Date(2026, 2, 5))).toBe('Bình Lăng, ngày 05 tháng 3 năm 2026');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, new Date(2026, 1, 14))).toBe('Bình Lăng, ngày 14 tháng 02 năm 2026');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, new Date(2026, 11, 1))).toBe('Bình Lăng, ngày 01 tháng 12 năm 2026');
    expect(documentDateLine(DEFAULT_PLACE_NAMES, null)).toBe('Bình Lăng, ngày …… tháng …… năm ……');
  });
});

describe('the map link', () => {
  it('is an https Google Maps search with lat,lon, which both phones open', () => {
    expect(mapLinkUrl(20.8479845, 106.3931924)).toBe('https://www.google.com/maps/search/?api=1&query=20.8479845,106.3931924');
    expect(latLonText(20.8479845, 106.3931924)).toBe('20.8479845 N, 106.3931924 E');
  });
});

describe('the sheet scale', () => {
  const frame = { xMm: 0, yMm: 0, widthMm: 180, heightMm: 110 };
  it('takes the largest usual scale at which the plot fits', () => {
    const square = (m: number) => [asPlane([0, 0]), asPlane([m, 0]), asPlane([m, m]), asPlane([0, m])];
    expect(fitToFrame(square(15), frame, 9).scale).toBe(200);
    expect(fitToFrame(square(20), frame, 9).scale).toBe(250); // 100 mm at 1:200 is taller than the 92 mm of room
    expect(fitToFrame(square(45), frame, 9).scale).toBe(500);
    expect(fitToFrame(square(80), frame, 9).scale).toBe(1000);
    const { toPage } = fitToFrame(square(45), frame, 9);
    expect(toPage([0, 45])).toEqual([90 - 45, 55 - 45]); // north up: the north-west corner is top left
    expect(scaleBarMetres(500, 60)).toBe(25);
  });

  it('draws a scale bar whose paper length is its ground length at the scale, a round length filling most of the room', () => {
    for (const scale of [...SHEET_SCALES, 3000, 7000]) {
      for (const maxMm of [60, 80]) {
        const bar = scaleBar(scale, maxMm);
        // A ruler on the print: mm on paper × scale ÷ 1000 = metres on the ground.
        expect((bar.lengthMm * scale) / 1000).toBeCloseTo(bar.metres, 9);
        expect(bar.lengthMm).toBeLessThanOrEqual(maxMm);
        expect(bar.lengthMm).toBeGreaterThanOrEqual(maxMm / 2.5); // steps 1-2-5: never less than 40 % of the room
        expect(bar.ticks.map((t) => t.metres)).toEqual([0, bar.metres / 2, bar.metres]);
        for (const tick of bar.ticks) expect((tick.offsetMm * scale) / 1000).toBeCloseTo(tick.metres, 9);
      }
    }
    expect(scaleBar(1000, 80)).toMatchObject({ metres: 50, lengthMm: 50 });
    expect(scaleBar(2000, 80)).toMatchObject({ metres: 100, lengthMm: 50 });
  });
});

describe('readBackupHolders', () => {
  const backup = (tables: Record<string, unknown>) => ({ format: 'phanlo-backup', version: 1, exportedAt: 'x', schemaVersion: 6, tables });
  it('reads entries, allocations, the approved variant and the place names', () => {
    const read = readBackupHolders(backup({
      variants: [{ id: 'demo', approved: false }, { id: 'v2', approved: true }],
      registerEntries: [{ id: 'e1', name: 'Hộ A', wishes: ['A-01'] }, { id: 'e9', deleted: true }],
      allocations: [{ id: 'a1', entryId: 'e1', variantId: 'v2', plotCodes: ['A-01'], status: 'accepted', priceVndPerM2: 1000 }],
      settings: [{ key: 'placeNames', value: { version: 2, local: { type: 'phuong', name: 'Hải Tân' }, district: null, province: { type: 'thanh-pho', name: 'Hải Phòng' } } }],
    }), 'b.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.approvedVariantId).toBe('v2');
    expect(read.value.allocations[0].priceVndPerM2).toBe(1000);
    expect(read.value.places.local.name).toBe('Hải Tân');
    expect(read.value.entries.map((e) => e.id)).toEqual(['e1', 'e9']);
  });
  it('refuses what is not a backup, and names every bad row', () => {
    expect(readBackupHolders({ tables: {} }, 'b.json')).toEqual({ ok: false, errors: [{ file: 'b.json', code: 'not-a-backup' }] });
    const read = readBackupHolders(backup({ allocations: [{ id: 'a1' }, { id: 'a2', entryId: 'e', variantId: 'v', plotCodes: [3], status: 'offered' }], registerEntries: 'x' }), 'b.json');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.field)).toEqual(['tables.registerEntries', 'tables.allocations[0]', 'tables.allocations[1]']);
  });
});

describe('readLayoutFile', () => {
  it('refuses a file that is not a phanlo layout, and plots without a code', () => {
    expect(readLayoutFile({ type: 'FeatureCollection', features: [] }, 'x.geojson')).toEqual({ ok: false, errors: [{ file: 'x.geojson', code: 'not-a-layout' }] });
    const ring = [[106.39, 20.84], [106.391, 20.84], [106.391, 20.841], [106.39, 20.84]];
    const read = readLayoutFile({ type: 'FeatureCollection', phanlo: { crs: 'EPSG:9209' }, features: [
      { type: 'Feature', properties: { kind: 'plot' }, geometry: { type: 'Polygon', coordinates: [ring] } },
    ] }, 'x.geojson');
    expect(read).toEqual({ ok: false, errors: [{ file: 'x.geojson', feature: 0, field: 'code', code: 'missing-code' }] });
  });
});

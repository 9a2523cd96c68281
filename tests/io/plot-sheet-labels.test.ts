// The plot sheet's words must be readable where they are written. Corner numbers must not sit on each other: a plot with a 1.2 m jog (two corners
// close together, as where neighbours meet) is drawn, and poppler's pdftotext -bbox (an independent
// reader of the PDF) gives where each number was written; their boxes must not overlap.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositorySheetFonts } from '../../src/cli/sheet-fonts';
import { DEFAULT_PLACE_NAMES } from '../../src/domain/place-names';
import { asPlane } from '../../src/geo/coordinates';
import type { LayoutFeature } from '../../src/geo/layout/types';
import { layoutSheetsPdf } from '../../src/io/plot-sheet/layout-sheets';
import { LABEL_CLEARANCE_MM, placeCornerLabels } from '../../src/io/plot-sheet/sheet-label-placement';

describe('placeCornerLabels', () => {
  it('keeps the first spot, 3.2 mm out from the centre, for a corner with room', () => {
    const [spot] = placeCornerLabels([[10, 0]], [0, 0]);
    expect(spot[0]).toBeCloseTo(13.2, 9);
    expect(spot[1]).toBeCloseTo(0, 9);
  });

  it('moves the second of two corners 1 mm apart until the numbers are clear, and clear of taken spots', () => {
    const corners: [number, number][] = [[10, 0], [10, 1], [0, 10], [-10, 0]];
    const taken: [number, number][] = [[13.2, 0.5]];
    const spots = placeCornerLabels(corners, [0, 0], taken);
    for (let i = 0; i < spots.length; i++) {
      for (let j = i + 1; j < spots.length; j++) expect(Math.hypot(spots[i][0] - spots[j][0], spots[i][1] - spots[j][1])).toBeGreaterThanOrEqual(LABEL_CLEARANCE_MM);
      expect(Math.hypot(spots[i][0] - taken[0][0], spots[i][1] - taken[0][1])).toBeGreaterThanOrEqual(LABEL_CLEARANCE_MM);
    }
  });
});

/** A plot 30 × 40 m with a 1.2 m jog in its south edge: six corners, two of them 1.2 m apart. */
function jogPlot(): LayoutFeature[] {
  const E = 592_700;
  const N = 2_306_300;
  const ring = [[0, 0], [14, 0], [14, -1.2], [30, -1.2], [30, 40], [0, 40], [0, 0]].map(([e, n]) => asPlane([E + e, N + n]));
  return [{ type: 'Feature', properties: { kind: 'plot', code: 'A-01', areaM2: 1200, frontageM: 30, depthM: 40 }, geometry: { type: 'Polygon', coordinates: [ring] } }] as unknown as LayoutFeature[];
}

interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

function wordsOf(pdf: Uint8Array): Word[] {
  const dir = mkdtempSync(join(tmpdir(), 'phanlo-labels-'));
  try {
    writeFileSync(join(dir, 's.pdf'), pdf);
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const overlap = (a: Word, b: Word) => a.xMin < b.xMax && b.xMin < a.xMax && a.yMin < b.yMax && b.yMin < a.yMax;

describe('the plot sheet drawing', () => {
  it('writes no corner number over another one or over an edge length (pdftotext -bbox)', async () => {
    const pdf = await layoutSheetsPdf({
      features: jogPlot(), parameters: { frontSetbackM: 3, rearSetbackM: 3 }, crs: 'EPSG:9209', codes: ['A-01'],
      places: DEFAULT_PLACE_NAMES, households: {}, zone: null, date: new Date('2026-12-01T00:00:00Z'),
    }, { fonts: repositorySheetFonts() });
    const words = wordsOf(pdf);
    const tableTop = words.find((w) => w.text === 'Bảng')!.yMin;
    // In the drawing (above the corner table): the six corner numbers, and the edge lengths ("14,00", "1,20", …).
    const inDrawing = words.filter((w) => w.yMax < tableTop);
    const numbers = inDrawing.filter((w) => /^[1-6]$/.test(w.text));
    const lengths = inDrawing.filter((w) => /^\d+,\d{2}$/.test(w.text));
    expect(numbers.map((w) => w.text).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(lengths.map((w) => w.text)).toContain('1,20');
    for (const a of numbers) {
      for (const b of [...numbers, ...lengths]) if (a !== b) expect(overlap(a, b), `${a.text} over ${b.text}`).toBe(false);
    }
  });
});

describe('the household line', () => {
  // A cooperative's full registered name, as commune lists write it (150 characters).
  const LONG = 'Hợp tác xã Sản xuất Kinh doanh Dịch vụ Tiểu thủ công nghiệp và Thương mại Mộc mỹ nghệ Đồng Dọc Thượng Hải (đại diện: bà Nguyễn Thị Phương Thảo)';
  const sheetWith = (name: string) => layoutSheetsPdf({
    features: jogPlot(), parameters: { frontSetbackM: 3, rearSetbackM: 3 }, crs: 'EPSG:9209', codes: ['A-01'],
    places: DEFAULT_PLACE_NAMES, households: { 'A-01': { name, offered: false } }, zone: null, date: new Date('2026-12-01T00:00:00Z'),
  }, { fonts: repositorySheetFonts() });

  it('prints a long name whole, on the page, at a readable size (wrapped onto a second line)', async () => {
    const words = wordsOf(await sheetWith(LONG));
    const start = words.findIndex((w) => w.text === 'Hộ/doanh');
    const tableTop = words.find((w) => w.text === 'Tỷ')!.yMin; // the scale note, first word inside the drawing
    const line = words.slice(start).filter((w) => w.yMax <= tableTop + 1);
    expect(line.map((w) => w.text).join(' ')).toBe(`Hộ/doanh nghiệp được giao: ${LONG}`);
    const rightEdgePt = (195 * 72) / 25.4;
    for (const w of line) {
      expect(w.xMax).toBeLessThanOrEqual(rightEdgePt + 0.5);
      expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(8.4); // the box of an 8.5 pt word is about 8.5 pt tall or more
    }
  });

  it('keeps a short name on one line at its full size', async () => {
    const words = wordsOf(await sheetWith('Hộ ông Nguyễn Văn Hùng'));
    const line = words.filter((w) => ['Hộ/doanh', 'Hùng'].includes(w.text));
    expect(line).toHaveLength(2);
    expect(Math.abs(line[0].yMin - line[1].yMin)).toBeLessThan(0.5);
  });
});

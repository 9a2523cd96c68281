// A plot sheet names the district only when it is dated before 1 July 2025 (districts were abolished
// that day), even though the plan's default names keep huyện Tứ Kỳ; a blank-dated sheet is filled in
// when signed (today), so it names none either. Read back with poppler's pdftotext, not our own code.
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

function plot(): LayoutFeature[] {
  const [E, N] = [592_700, 2_306_300];
  const ring = [[0, 0], [30, 0], [30, 40], [0, 40], [0, 0]].map(([e, n]) => asPlane([E + e, N + n]));
  return [{ type: 'Feature', properties: { kind: 'plot', code: 'A-01', areaM2: 1200, frontageM: 30, depthM: 40 }, geometry: { type: 'Polygon', coordinates: [ring] } }] as unknown as LayoutFeature[];
}

async function sheetText(date: Date | null): Promise<string> {
  const pdf = await layoutSheetsPdf({
    features: plot(), parameters: { frontSetbackM: 3, rearSetbackM: 3 }, crs: 'EPSG:9209', codes: ['A-01'],
    places: DEFAULT_PLACE_NAMES, households: {}, zone: null, date,
  }, { fonts: repositorySheetFonts() });
  const dir = mkdtempSync(join(tmpdir(), 'phanlo-district-'));
  try {
    writeFileSync(join(dir, 's.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', join(dir, 's.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the district on a plot sheet', () => {
  it('is printed on a sheet dated 30 June 2025', async () => {
    expect(await sheetText(new Date(2025, 5, 30))).toContain('xã Bình Lăng, huyện Tứ Kỳ, tỉnh Hải Dương');
  });
  it('is not printed on a sheet dated 1 July 2025 or later, nor on a blank-dated one', async () => {
    for (const date of [new Date(2025, 6, 1), new Date(2026, 11, 1), null]) {
      const text = await sheetText(date);
      expect(text).toContain('xã Bình Lăng, tỉnh Hải Dương');
      expect(text).not.toContain('Tứ Kỳ');
    }
  });
});

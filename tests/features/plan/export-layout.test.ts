// Exports: GeoJSON byte-identical to the command line's writer; drawings carry the zone, the public
// road and the edges facing homes on layers of their own; file names any system keeps.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../../src/geo/layout';
import { exportLayout, fileSlug } from '../../../src/features/plan/export-layout';
import { writeLayoutGeoJson } from '../../../src/io/layout-output/layout.geojson';
import { demoSite } from './fakes';

const site = demoSite();
const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;

describe('exportLayout', () => {
  it('writes GeoJSON exactly as the layout writer does, with nothing added', async () => {
    const file = await exportLayout(layout, 'geojson', site);
    expect(file.text).toBe(writeLayoutGeoJson(layout));
    expect(file.fileName).toMatch(/^quy-hoach-khu-tieu-thu-cong-nghiep-tap-trung-dong-doc[a-z0-9-]*\.geojson$/);
    expect(file.mimeType).toBe('application/geo+json');
  });

  it('puts the zone, the public road and the homes edges on layers of their own in DXF', async () => {
    const { text } = await exportLayout(layout, 'dxf', site);
    const layers = new Set([...text.matchAll(/\r?\n  8\r?\n([^\r\n]+)/g)].map((m) => m[1]));
    for (const layer of ['PLOT', 'BUILDABLE', 'ROAD', 'GREEN', 'FACILITY', 'ZONE', 'ACCESS-ROAD', 'RESIDENTIAL', 'PLOT_LABEL']) {
      expect(layers, layer).toContain(layer);
    }
  });

  it('makes file names without diacritics or spaces', () => {
    expect(fileSlug('Đồng Dọc — giai đoạn 2')).toBe('dong-doc-giai-doan-2');
    expect(fileSlug('///')).toBe('phanlo');
  });
});

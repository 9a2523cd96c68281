/**
 * `phanlo sheets`, spawned exactly as a user runs it, and its PDF read back by independent programs:
 * poppler's pdftotext (text, corner table) and pdfinfo (pages), pdftoppm + zbarimg (the QR code), and
 * PROJ's cs2cs, which converts the layout file's WGS84 corners to VN-2000 without phanlo's proj4 code.
 * The layout is the one `phanlo layout` gives for the demo zone; nothing expected is hard-coded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScaleBar } from '../io/scale-bar-read-back';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT_MS = 120_000;
const work = mkdtempSync(join(tmpdir(), 'phanlo-sheets-'));
const layoutPath = join(work, 'layout.geojson');

function phanlo(args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'phanlo', '--', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: TIMEOUT_MS });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pdfText = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });
const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

interface PlotFeature { properties: { kind: string; code: string; areaM2: number }; geometry: { type: string; coordinates: number[][][] } }

/** WGS84 [lon, lat] points to VN-2000 EPSG:9209 [easting, northing] by PROJ (cs2cs reads "lat lon"). */
function cs2cs(points: readonly number[][]): [number, number][] {
  const input = points.map(([lon, lat]) => `${lat} ${lon}`).join('\n');
  const output = execFileSync('cs2cs', ['-f', '%.4f', 'EPSG:4326', 'EPSG:9209'], { input, encoding: 'utf8' });
  return output.trim().split('\n').map((line) => {
    const [e, n] = line.trim().split(/\s+/).map(Number);
    return [e, n];
  });
}

/** "2.306.345,314" → 2306345.314 */
const viNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

function insidePolygon([x, y]: [number, number], ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

let plots: PlotFeature[] = [];

beforeAll(() => {
  const made = phanlo(['layout', 'public/geo/dong-doc-zone.geojson', '--out', layoutPath]);
  expect(made.status).toBe(0);
  plots = (JSON.parse(readFileSync(layoutPath, 'utf8')) as { features: PlotFeature[] }).features.filter((f) => f.properties.kind === 'plot');
}, TIMEOUT_MS);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run --silent phanlo -- sheets', () => {
  it('writes one page per plot of the layout, with the Vietnamese text extractable', () => {
    const out = join(work, 'all.pdf');
    const run = phanlo(['sheets', layoutPath, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(pdfPages(out)).toBe(plots.length);
    const first = pdfText(out, 1);
    for (const phrase of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SƠ ĐỒ LÔ ĐẤT', 'Diện tích',
      'UBND XÃ BÌNH LĂNG', 'NGƯỜI LẬP', 'CÁN BỘ ĐỊA CHÍNH', 'CHỦ TỊCH', 'Tỷ lệ 1:']) {
      expect(first).toContain(phrase);
    }
    expect(first).toMatch(/Bình Lăng, ngày \d{2} tháng \d{2} năm \d{4}/);
    // Each page names its own plot, in the layout's order.
    plots.forEach((plot, index) => expect(pdfText(out, index + 1)).toContain(`Lô ${plot.properties.code} —`));
    // The scale bar measures true at the page's stated scale (read back by pdftotext, to 0.3 mm of paper).
    for (const page of [1, plots.length]) {
      const bar = readScaleBar(out, page);
      expect(bar.north).toBe(true);
      expect(bar.ticks[2].metres).toBe(bar.ticks[1].metres * 2);
      for (const tick of bar.ticks) expect(Math.abs(tick.fromZeroMm - (tick.metres * 1000) / bar.scale)).toBeLessThan(0.3);
    }
  }, TIMEOUT_MS);

  it('prints the chosen plots only, with corners to the millimetre of PROJ and the area of the layout', () => {
    const chosen = [plots[1], plots[plots.length - 1]];
    const out = join(work, 'chosen.pdf');
    const run = phanlo(['sheets', layoutPath, '--out', out, '--plots', chosen.map((p) => p.properties.code).join(',')]);
    expect(run.status).toBe(0);
    expect(pdfPages(out)).toBe(2);
    chosen.forEach((plot, index) => {
      const text = pdfText(out, index + 1);
      expect(text).toContain(`Lô ${plot.properties.code} —`);
      const rows = [...text.matchAll(/^\s*(\d+)\s+(\d{1,3}(?:\.\d{3})+,\d{3})\s+(\d{1,3}(?:\.\d{3})+,\d{3})\s+(\d+,\d{2})\b/gm)]
        .map((m) => ({ point: Number(m[1]), x: viNumber(m[2]), y: viNumber(m[3]), edge: viNumber(m[4]) }));
      const ring = cs2cs(plot.geometry.coordinates[0].slice(0, -1));
      expect(rows.map((r) => r.point)).toEqual(ring.map((_, i) => i + 1));
      // Every printed corner is one of the plot's corners as PROJ converts them, within 1 mm.
      for (const row of rows) {
        const nearest = Math.min(...ring.map(([e, n]) => Math.hypot(e - row.y, n - row.x)));
        expect(nearest).toBeLessThan(0.001);
      }
      // Point 1 is the corner nearest the north-west of the box; the points run clockwise.
      const west = Math.min(...ring.map((p) => p[0]));
      const north = Math.max(...ring.map((p) => p[1]));
      const nw = Math.min(...ring.map(([e, n]) => Math.hypot(e - west, n - north)));
      expect(Math.hypot(rows[0].y - west, rows[0].x - north)).toBeCloseTo(nw, 2);
      let signed = 0;
      rows.forEach((r, i) => {
        const next = rows[(i + 1) % rows.length];
        signed += r.y * next.x - next.y * r.x;
        expect(r.edge).toBeCloseTo(Math.hypot(next.x - r.x, next.y - r.y), 2);
      });
      expect(signed).toBeLessThan(0); // clockwise with easting right, northing up
      // The area: shoelace of PROJ's corners, to 0.1 m², as "Diện tích: 1.234,5 m²".
      const area = Math.abs(ring.reduce((s, [e, n], i) => s + e * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * n, 0)) / 2;
      const printed = viNumber(/Diện tích: ([\d.,]+) m²/.exec(text)![1]);
      expect(Math.abs(printed - area)).toBeLessThanOrEqual(0.051);
    });
  }, TIMEOUT_MS);

  it('has a QR code that opens a map at a point inside the plot', () => {
    const plot = plots[0];
    const out = join(work, 'qr.pdf');
    expect(phanlo(['sheets', layoutPath, '--out', out, '--plots', plot.properties.code]).status).toBe(0);
    execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', out, join(work, 'qr')]);
    const decoded = execFileSync('zbarimg', ['--raw', '-q', join(work, 'qr.png')], { encoding: 'utf8' }).trim();
    const match = /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=(-?\d+\.\d+),(-?\d+\.\d+)$/.exec(decoded);
    expect(match, decoded).not.toBeNull();
    const [lat, lon] = [Number(match![1]), Number(match![2])];
    const [point] = cs2cs([[lon, lat]]);
    expect(insidePolygon(point, cs2cs(plot.geometry.coordinates[0]))).toBe(true);
    // The coordinates are printed beside the code too.
    expect(pdfText(out).replace(/\s+/g, ' ')).toContain(`${lat.toFixed(7)} N, ${lon.toFixed(7)} E`);
  }, TIMEOUT_MS);

  it('prints the household a plot is allocated to from a backup file, and only there', () => {
    const [held, offered, free] = plots;
    const backup = {
      format: 'phanlo-backup', version: 1, exportedAt: '2026-01-05T08:00:00.000Z', schemaVersion: 6,
      tables: {
        variants: [{ id: 'demo', approved: true, name: null }],
        registerEntries: [
          { id: 'e1', name: 'Hộ ông Nguyễn Văn Hùng', wishes: [], createdAt: '2026-01-01' },
          { id: 'e2', name: 'Công ty TNHH Mộc Đồng', wishes: [], createdAt: '2026-01-01' },
        ],
        allocations: [
          { id: 'a1', entryId: 'e1', variantId: 'demo', plotCodes: [held.properties.code], plotKeys: [`demo|${held.properties.code}`], status: 'accepted', priceVndPerM2: null, createdAt: '2026-01-02' },
          { id: 'a2', entryId: 'e2', variantId: 'demo', plotCodes: [offered.properties.code], plotKeys: [`demo|${offered.properties.code}`], status: 'offered', priceVndPerM2: null, createdAt: '2026-01-02' },
          { id: 'a3', entryId: 'e2', variantId: 'other', plotCodes: [free.properties.code], plotKeys: [`other|${free.properties.code}`], status: 'accepted', priceVndPerM2: null, createdAt: '2026-01-02' },
        ],
      },
    };
    const data = join(work, 'backup.json');
    writeFileSync(data, JSON.stringify(backup));
    const out = join(work, 'held.pdf');
    const codes = [held, offered, free].map((p) => p.properties.code).join(',');
    const run = phanlo(['sheets', layoutPath, '--out', out, '--plots', codes, '--data', data]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(pdfText(out, 1)).toContain('Hộ/doanh nghiệp được giao: Hộ ông Nguyễn Văn Hùng');
    expect(pdfText(out, 2)).toContain('Công ty TNHH Mộc Đồng (đề nghị giao)');
    expect(pdfText(out, 3)).toContain('(chưa giao)'); // allocated in another variant only
  }, TIMEOUT_MS);

  it('writes nothing and says where when a plot code or the backup file is wrong', () => {
    const out = join(work, 'none.pdf');
    const unknown = phanlo(['sheets', layoutPath, '--out', out, '--plots', 'Z-99']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no plot "Z-99" in the layout');
    const data = join(work, 'bad-backup.json');
    writeFileSync(data, JSON.stringify({ format: 'phanlo-backup', version: 1, tables: { allocations: [{ id: 'a1', entryId: 'e1', variantId: 'demo', plotCodes: ['A-01'], status: 'sold' }] } }));
    const bad = phanlo(['sheets', layoutPath, '--out', out, '--data', data]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('tables.allocations[0]');
    expect(bad.stderr).toContain('status "sold"');
    expect(existsSync(out)).toBe(false);
    expect(phanlo(['sheets', layoutPath]).status).toBe(2); // no --out
  }, TIMEOUT_MS);
});

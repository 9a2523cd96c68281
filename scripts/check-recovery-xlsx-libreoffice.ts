/**
 * Checks the land-recovery workbook with a real spreadsheet program: LibreOffice Calc, headless (Debian
 * `libreoffice-calc-nogui`, not a project dependency: run by hand, `npx tsx scripts/check-recovery-xlsx-libreoffice.ts`).
 *
 * 1. The workbook of the demo data is written with every formula's cached value REMOVED, converted to
 *    CSV by LibreOffice, and the totals it calculated are compared with the estimate's: the formulas
 *    themselves, not phanlo's cached numbers, must give the totals.
 * 2. The workbook as written is printed to PDF by LibreOffice: pages must be A4 landscape, and the
 *    parcel sheet's last column ("Ghi chú") must be on the first page (one page wide).
 * Exits 1 on any difference.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { DEFAULT_COMPENSATION_RATES, estimateCompensation, recoveredParcels } from '../src/domain/land-recovery';
import { parcelId, type Parcel } from '../src/domain/parcel';
import { asPlane } from '../src/geo/coordinates';
import type { PlanePolygon } from '../src/geo/plane-measure';
import { recoveryXlsxBytes } from '../src/io/recovery-table.xlsx';

interface RawCollection { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[] }
const read = (path: string): RawCollection => JSON.parse(readFileSync(path, 'utf8')) as RawCollection;
const toPolygon = (coordinates: number[][][]): PlanePolygon => coordinates.map((ring) => ring.map(([e, n]) => asPlane([e, n])));

const parcels: Parcel[] = read('public/geo/dong-doc-parcels.geojson').features.map(({ properties, geometry }) => ({
  id: parcelId(Number(properties.sheetNo), Number(properties.parcelNo)),
  sheetNo: Number(properties.sheetNo), parcelNo: Number(properties.parcelNo),
  landUseCode: String(properties.landUseCode), landUser: String(properties.landUser ?? ''),
  registeredAreaM2: null, polygon: toPolygon(geometry.coordinates),
}));
const zone = toPolygon(read('public/geo/dong-doc-zone.geojson').features.find((f) => f.properties.role === 'zone')!.geometry.coordinates);
const estimate = estimateCompensation(recoveredParcels(parcels, zone), DEFAULT_COMPENSATION_RATES, { '12/45': { structuresVnd: 123_456_789, graves: 2 } });

const work = mkdtempSync(join(tmpdir(), 'phanlo-xlsx-check-'));
const bytes = await recoveryXlsxBytes(estimate, { date: '2025-07-01' });
writeFileSync(join(work, 'book.xlsx'), bytes);
const files = unzipSync(bytes);
for (const name of Object.keys(files).filter((n) => n.startsWith('xl/worksheets/'))) {
  files[name] = strToU8(strFromU8(files[name]).replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, '$1'));
}
writeFileSync(join(work, 'uncached.xlsx'), zipSync(files));

const soffice = (args: string[]) => execFileSync('soffice', [
  '--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, ...args, '--outdir', work,
], { stdio: 'pipe' });
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false', join(work, 'uncached.xlsx')]);
soffice(['--convert-to', 'pdf', join(work, 'book.xlsx')]);

const problems: string[] = [];
const csv = readdirSync(work).find((name) => name.startsWith('uncached') && name.endsWith('.csv'))!;
const rows = Papa.parse<string[]>(readFileSync(join(work, csv), 'utf8'), { skipEmptyLines: true }).data;
const header = rows.find((row) => row[0] === 'STT')!;
const column = (name: string): number => header.indexOf(name);
const row = (label: string): string[] => rows.find((r) => r[0] === label || r[0].startsWith(label))!;
const expect = (what: string, calculated: string | undefined, expected: number) => {
  const value = Number(calculated);
  console.log(`${value === expected ? 'ok  ' : 'FAIL'} ${what}: LibreOffice ${calculated}, estimate ${expected}`);
  if (value !== expected) problems.push(what);
};
const { totals, budget } = estimate;
const total = column('Tổng bồi thường, hỗ trợ (đ)');
expect('sum of recovered areas', row('Cộng')[column('Diện tích thu hồi (m²)')], totals.recoveredAreaM2Stated);
expect('sum of land compensation', row('Cộng')[column('Bồi thường về đất (đ)')], totals.landVnd);
expect('sum of structures', row('Cộng')[column('Vật kiến trúc (đ)')], totals.structuresVnd);
expect('sum of graves', row('Cộng')[column('Số mộ')], totals.graves);
expect('sum of totals', row('Cộng')[total], totals.totalVnd);
expect('organisation cost', row('Chi phí tổ chức')[total], totals.organisationVnd);
expect('grand total', row('Tổng kinh phí')[total], totals.grandTotalVnd);
expect('remaining budget', row('Còn lại')[total], budget.remainingVnd);

const pdf = join(work, 'book.pdf');
const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
const size = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
const landscapeA4 = size !== null && Math.abs(Number(size[1]) - 841.89) < 1 && Math.abs(Number(size[2]) - 595.28) < 1;
console.log(`${landscapeA4 ? 'ok  ' : 'FAIL'} page size: ${size?.[0] ?? 'none'} (A4 landscape is 841.89 x 595.28 pts)`);
if (!landscapeA4) problems.push('page size');
const firstPage = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
const oneWide = firstPage.includes('STT') && firstPage.includes('Ghi chú');
console.log(`${oneWide ? 'ok  ' : 'FAIL'} the parcel sheet's first and last columns (STT … Ghi chú) on page 1`);
if (!oneWide) problems.push('one page wide');

console.log(problems.length === 0 ? `LibreOffice agrees (files in ${work})` : `LibreOffice disagrees: ${problems.join(', ')} (files in ${work})`);
process.exit(problems.length === 0 ? 0 : 1);

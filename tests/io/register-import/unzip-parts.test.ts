/**
 * The xlsx unzip over the platform's zlib (unzip-parts.ts) against fflate's unzipSync as the oracle: the
 * same bytes for every part of workbooks openpyxl and ExcelJS wrote, and of zips fflate writes stored,
 * deflated and mixed, with a comment after the directory; a zip it does not read itself (zip64 marks)
 * goes to fflate, and bytes that are no zip throw as fflate does.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipParts } from '../../../src/io/register-import/unzip-parts';
import { registerWorkbookBytes } from '../../../bench/register-workbook';

const dir = join(__dirname, '../../fixtures/register-import');
const all = () => true;
const sameAsFflate = async (bytes: Uint8Array, wanted: (name: string) => boolean = all) =>
  expect(await unzipParts(bytes, wanted)).toEqual(unzipSync(bytes, { filter: (file) => wanted(file.name) }));

describe('unzipParts = fflate unzipSync', () => {
  it('workbooks openpyxl wrote, every part', async () => {
    for (const file of ['commune-list.xlsx', 'legacy-fonts.xlsx', 'bad-rows.xlsx', 'duplicates.xlsx']) {
      await sameAsFflate(new Uint8Array(readFileSync(join(dir, file))));
    }
  });

  it('a 500-row register ExcelJS wrote, the xl/ parts only', async () => {
    const bytes = await registerWorkbookBytes(500);
    const wanted = (name: string) => name.startsWith('xl/') && name.endsWith('.xml');
    const parts = await unzipParts(bytes, wanted);
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet1.xml');
    expect(Object.keys(parts).every(wanted)).toBe(true);
    await sameAsFflate(bytes, wanted);
  });

  it('stored, deflated and mixed entries, Unicode names, a comment after the directory', async () => {
    const text = strToU8('<x>'.repeat(5000) + 'Nguyễn Văn Đức');
    const files = { 'a.xml': text, 'thư mục/b.xml': [text, { level: 0 }] as [Uint8Array, { level: 0 }], 'empty.xml': new Uint8Array() };
    await sameAsFflate(zipSync(files, { level: 6 }));
    await sameAsFflate(zipSync(files, { level: 0 }));
    await sameAsFflate(zipSync(files, { level: 9, comment: 'ghi chú' } as never));
  });

  it('leaves to fflate what it does not read itself, and throws on bytes that are no zip', async () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'.repeat(100)) });
    const marked = zip.slice();
    const view = new DataView(marked.buffer);
    const end = marked.length - 22;
    view.setUint16(end + 10, 0xffff, true); // a zip64 count: not read here, fflate reads it as it does
    await sameAsFflate(marked);
    await expect(unzipParts(strToU8('STT,Tên hộ/cơ sở\n1,Nguyễn Văn An'), all)).rejects.toThrow();
  });
});

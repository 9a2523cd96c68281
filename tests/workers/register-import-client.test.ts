// The register import's worker client: where no Worker can start (here, Node) it reads on this thread
// with the same reader, and reports progress in order — unpacking, cells, then rows checked up to all.
import { describe, expect, it } from 'vitest';
import { readRegisterFile, type ReadProgress } from '../../src/io/register-import';
import { readRegisterFileInWorker } from '../../src/workers/register-import-client';
import { registerWorkbookBytes } from '../../bench/register-workbook';

describe('register import off the page', () => {
  it('reads a 2,500-row workbook as the reader does, saying how far it has come', async () => {
    const bytes = await registerWorkbookBytes(2500);
    const steps: ReadProgress[] = [];
    const read = await readRegisterFileInWorker({ fileName: 'danh-sach.xlsx', bytes }, (progress) => steps.push(progress));
    const direct = await readRegisterFile('danh-sach.xlsx', bytes);
    expect(read.entries).toHaveLength(2500);
    expect(read).toEqual(direct);
    expect(steps.slice(0, 2).map((step) => step.phase)).toEqual(['unpacking', 'cells']);
    const checking = steps.filter((step) => step.phase === 'checking');
    // Every 1,000 rows, then the end; the sheet's data rows are the entries and the total row.
    expect(checking.map((step) => step.done)).toEqual([1000, 2000, 2501]);
    expect(new Set(checking.map((step) => step.total))).toEqual(new Set([2501]));
  });
});

/**
 * A register CSV as a grid: bytes decoded (UTF-8, UTF-8 with BOM, Windows-1258, TCVN3, VNI; see
 * decode-bytes.ts), cells split by papaparse. The separator (";" as Vietnamese Excel writes it, "," or
 * tab) is the one that splits the first lines into the most columns the same way: papaparse's own guess
 * is misled by commas inside cells ("ồn, bụi") and by a title line above the header.
 * Every CSV cell is text; numbers and dates are read by the entry reader.
 */
import Papa from 'papaparse';
import { decodeText } from './decode-bytes';
import type { Grid } from './grid';

function guessDelimiter(text: string): ';' | ',' | '\t' {
  const head = text.split(/\r?\n/).slice(0, 30).join('\n');
  let best: { delimiter: ';' | ',' | '\t'; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of [';', ',', '\t'] as const) {
    const rows = Papa.parse<string[]>(head, { delimiter, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    // The widest split that at least two lines share (header and a row), or any split at all.
    const shared = [...counts].filter(([, lines]) => lines >= 2).map(([width]) => width);
    const score = shared.length ? Math.max(...shared) : Math.max(0, ...counts.keys()) / 2;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export function readCsvGrid(bytes: Uint8Array): Grid {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ row: index + 1, cells }));
  return { rows, encoding };
}

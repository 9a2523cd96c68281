/**
 * A register CSV as a grid: bytes decoded (UTF-8, UTF-8 with BOM, Windows-1258, TCVN3, VNI; see
 * decode-bytes.ts), cells split by papaparse with the separator guessed (";" as Vietnamese Excel writes
 * it, "," or tab). Every CSV cell is text; numbers and dates are read by the entry reader.
 */
import Papa from 'papaparse';
import { decodeText } from './decode-bytes';
import type { Grid } from './grid';

export function readCsvGrid(bytes: Uint8Array): Grid {
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const rows = parsed.data.map((cells, index) => ({ row: index + 1, cells }));
  return { rows, encoding };
}

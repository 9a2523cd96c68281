/**
 * `phanlo sheets <layout.geojson> --out sheets.pdf [--plots] [--data backup.json]`: one A4
 * plot sheet (sơ đồ lô đất) per plot of a layout file, as one PDF. With a backup file, the household
 * or enterprise each plot is allocated to (in the backup's approved variant) is printed on its sheet,
 * and the backup's place names are used. Every input is checked before anything is written.
 */
import { DEFAULT_PLACE_NAMES, type PlaceNames } from '../domain/place-names';
import { holderOnSheet, plotHolder } from '../domain/plot-sheet/plot-allocation';
import { plotCodesOf } from '../domain/plot-sheet/plot-facts';
import { readBackupHolders, type BackupHolders } from '../io/plot-sheet/backup-holders';
import { layoutSheetsPdf } from '../io/plot-sheet/layout-sheets';
import type { PlotSheetFontBytes, SheetHousehold } from '../io/plot-sheet/plot-sheet.pdf';
import { readLayoutFile } from '../io/plot-sheet/read-layout-file';
import { optionValue, parseArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, fileErrorReason, usageError as commandUsageError, type CliIo } from './cli-io';
import { readJsonFile } from './json-file';
import { formatReaderErrors, type ReaderErrorLike } from './messages';

export type SheetFontsPort = () => PlotSheetFontBytes;

const USAGE_LINE = 'usage: phanlo sheets <layout.geojson> --out sheets.pdf [--plots A-01,A-02] [--data backup.json]   (phanlo --help)';
const usageError = (io: CliIo, message: string): number => commandUsageError(io, 'sheets', USAGE_LINE, message);

/** Who each plot is allocated to in the backup's approved variant. */
function householdsOf(backup: BackupHolders | null, codes: readonly string[]): Record<string, SheetHousehold> {
  const households: Record<string, SheetHousehold> = {};
  if (!backup) return households;
  for (const code of codes) {
    const line = holderOnSheet(plotHolder(backup.allocations, backup.entries, backup.approvedVariantId, code));
    if (line) households[code] = line;
  }
  return households;
}

export async function runSheets(argv: readonly string[], io: CliIo, fonts: SheetFontsPort | null, now: () => Date = () => new Date()): Promise<number> {
  const args = parseArgs(argv, { out: 'value', plots: 'value', data: 'value' });
  if (!args.ok) return usageError(io, args.message);
  if (args.positionals.length !== 1) return usageError(io, 'name exactly one layout file');
  const outPath = optionValue(args.options, 'out');
  if (outPath === undefined) return usageError(io, '--out is needed (the PDF file to write)');
  const plotsOption = optionValue(args.options, 'plots');
  const chosen = plotsOption?.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (chosen !== undefined && chosen.length === 0) return usageError(io, '--plots names no plot');
  if (!fonts || !io.writeBinaryFile) {
    io.stderr('phanlo sheets: this build cannot write PDF files\n');
    return EXIT_BAD_INPUT;
  }

  const errors: ReaderErrorLike[] = [];
  const layoutPath = args.positionals[0];
  const layoutJson = readJsonFile(io, layoutPath);
  const layout = layoutJson.ok ? readLayoutFile(layoutJson.value, layoutPath) : null;
  if (!layoutJson.ok) errors.push(layoutJson.error);
  else if (layout && !layout.ok) errors.push(...layout.errors);

  const dataPath = optionValue(args.options, 'data');
  let backup: BackupHolders | null = null;
  if (dataPath !== undefined) {
    const dataJson = readJsonFile(io, dataPath);
    if (!dataJson.ok) errors.push(dataJson.error);
    else {
      const read = readBackupHolders(dataJson.value, dataPath);
      if (read.ok) backup = read.value;
      else errors.push(...read.errors);
    }
  }
  if (errors.length > 0 || !layout?.ok) {
    io.stderr(formatReaderErrors(errors));
    return EXIT_BAD_INPUT;
  }

  const { features, crs, frontSetbackM, rearSetbackM } = layout.value;
  const allCodes = plotCodesOf(features);
  const missing = (chosen ?? []).filter((code) => !allCodes.includes(code));
  if (missing.length > 0) {
    io.stderr(formatReaderErrors(missing.map((code) => ({ file: layoutPath, field: '--plots', code: 'unknown-plot', params: { code } }))));
    return EXIT_BAD_INPUT;
  }
  const codes = chosen ?? allCodes;
  if (codes.length === 0) {
    io.stderr(`phanlo sheets: ${layoutPath} has no plots\n`);
    return EXIT_BAD_INPUT;
  }
  const places: PlaceNames = backup?.places ?? DEFAULT_PLACE_NAMES;
  const bytes = await layoutSheetsPdf({
    features, parameters: { frontSetbackM, rearSetbackM }, crs, codes, places, households: householdsOf(backup, codes), zone: null, date: now(),
  }, { fonts: fonts() });
  try {
    io.writeBinaryFile(outPath, bytes);
  } catch (error) {
    io.stderr(formatReaderErrors([{ file: outPath, code: 'write-failed', params: { reason: fileErrorReason(error) } }]));
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

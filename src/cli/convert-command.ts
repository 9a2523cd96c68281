/**
 * `phanlo convert --from <crs> --to <crs> [in.csv] < in.csv > out.csv`: a thin shell over
 * convertCoordinateCsv. Nothing reaches stdout unless every row converts.
 */
import { parseCrs, UnknownCrsError } from '../geo/coordinates';
import { convertCoordinateCsv } from '../io/csv-coordinates/convert-coordinate-csv';
import { optionValue, parseArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, fileErrorReason, usageError as commandUsageError, type CliIo } from './cli-io';
import { formatReaderError, formatReaderErrors } from './messages';

const USAGE_LINE = 'usage: phanlo convert --from <crs> --to <crs> < in.csv > out.csv   (phanlo --help)';

const usageError = (io: CliIo, message: string): number => commandUsageError(io, 'convert', USAGE_LINE, message);

export function runConvert(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { from: 'value', to: 'value' });
  if (!args.ok) return usageError(io, args.message);
  const from = optionValue(args.options, 'from');
  const to = optionValue(args.options, 'to');
  if (from === undefined || to === undefined) return usageError(io, 'both --from and --to are needed');
  if (args.positionals.length > 1) return usageError(io, 'at most one input file');
  for (const [option, crs] of [['from', from], ['to', to]] as const) {
    try {
      parseCrs(crs);
    } catch (error) {
      if (!(error instanceof UnknownCrsError)) throw error;
      return usageError(io, `--${option}: ${formatReaderError({ code: 'unknown-crs', params: { crs } })}`);
    }
  }

  const inputPath = args.positionals[0];
  let text: string | null;
  if (inputPath === undefined || inputPath === '-') {
    text = io.readStdin();
    if (text === null) return usageError(io, 'no input: pipe a CSV file in (< in.csv) or name it');
  } else {
    try {
      text = io.readFile(inputPath);
    } catch (error) {
      io.stderr(formatReaderErrors([{ file: inputPath, code: 'read-failed', params: { reason: fileErrorReason(error) } }]));
      return EXIT_BAD_INPUT;
    }
  }

  const fileName = inputPath === undefined || inputPath === '-' ? '<stdin>' : inputPath;
  const result = convertCoordinateCsv(text, { from, to, fileName });
  if (!result.ok) {
    io.stderr(formatReaderErrors(result.errors, { fieldNoun: 'column' }));
    return EXIT_BAD_INPUT;
  }
  io.stdout(result.value);
  return EXIT_OK;
}

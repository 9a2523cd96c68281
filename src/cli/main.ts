/**
 * `phanlo <command> …`: picks the command and returns the exit code. Commands live in their own files;
 * this file only dispatches and prints the help.
 */
import { EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { runConvert } from './convert-command';
import { USAGE } from './help';
import type { LayoutEnginePort } from './layout-engine';
import { runLayout } from './layout-command';
import { runSheets, type SheetFontsPort } from './sheets-command';

export interface CliDependencies {
  readonly io: CliIo;
  /** The layout engine, or null in a build without it. */
  readonly engine: LayoutEnginePort | null;
  /** The plot sheet fonts (read from assets/fonts by the `phanlo` entry); absent: `sheets` says so. */
  readonly sheetFonts?: SheetFontsPort;
}

/** The exit code; a promise of it for commands that write asynchronously (`sheets`). */
export function main(argv: readonly string[], { io, engine, sheetFonts }: CliDependencies): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  switch (command) {
    case 'layout': return runLayout(rest, io, engine);
    case 'convert': return runConvert(rest, io);
    case 'sheets': return runSheets(rest, io, sheetFonts ?? null);
    default:
      io.stderr(`phanlo: unknown command "${command}" (commands: layout, convert, sheets, help)\n`);
      return EXIT_USAGE;
  }
}

/**
 * The `phanlo` command (`npm run --silent phanlo -- …`, run by tsx without a build step).
 * See `phanlo --help` or src/cli/help.ts.
 */
import { nodeCliIo } from './cli-io';
import { main } from './main';
import { realLayoutEngine } from './real-layout-engine';
import { repositorySheetFonts } from './sheet-fonts';

void Promise.resolve(main(process.argv.slice(2), { io: nodeCliIo(), engine: realLayoutEngine, sheetFonts: repositorySheetFonts }))
  .then((code) => { process.exitCode = code; });

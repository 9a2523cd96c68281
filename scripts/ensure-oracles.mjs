#!/usr/bin/env node
/**
 * The independent programs the tests check phanlo against (brief: "prove with independent oracles"):
 * PROJ's cs2cs for coordinates, GDAL's ogr2ogr/ogrinfo for file formats, poppler's pdftotext/pdftoppm
 * for PDFs, zbarimg for QR codes, openpyxl (Debian's python3) and LibreOffice's soffice for .xlsx. Finds each; as root on Debian
 * installs the missing packages.
 *
 *   node scripts/ensure-oracles.mjs              find, or install with apt-get when root on Debian/Ubuntu
 *   node scripts/ensure-oracles.mjs --no-install find only (also: PHANLO_NO_APT=1)
 *
 * Exits 1 naming what is missing and how to get it. As a module: `ensureOracles()` returns the list of
 * commands still missing (empty when all are there).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall, whyNoApt } from './debian-packages.mjs';

/** Command → the Debian package that provides it. */
export const ORACLES = {
  cs2cs: 'proj-bin',
  ogr2ogr: 'gdal-bin',
  ogrinfo: 'gdal-bin',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  zbarimg: 'zbar-tools',
  // LibreOffice Calc, a real spreadsheet program, reads the register's .xlsx export back
  // (tests/e2e/registry-real-clients.e2e.test.ts); the headless build, without a desktop.
  soffice: 'libreoffice-calc-nogui',
  // Not a command: the Python module that reads .xlsx back (run with Debian's /usr/bin/python3).
  openpyxl: 'python3-openpyxl',
};

/** Oracles that are Python modules of Debian's python3, not commands on PATH. */
const PYTHON_MODULES = new Set(['openpyxl']);

function pythonHas(module) {
  try {
    execFileSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function onPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

export const missingOracles = (env = process.env) =>
  Object.keys(ORACLES).filter((command) => (PYTHON_MODULES.has(command) ? !pythonHas(command) : !onPath(command, env)));

/** Installs what is missing when it can; returns the commands still missing. */
export function ensureOracles({ install = !process.env.PHANLO_NO_APT } = {}) {
  const missing = missingOracles();
  if (!missing.length || whyNoApt({ install })) return missing;
  const packages = [...new Set(missing.map((command) => ORACLES[command]))];
  console.log(`ensure-oracles: installing Debian's ${packages.join(', ')} for ${missing.join(', ')}.`);
  aptInstall('ensure-oracles', packages);
  return missingOracles();
}

export function howToGetOracles(missing) {
  const packages = [...new Set(missing.map((command) => ORACLES[command]))];
  return [
    `The tests compare phanlo with independent programs, and these are missing: ${missing.join(', ')}.`,
    `  Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}   (\`npm test\` does this itself as root)`,
    '  macOS:          brew install proj gdal poppler zbar; brew install --cask libreoffice; /usr/bin/python3 -m pip install openpyxl',
  ].join('\n');
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const missing = ensureOracles({ install: !process.argv.includes('--no-install') && !process.env.PHANLO_NO_APT });
  if (missing.length) {
    console.error(`ensure-oracles: ${howToGetOracles(missing)}`);
    if (whyNoApt()) console.error(`ensure-oracles: ${whyNoApt()}`);
    process.exit(1);
  }
  console.log(`ensure-oracles: ${Object.keys(ORACLES).join(', ')} found.`);
}

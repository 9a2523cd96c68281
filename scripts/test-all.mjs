#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order, stopping at the first failing step:
 *   typecheck → lint → oracle programs (PROJ, GDAL, poppler, zbar) → unit tests → production build →
 *   Chromium → browser tests.
 * Ends with one line counting every test of the unit and browser runs: "N passed, N failed".
 *
 *   node scripts/test-all.mjs                 everything
 *   node scripts/test-all.mjs --skip lint,typecheck
 *   node scripts/test-all.mjs --only e2e      (steps: typecheck, lint, oracles, unit, build, chromium, e2e)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChromiumMissing, ensureChromium } from './ensure-chromium.mjs';
import { ensureOracles, howToGetOracles } from './ensure-oracles.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const reportDir = mkdtempSync(join(tmpdir(), 'phanlo-test-'));

const counts = { passed: 0, failed: 0, skipped: 0 };
const env = { ...process.env };

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : null;
}
const only = option('--only');
const skip = option('--skip') ?? [];

function run(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}`);
      resolveRun(127);
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
  });
}

/** Adds a vitest JSON report to the counts; a file that failed without failing tests counts as one failure. */
function count(reportFile) {
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return false;
  }
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const failedInFile = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    if (file.status === 'failed' && failedInFile === 0) counts.failed += 1;
  }
  return true;
}

function vitest(name, configArgs) {
  const reportFile = join(reportDir, `${name}.json`);
  return async () => {
    const code = await run(process.execPath, [
      join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...configArgs,
      '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`,
    ]);
    if (!count(reportFile) && code !== 0) counts.failed += 1; // vitest died before reporting
    return code;
  };
}

const steps = [
  { id: 'typecheck', title: 'Typecheck (tsc --noEmit -p tsconfig.json)', run: () => run(join(BIN, 'tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
  { id: 'lint', title: 'Lint (npm run lint)', run: () => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'lint']) },
  {
    id: 'oracles',
    title: 'PROJ, GDAL, poppler, zbar and openpyxl for the oracle tests (scripts/ensure-oracles.mjs)',
    run: async () => {
      const missing = ensureOracles();
      if (!missing.length) return 0;
      console.error(howToGetOracles(missing));
      return 1;
    },
  },
  { id: 'unit', title: 'Unit tests (vitest run)', run: vitest('unit', []) },
  { id: 'build', title: 'Production build (vite build)', run: () => run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']) },
  {
    id: 'chromium',
    title: 'Chromium for the browser tests (scripts/ensure-chromium.mjs)',
    run: async () => {
      try {
        env.CHROMIUM_PATH = ensureChromium({ env });
        console.log(`Using ${env.CHROMIUM_PATH}`);
        return 0;
      } catch (error) {
        if (!(error instanceof ChromiumMissing)) throw error;
        console.error(error.message);
        return 1;
      }
    },
  },
  { id: 'e2e', title: 'Browser tests (vitest run --config vitest.e2e.config.ts)', run: vitest('e2e', ['--config', 'vitest.e2e.config.ts']) },
];

const selected = steps.filter((s) => (only ? only.includes(s.id) : !skip.includes(s.id)));
const started = Date.now();
let failure = null;
for (const [i, step] of selected.entries()) {
  console.log(`\n━━━ [${i + 1}/${selected.length}] ${step.title} ━━━`);
  const stepStart = Date.now();
  const code = await step.run();
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (code !== 0) {
    failure = { step, code };
    console.log(`━━━ ${step.id}: FAILED with exit code ${code} (${seconds} s) ━━━`);
    break;
  }
  console.log(`━━━ ${step.id}: ok (${seconds} s) ━━━`);
}
rmSync(reportDir, { recursive: true, force: true });

const total = ((Date.now() - started) / 1000).toFixed(0);
console.log('');
if (failure) {
  const rest = selected.slice(selected.indexOf(failure.step) + 1).map((s) => s.id);
  console.log(`test-all: stopped at "${failure.step.id}" (exit code ${failure.code}) after ${total} s${rest.length ? `; not run: ${rest.join(', ')}` : ''}.`);
} else {
  console.log(`test-all: all ${selected.length} steps passed in ${total} s.`);
}
console.log(`${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failure ? failure.code || 1 : 0);

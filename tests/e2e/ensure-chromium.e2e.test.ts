// scripts/ensure-chromium.mjs: which browser the tests use, and what it says when there is none.
// No apt-get here: installing is turned off in every case.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations.
import { ChromiumMissing, ensureChromium, findChromium } from '../../scripts/ensure-chromium.mjs';
import { ROOT } from './harness';

describe('ensure-chromium', () => {
  it('uses $CHROMIUM_PATH when it is an executable', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: process.execPath }, candidates: [] })).toBe(process.execPath);
  });

  it('takes the first installed candidate', () => {
    expect(findChromium({ env: {}, candidates: ['/nonexistent/chrome', process.execPath] })).toBe(process.execPath);
  });

  it('says how to get a browser when none is installed and installing is off', () => {
    const attempt = () => ensureChromium({ env: {}, candidates: [], install: false });
    expect(attempt).toThrow(ChromiumMissing);
    expect(attempt).toThrow(/apt-get install -y chromium/);
    expect(attempt).toThrow(/macOS: +install Google Chrome/);
    expect(attempt).toThrow(/CHROMIUM_PATH/);
  });

  it('exits 1 with that message from the command line, without falling back to another browser', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-chromium.mjs'), '--no-install'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', PHANLO_NO_APT: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, but there is no executable file there');
    expect(result.stderr).toContain('sudo apt-get install -y chromium');
  });
});

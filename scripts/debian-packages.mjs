/**
 * Installing Debian packages for the test suite: only as root on a Debian-like system with apt-get,
 * and never when PHANLO_NO_APT is set. Shared by ensure-chromium.mjs (the browser) and
 * ensure-oracles.mjs (PROJ, GDAL, poppler, zbar: the independent programs the tests check against).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { platform } from 'node:os';

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** Why apt-get cannot be used here, or null when it can. */
export function whyNoApt({ install = !process.env.PHANLO_NO_APT } = {}) {
  if (!install) return 'Installing was turned off (--no-install or PHANLO_NO_APT).';
  if (!(platform() === 'linux' && isDebianLike() && existsSync('/usr/bin/apt-get'))) {
    return 'This is not a Debian/Ubuntu system with apt-get, so it cannot be installed automatically.';
  }
  if (!(typeof process.getuid === 'function' && process.getuid() === 0)) {
    return 'Not running as root, so apt-get cannot install it automatically.';
  }
  return null;
}

function run(tag, command, args) {
  console.log(`${tag}: $ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

let updated = false;

/** `apt-get update` (once per process) then `apt-get install -y <packages>`; true when both succeed. */
export function aptInstall(tag, packages) {
  if (!updated) {
    if (run(tag, 'apt-get', ['update']) !== 0) return false;
    updated = true;
  }
  return run(tag, 'apt-get', ['install', '-y', ...packages]) === 0;
}

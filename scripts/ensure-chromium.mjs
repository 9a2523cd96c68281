#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium for the browser tests, and on a Debian/Ubuntu machine where we are root
 * installs Debian's chromium when there is none. Playwright cannot download its own browser here.
 *
 * Order: $CHROMIUM_PATH (if set, it is the only one considered), /usr/bin/chromium, other installed
 * Chrome/Chromium builds (PATH names, macOS applications, Playwright's cache).
 *
 *   node scripts/ensure-chromium.mjs              find, or install with apt-get when root on Debian/Ubuntu
 *   node scripts/ensure-chromium.mjs --no-install find only (also: PHANLO_NO_APT=1)
 *
 * Prints the executable path on its last line of stdout; exits 1 with a message saying how to get a
 * browser when there is none. As a module: `ensureChromium()` returns the path or throws ChromiumMissing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { aptInstall, whyNoApt } from './debian-packages.mjs';

export class ChromiumMissing extends Error {
  constructor(message) {
    super(message);
    this.name = 'ChromiumMissing';
  }
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const MAC_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name, env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Browsers Playwright downloaded elsewhere (e.g. on a developer's laptop), newest first. */
function playwrightCacheBrowsers(env) {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
  ].filter(Boolean);
  const found = [];
  for (const root of roots) {
    let dirs = [];
    try {
      dirs = readdirSync(root).filter((d) => /^chromium-\d+$/.test(d)).sort().reverse();
    } catch {
      continue;
    }
    for (const dir of dirs) {
      found.push(
        join(root, dir, 'chrome-linux64', 'chrome'),
        join(root, dir, 'chrome-linux', 'chrome'),
        join(root, dir, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
        join(root, dir, 'chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
      );
    }
  }
  return found;
}

/** Every place we look, in order (without $CHROMIUM_PATH). */
export function defaultCandidates(env = process.env) {
  const named = PATH_NAMES.map((n) => onPath(n, env)).filter(Boolean);
  return [...new Set(['/usr/bin/chromium', ...named, ...MAC_APPS, ...playwrightCacheBrowsers(env)])];
}

/** How to get a browser, for this machine. */
export function howToGetChromium() {
  return [
    'The browser tests need Chrome or Chromium. Get one of these:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium   (gives /usr/bin/chromium;',
    '                  `npm test` does this itself when run as root)',
    '  macOS:          install Google Chrome (https://www.google.com/chrome/), then',
    "                  export CHROMIUM_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'",
    '  Anywhere else:  set CHROMIUM_PATH to the chrome/chromium executable of an installed Chrome or Chromium.',
  ].join('\n');
}

/**
 * The first Chrome/Chromium found, or null. `$CHROMIUM_PATH`, when set, is the only one considered:
 * a path someone set on purpose must not be silently replaced by another browser.
 */
export function findChromium({ env = process.env, candidates = defaultCandidates(env) } = {}) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new ChromiumMissing(
      `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no executable file there.\n` +
        'Unset CHROMIUM_PATH to let phanlo look for an installed browser, or point it to one.\n\n' +
        howToGetChromium(),
    );
  }
  return candidates.find(isExecutable) ?? null;
}

/**
 * Returns the path of a Chrome/Chromium, installing Debian's chromium with apt-get when none is found,
 * we are root, the system is Debian-like and `install` is not false. Throws ChromiumMissing otherwise.
 */
export function ensureChromium({ env = process.env, install = !env.PHANLO_NO_APT, candidates } = {}) {
  const found = findChromium({ env, candidates });
  if (found) return found;

  const why = whyNoApt({ install });
  if (!why) {
    console.log('ensure-chromium: no Chrome or Chromium found; installing Debian\'s chromium (about 110 MB).');
    if (!aptInstall('ensure-chromium', ['chromium'])) {
      throw new ChromiumMissing(`apt-get could not install chromium (see its output above).\n\n${howToGetChromium()}`);
    }
    if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw new ChromiumMissing(`apt-get installed chromium, but /usr/bin/chromium is not there.\n\n${howToGetChromium()}`);
  }

  throw new ChromiumMissing(`No Chrome or Chromium found on this machine. ${why}\n\n${howToGetChromium()}`);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const path = ensureChromium({ install: !process.argv.includes('--no-install') && !process.env.PHANLO_NO_APT });
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
    console.log(`ensure-chromium: using ${path}${version.stdout ? ` (${version.stdout.trim()})` : ''}`);
    console.log(path);
  } catch (error) {
    if (!(error instanceof ChromiumMissing)) throw error;
    console.error(`ensure-chromium: ${error.message}`);
    process.exit(1);
  }
}

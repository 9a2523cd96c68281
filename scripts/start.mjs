#!/usr/bin/env node
/**
 * `npm start`: the newcomer's first command after `npm ci`. Builds the app and serves the build on
 * http://127.0.0.1:4173/ with `vite preview`. 127.0.0.1 is a secure context, so the service worker
 * (offline use) and geolocation work as they will over HTTPS.
 *
 *   npm start                      build, then serve on 127.0.0.1:4173
 *   PORT=8080 npm start            another port
 *   npm start -- --no-build        serve the existing dist/
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4173);

if (!process.argv.includes('--no-build')) {
  console.log('phanlo: building the app (vite build)…');
  const build = spawnSync(process.execPath, [VITE, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`phanlo: the build failed (exit code ${build.status ?? build.signal}).`);
    process.exit(build.status || 1);
  }
}

const server = spawn(process.execPath, [VITE, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort'], {
  cwd: ROOT,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Local:/.test(chunk.toString())) {
    announced = true;
    const url = `http://${HOST}:${PORT}/#/parcels`;
    console.log(`\nphanlo is running: open ${url}\n(works offline after the first visit; Ctrl+C stops the server)\n`);
  }
});
server.on('exit', (code, signal) => {
  if (code && !announced) console.error(`phanlo: could not serve on ${HOST}:${PORT}; is the port taken? Try PORT=8080 npm start.`);
  process.exit(code ?? (signal ? 0 : 1));
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));

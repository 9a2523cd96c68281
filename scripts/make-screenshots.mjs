#!/usr/bin/env node
/**
 * Regenerates the README screenshots from the built app (run `npm run build` first):
 *   node scripts/make-screenshots.mjs
 * Serves dist/ with vite preview on a free port, drives Chromium (see scripts/ensure-chromium.mjs),
 * writes docs/screenshots/*.png.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const port = await new Promise((done) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => done(port)); });
});
const preview = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: ROOT, stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: ensureChromium({ install: false }), headless: true, args: ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  const DESKTOP = { viewport: { width: 1366, height: 768 } };
  const TABLET = { viewport: { width: 800, height: 1280 }, hasTouch: true, isMobile: false };
  const shoot = async (device, route, file, ready, prepare) => {
    const context = await browser.newContext(device);
    if (prepare) await prepare(context);
    // The map's test hook tells when the parcels are drawn (src/map/test-hook.ts).
    await context.addInitScript('window.__phanloTestHooks = true;');
    const page = await context.newPage();
    await page.goto(base + route, { waitUntil: 'load' });
    await ready(page);
    // Labels are placed in the frames after the parcels: wait for the map to be idle.
    await page.waitForFunction(() => document.querySelector('.maplibregl-canvas') !== null, null, { timeout: 20_000 }).catch(() => {});
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(OUT, file) });
    await context.close();
    console.log(`wrote docs/screenshots/${file}`);
  };
  const parcelsDrawn = (page) => page.waitForFunction(() => window.__phanloMap?.parcelsDrawn === true, null, { timeout: 20_000 });
  const withRecord = async (page) => {
    await parcelsDrawn(page);
    await page.getByTestId('record-inside-zone').waitFor();
  };
  const withLegend = async (page) => {
    await parcelsDrawn(page);
    await page.getByTestId('map-legend').locator('summary').click();
  };
  const recovery = (page) => page.getByTestId('recovery-table').waitFor();
  await shoot(DESKTOP, '#/parcels/12/69', 'parcels.png', withRecord);
  await shoot(DESKTOP, '#/parcels', 'parcels-legend.png', withLegend);
  await shoot(DESKTOP, '#/recovery', 'recovery.png', recovery);
  await shoot(TABLET, '#/parcels/12/69', 'tablet-parcels.png', withRecord);
  await shoot(TABLET, '#/recovery', 'tablet-recovery.png', recovery);
  await shoot(DESKTOP, '#/plan', 'plan.png', (page) => page.waitForFunction(() => window.__phanloPlanMap?.layoutDrawn === true, null, { timeout: 30_000 }));
  await shoot(TABLET, '#/plan', 'tablet-plan.png', (page) => page.waitForFunction(() => window.__phanloPlanMap?.layoutDrawn === true, null, { timeout: 30_000 }));

  // The demo layout as the command line gives it: the plots the register, household view and field mode show.
  const layout = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/phanlo.ts'),
    'layout', join(ROOT, 'public/geo/dong-doc-zone.geojson')], { cwd: ROOT, maxBuffer: 64 << 20 }).toString());
  const plots = layout.features.filter((f) => f.properties.kind === 'plot');
  const plot = plots[Math.min(4, plots.length - 1)];
  const ring = plot.geometry.coordinates[0].slice(0, -1);
  const [longitude, latitude] = [0, 1].map((i) => ring.reduce((sum, p) => sum + p[i], 0) / ring.length);

  // The register with the commune list of the tests imported (written by openpyxl, tests/fixtures/register-import).
  await shoot(DESKTOP, '#/registry', 'registry.png', async (page) => {
    await page.getByTestId('registry-page').waitFor({ timeout: 20_000 });
    await page.getByTestId('registry-import-file').setInputFiles(join(ROOT, 'tests/fixtures/register-import/commune-list.xlsx'));
    await page.getByTestId('registry-import-confirm').click();
    await page.getByTestId('registry-row').first().click({ position: { x: 40, y: 20 } });
    await page.waitForFunction(() => window.__phanloPlotStatusMap?.drawn === true, null, { timeout: 30_000 });
  });
  await shoot(DESKTOP, `#/present/${encodeURIComponent(plot.properties.code)}`, 'present.png',
    (page) => page.waitForFunction(() => window.__phanloPresentMap?.drawnCode != null, null, { timeout: 30_000 }));
  await shoot({ ...TABLET, permissions: ['geolocation'], geolocation: { latitude, longitude, accuracy: 3 } }, '#/field', 'field.png',
    (page) => page.getByTestId('field-page').getByText(plot.properties.code).first().waitFor({ timeout: 30_000 }));
} finally {
  await browser.close();
  process.kill(-preview.pid);
}

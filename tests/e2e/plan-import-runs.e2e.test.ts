// An imported zone is laid out by the engine once, in Chromium against the built app: the new variant
// opens and is laid out, and neither the live query's first answer with the new row nor the echo of the
// layout kept with it (VariantRow.laidOut) asks the layout worker again. Every request the page posts to
// a worker with a zone and parameters (a layout request, src/workers/layout-protocol.ts) is counted.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './harness';
import { COUNT_LAYOUT_REQUESTS } from './plan-page';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'zone-import');
/** True once a variant other than the demo is stored with its layout kept (VariantRow.laidOut), read through IndexedDB. */
const KEPT_WITH_IMPORTED_VARIANT = `new Promise((resolve) => {
  const open = indexedDB.open('phanlo');
  open.onerror = () => resolve(false);
  open.onsuccess = () => {
    const db = open.result;
    const request = db.transaction('variants', 'readonly').objectStore('variants').getAll();
    request.onsuccess = () => { db.close(); resolve(request.result.some((row) => row.id !== 'demo' && !row.deleted && row.laidOut)); };
    request.onerror = () => { db.close(); resolve(false); };
  };
})`;
/** A read of the variants store queued after the app's own re-read, then two rendered frames (React's effects of the echo). */
const ECHO_READ_AND_RENDERED = `${KEPT_WITH_IMPORTED_VARIANT}.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))))`;
const drawnAfter = (version: number) => `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${version}`;

describe('#/plan: an imported zone', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.addInitScript(COUNT_LAYOUT_REQUESTS);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is laid out by the engine once', async () => {
    const page = await session.openApp('#/plan');
    await page.waitForFunction(drawnAfter(0), undefined, { timeout: 60_000 });
    // The demo's confirming run (after its first frame) is over before the import.
    await expect.poll(() => page.getByText(/Tính trong/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const before = (await page.evaluate('window.__layoutRequests.length')) as number;
    expect(before).toBeGreaterThan(0); // the hook sees the page's layout requests
    const version = (await page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;
    await page.getByTestId('plan-import-file').setInputFiles(join(FIXTURES, 'zone-small.kml'));
    await page.waitForFunction(drawnAfter(version), undefined, { timeout: 30_000 });
    // The layout is kept with the new variant (a write the live query echoes back): wait for the write,
    // then for the echo to be read and rendered (a read of the same store after it, two frames), not a clock.
    await page.waitForFunction(KEPT_WITH_IMPORTED_VARIANT, undefined, { timeout: 30_000, polling: 100 });
    await page.evaluate(ECHO_READ_AND_RENDERED);
    expect((await page.evaluate('window.__layoutRequests')) as unknown[]).toHaveLength(before + 1);
  });
});

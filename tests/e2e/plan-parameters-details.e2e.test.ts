// #/plan in Chromium against the built app: after a parameter change the map draws the new plots
// first and their details (labels, envelopes, centre lines, kerbs) in a frame of their own once it is on
// screen (src/map/plan-map.ts). No frame may draw one layout's details over another layout's plots,
// and every layout's details do come: the map's log of rendered frames (test hook `detailFrames`)
// says which layout and which details each frame drew.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './harness';

// Frontages that move plots (a new layout each), and back to one seen before.
const FRONTAGES_M = [26, 22, 26];

const layoutVersion = async (page: Page) => (await page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;

/** Waits for the layout after `afterVersion` to be drawn, then for its details to be drawn with it. */
async function waitForLayoutAndDetails(page: Page, afterVersion: number): Promise<number> {
  await page.waitForFunction(
    `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${afterVersion}`,
    undefined, { timeout: 60_000 },
  );
  const version = await layoutVersion(page);
  await page.waitForFunction(`window.__phanloPlanMap.detailFrames().some((f) => f.details === ${version})`, undefined, { timeout: 60_000 });
  return version;
}

interface Frame { layout: number; details: number | null }

describe('#/plan: a parameter change draws the new plots, then their own details', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    page = await session.openApp('#/plan');
    await waitForLayoutAndDetails(page, 0);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('never draws the last layout\'s details over new plots; each layout\'s labels follow its plots', async () => {
    await page.getByTestId('plan-tab-parameters').click();
    const versions: number[] = [];
    for (const frontageM of FRONTAGES_M) {
      const before = await layoutVersion(page);
      await page.getByTestId('param-targetFrontageM').fill(String(frontageM).replace('.', ',')); // vi-VN decimal comma
      versions.push(await waitForLayoutAndDetails(page, before));
      // The labels placed are the plots' own (codes of plots in this layout, some of them at least).
      const codes = (await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[];
      const labels = (await page.evaluate('window.__phanloPlanMap.renderedLabelCodes()')) as string[];
      expect(labels.length, `labels placed after ${frontageM} m`).toBeGreaterThan(0);
      expect(labels.filter((code) => !codes.includes(code)), `labels of no plot of the layout after ${frontageM} m`).toEqual([]);
    }
    const frames = (await page.evaluate('window.__phanloPlanMap.detailFrames()')) as Frame[];
    const mismatched = frames.filter((f) => f.details !== null && f.details !== f.layout);
    expect(mismatched, 'frames that drew one layout\'s details over another\'s plots').toEqual([]);
    // Each change drew a frame of its plots alone before its details: the plots did not wait for them.
    for (const version of versions) {
      const own = frames.filter((f) => f.layout === version);
      expect(own[0], `the first frame of layout ${version}`).toEqual({ layout: version, details: null });
      expect(own.some((f) => f.details === version), `layout ${version}'s details drawn`).toBe(true);
    }
    expect(new Set(versions).size).toBe(FRONTAGES_M.length);
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});

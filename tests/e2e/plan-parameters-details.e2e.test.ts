// #/plan in Chromium against the built app: after a parameter change the map draws the new plots
// and their details (labels, envelopes, centre lines, kerbs) in one frame (src/map/plan-map.ts): once
// the plots are drawn their codes are on the map (issue #8: they came 0.6–1.7 s later, a frame of
// their own). No frame may draw one layout's details over another layout's plots: the map's log of
// rendered frames (test hook `detailFrames`) says which layout and which details each frame drew; a
// change settles after that one frame (no follow-up frame to place labels or show details again).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './harness';

// Frontages that move plots (a new layout each), and back to one seen before.
const FRONTAGES_M = [26, 22, 26];

const layoutVersion = async (page: Page) => (await page.evaluate('window.__phanloPlanMap.layoutVersion')) as number;

/** Waits for the layout after `afterVersion` to be drawn (its plots' frame); its version. */
async function waitForLayout(page: Page, afterVersion: number): Promise<number> {
  await page.waitForFunction(
    `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${afterVersion}`,
    undefined, { timeout: 60_000, polling: 'raf' },
  );
  return layoutVersion(page);
}

/** Waits for the layout after `afterVersion` to be drawn, then for its details to be drawn (the first load: later). */
async function waitForLayoutAndDetails(page: Page, afterVersion: number): Promise<number> {
  const version = await waitForLayout(page, afterVersion);
  await page.waitForFunction(`window.__phanloPlanMap.detailFrames().some((f) => f.details === ${version})`, undefined, { timeout: 60_000 });
  return version;
}

interface Frame { layout: number; details: number | null }

describe('#/plan: a parameter change draws the new plots with their own details', () => {
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

  it('never draws the last layout\'s details over new plots; each layout\'s codes are on the map with its plots', async () => {
    await page.getByTestId('plan-tab-parameters').click();
    const versions: number[] = [];
    for (const frontageM of FRONTAGES_M) {
      const before = await layoutVersion(page);
      await page.getByTestId('param-targetFrontageM').fill(String(frontageM).replace('.', ',')); // vi-VN decimal comma
      // Read as soon as the plots are drawn, not after waiting for a frame of details.
      versions.push(await waitForLayout(page, before));
      // The labels placed are the plots' own (codes of plots in this layout, some of them at least).
      const codes = (await page.evaluate('window.__phanloPlanMap.plotCodes()')) as string[];
      const labels = (await page.evaluate('window.__phanloPlanMap.renderedLabelCodes()')) as string[];
      expect(labels.length, `labels placed after ${frontageM} m`).toBeGreaterThan(0);
      expect(labels.filter((code) => !codes.includes(code)), `labels of no plot of the layout after ${frontageM} m`).toEqual([]);
    }
    const frames = (await page.evaluate('window.__phanloPlanMap.detailFrames()')) as Frame[];
    const mismatched = frames.filter((f) => f.details !== null && f.details !== f.layout);
    expect(mismatched, 'frames that drew one layout\'s details over another\'s plots').toEqual([]);
    // Each change's first frame drew its plots with their own details: no frame of plots without codes.
    for (const version of versions) {
      const own = frames.filter((f) => f.layout === version);
      expect(own[0], `the first frame of layout ${version}`).toEqual({ layout: version, details: version });
    }
    expect(new Set(versions).size).toBe(FRONTAGES_M.length);
    // And that frame is the only one: none after it only to place the labels again, nor to show details
    // hidden during the change (each a 0.2–0.4 s block of this thread on software WebGL, issue #8).
    await page.waitForTimeout(1500);
    const last = versions.at(-1)!;
    const settled = (await page.evaluate('window.__phanloPlanMap.detailFrames()')) as Frame[];
    expect(settled.filter((f) => f.layout === last), `the frames of the last layout, ${last}, once settled`).toEqual([{ layout: last, details: last }]);
    expect(session.pageErrors).toEqual([]);
  }, 240_000);
});

/**
 * What the planner browser tests read of #/plan through its test hook (`window.__phanloPlanMap`,
 * docs/TEAM-CONTRACTS.md): a wait for a layout drawn after a given version, the version drawn now,
 * and the plot list's codes. One copy, so that a change of the hook is made once.
 */
import type { Page } from 'playwright-core';
import { AppSession } from './harness';

/**
 * Waits until a layout newer than `afterVersion` (0: any) is drawn on the #/plan map. `timeoutMs`:
 * longer for a first run on a fresh profile or an imported zone on a loaded machine.
 */
export async function waitForLayout(page: Page, afterVersion = 0, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    `window.__phanloPlanMap?.layoutDrawn === true && window.__phanloPlanMap.layoutVersion > ${afterVersion}`,
    undefined, { timeout: timeoutMs },
  );
}

/** The version of the layout the #/plan map holds; 0 before it has one. */
export const layoutVersion = async (page: Page): Promise<number> =>
  (await page.evaluate('window.__phanloPlanMap?.layoutVersion ?? 0')) as number;

/** The plot list's codes as shown, in its order; `openTab` first opens the Plots tab. */
export async function listCodes(page: Page, { openTab = false }: { openTab?: boolean } = {}): Promise<string[]> {
  if (openTab) await page.getByTestId('plan-tab-plots').click();
  return page.locator('[data-testid="plan-plot-row"] td:nth-child(1) button').allInnerTexts();
}

/**
 * The planner tests' one way in: a Chromium session (desktop 1280×800 unless told; `persistent`: a real
 * profile that survives reloads) on #/plan with its layout drawn. The caller closes the session (afterAll).
 */
export async function openPlanWorkspace(
  { viewport = { width: 1280, height: 800 }, persistent = false }: { viewport?: { width: number; height: number }; persistent?: boolean } = {},
): Promise<{ session: AppSession; page: Page }> {
  const session = await AppSession.launch({ viewport, persistent });
  try {
    const page = await session.openApp('#/plan');
    await waitForLayout(page);
    return { session, page };
  } catch (error) {
    const detail = session.diagnostics();
    await session.close();
    if (detail && error instanceof Error) error.message += detail;
    throw error;
  }
}

/** The engine time of the first layout the page received: 0 when it was a kept or shipped one (no run), null before. */
export const FIRST_LAYOUT_ENGINE_MS = `performance.getEntriesByName('phanlo:plan-layout-received')[0]?.detail?.engineMs ?? null`;

/** A screenshot into $SCREENSHOT_DIR/<name>.png when a run asks for them (to look at by eye), else nothing. */
export async function screenshotIfAsked(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png` });
}

/**
 * An init script (context.addInitScript) that counts every layout request the page posts to a worker
 * (a message with a zone and parameters, src/workers/layout-protocol.ts) in `window.__layoutRequests`.
 */
export const COUNT_LAYOUT_REQUESTS = `{ window.__layoutRequests = []; const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.site && message.parameters) window.__layoutRequests.push(message.site.name ?? null);
    return post.call(this, message, ...rest); }; }`;

/** How many layout requests the page has posted (COUNT_LAYOUT_REQUESTS installed). */
export const layoutRequests = async (page: Page): Promise<number> => (await page.evaluate('window.__layoutRequests.length')) as number;

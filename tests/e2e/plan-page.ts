/**
 * What the planner browser tests read of #/plan through its test hook (`window.__phanloPlanMap`,
 * docs/TEAM-CONTRACTS.md): a wait for a layout drawn after a given version, the version drawn now,
 * and the plot list's codes. One copy, so that a change of the hook is made once.
 */
import type { Page } from 'playwright-core';

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

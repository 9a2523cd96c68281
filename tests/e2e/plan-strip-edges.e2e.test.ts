// The third edge mark, "accepted separation" (issue 7: a planner narrows the 2.5.2 strip where the
// authority accepts a public road or canal as the separation; the balance then shows 2.5.2 as not met,
// naming the edge), in Chromium against the built app. Expected plots come from the engine in Node on
// sites built here from the zone file; the edge's side and length from its corners.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPlane } from '../../src/geo/coordinates';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout } from '../../src/geo/layout';
import type { ZoneSite } from '../../src/geo/zone-site';
import { loadSite } from '../geo/layout/load-site';
import type { AppSession } from './harness';
import { ZONE_FILE } from './plan-data';
import { openPlanWorkspace, screenshotIfAsked, waitForLayout, layoutVersion } from './plan-page';

const demo = loadSite(ZONE_FILE);
const [b, c] = [demo.zone[0][1], demo.zone[0][2]];
/** Edge 2 of the demo zone (corner 2 → 3) faces east: its outward normal points east of south-east/north-east. */
const EAST_EDGE = 1;
const withSeparation = (stripM: number): ZoneSite => ({ ...demo, separationEdges: [{ line: [asPlane([b[0], b[1]]), asPlane([c[0], c[1]])], stripM }] });
/** The plot codes and the plots' area in the balance (codes alone stay stable when plots only grow). */
function engineFigures(site: ZoneSite): { codes: string[]; plotsM2: number } {
  const result = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS);
  if (!result.ok) throw new Error('engine refused');
  return {
    codes: result.features.flatMap((f) => (f.properties.kind === 'plot' ? [f.properties.code] : [])),
    plotsM2: result.landUse.rows.find((r) => r.category === 'plots')!.areaM2,
  };
}
/** "162,7" as vi-VN writes the edge's length to 0.1 m. */
const lengthText = (Math.round(Math.hypot(c[0] - b[0], c[1] - b[1]) * 10) / 10).toLocaleString('vi-VN');

/** "1.250,3 m²" → 1250.3 */
const readArea = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
async function shownFigures(page: Page): Promise<{ codes: string[]; plotsM2: number }> {
  await page.getByTestId('plan-tab-plots').click();
  const codes = await page.locator('[data-testid="plan-plot-row"] td:nth-child(1) button').allInnerTexts();
  await page.getByTestId('plan-tab-balance').click();
  return { codes, plotsM2: readArea(await page.getByTestId('balance-area-plots').innerText()) };
}
const stripRule = (page: Page) => page.getByTestId('plan-rules').locator('tr[data-rule="isolation-strip-min"]');
async function stripRuleState(page: Page): Promise<{ failed: boolean; edges: string }> {
  await page.getByTestId('plan-tab-balance').click();
  const row = stripRule(page);
  const edges = row.getByTestId('rule-edges');
  return { failed: (await row.getAttribute('class')) === 'failed', edges: (await edges.count()) ? await edges.innerText() : '' };
}
describe('#/plan: an edge marked as accepted separation', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace());
  });
  afterAll(async () => {
    await session?.close();
  });

  it('narrows the strip, fails 2.5.2 naming the east edge, draws it, and undoes step by step', async () => {
    const original = await shownFigures(page);
    expect(original).toEqual(engineFigures(demo));
    expect(await stripRuleState(page)).toEqual({ failed: false, edges: '' });

    await page.getByTestId('plan-mark-edges').click();
    await page.getByTestId('edge-marking').waitFor();
    let before = await layoutVersion(page);
    await page.getByTestId(`edge-${EAST_EDGE}-separation`).click();
    await waitForLayout(page, before);
    expect(await page.getByTestId(`edge-role-${EAST_EDGE}`).getAttribute('data-role')).toBe('separation');
    const narrowed = engineFigures(withSeparation(0));
    expect(narrowed.plotsM2).toBeGreaterThan(original.plotsM2);
    await expect.poll(() => shownFigures(page), { timeout: 30_000 }).toEqual(narrowed);
    await expect.poll(() => stripRuleState(page), { timeout: 30_000 }).toEqual({ failed: true, edges: `Chưa đạt ở: cạnh phía Đông ${lengthText} m: còn 0 m` });
    expect(await page.getByTestId('plan-warnings').innerText()).toContain('Dải cây xanh cách ly dọc cạnh phía Đông');
    // Drawn on the map: the marking layer names the edge's role, the legend keys its colour.
    await expect.poll(async () => (await page.evaluate('window.__phanloPlanTools.renderedEdges()')) as { edge: number; role: string }[])
      .toContainEqual({ edge: EAST_EDGE, role: 'separation' });
    expect(await page.getByTestId('plan-legend').textContent()).toContain('Cạnh có phân cách được chấp nhận');
    await screenshotIfAsked(page, 'plan-separation-marked');

    // A 5 m strip kept there: one more step.
    before = await layoutVersion(page);
    await page.getByTestId(`edge-${EAST_EDGE}-strip`).fill('5');
    await page.getByTestId(`edge-${EAST_EDGE}-strip-apply`).click();
    await waitForLayout(page, before);
    await expect.poll(() => shownFigures(page), { timeout: 30_000 }).toEqual(engineFigures(withSeparation(5)));
    await expect.poll(() => stripRuleState(page), { timeout: 30_000 }).toEqual({ failed: true, edges: `Chưa đạt ở: cạnh phía Đông ${lengthText} m: còn 5 m` });

    // Undo the width, then the mark: back to the demo's layout, 2.5.2 met.
    await page.locator('.map').click({ position: { x: 5, y: 400 } });
    before = await layoutVersion(page);
    await page.keyboard.press('Control+z');
    await waitForLayout(page, before);
    await expect.poll(() => shownFigures(page), { timeout: 30_000 }).toEqual(narrowed);
    before = await layoutVersion(page);
    await page.keyboard.press('Control+z');
    await waitForLayout(page, before);
    await expect.poll(() => shownFigures(page), { timeout: 30_000 }).toEqual(original);
    await expect.poll(() => stripRuleState(page), { timeout: 30_000 }).toEqual({ failed: false, edges: '' });
  });
});

// #/plan on a tablet held upright (800×1280, touch): the map above the panel with every plot in view,
// colouring by area with a legend that names the classes, a plot tapped on the map shown in the list
// (below the list's sticky header, not under it), every control a 44 × 44 px target a finger can hit
// (issue #8: undo, redo, the variant bar, "Chọn nhiều" and the colour switch were 32–40 px high), and
// the workspace in English on the switch. Nothing reaches for the network.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession } from './harness';
import { cliLayout, layoutFromGeoJson, plotAreas } from './plan-data';
import { planeProjection } from '../../src/geo/coordinates';
import { polygonLabelPoint } from '../../src/io/layout-output/label-point';
import { waitForLayout } from './plan-page';
import { smallTargets } from './touch-targets';

/** What a finger at the middle of a plot row's code button would hit: the button's text, or what covers it. */
const hitAtCodeButton = (code: string) => `(() => {
  const box = document.querySelector('tr[data-plot="${code}"] button.link').getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return hit ? (hit.closest('button') ?? hit).textContent : null;
})()`;


describe('#/plan on an upright tablet', () => {
  let session: AppSession;
  let page: Page;
  let cliText: string;

  beforeAll(async () => {
    cliText = cliLayout('geojson');
    session = await AppSession.launch({ touch: true, viewport: { width: 800, height: 1280 } });
    page = await session.openApp('#/plan');
    await waitForLayout(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the map above the panel with every plot of the layout in view', async () => {
    const map = (await page.getByTestId('map').boundingBox())!;
    const panel = (await page.locator('.plan-panel').boundingBox())!;
    expect(map.y + map.height).toBeLessThanOrEqual(panel.y + 1);
    expect(map.height).toBeGreaterThan(400);
    const codes = plotAreas(cliText).map(([code]) => code);
    expect(await page.evaluate('window.__phanloPlanMap.renderedPlotCodes()')).toEqual([...codes].sort());
  });

  it('colours by area with a legend naming the classes in m², and by plot rules', async () => {
    await page.getByTestId('plan-colour-area').tap();
    const legend = page.getByTestId('plan-legend');
    if (!(await legend.evaluate((e) => (e as HTMLDetailsElement).open))) await legend.locator('summary').tap();
    const text = await legend.innerText();
    expect(text).toContain('300,0 m² – 700,0 m²');
    expect(text).toContain('Trên 1.500,0 m²');
    expect(text).toContain('Phạm vi xây dựng');
    await page.getByTestId('plan-colour-rule').tap();
    expect(await legend.innerText()).toContain('Đạt mọi chỉ tiêu của lô');
    await legend.locator('summary').tap(); // closed again, out of the way of the map
  });

  it('shows a plot tapped on the map in the plot list', async () => {
    const layout = layoutFromGeoJson(cliText);
    const projection = planeProjection(layout.crs);
    const plot = layout.features.find((f) => f.properties.kind === 'plot')!;
    const code = String((plot.properties as { code: string }).code);
    const [lng, lat] = projection.toLngLat(polygonLabelPoint((plot.geometry as unknown as { coordinates: never }).coordinates));
    const { x, y } = (await page.evaluate(`window.__phanloPlanMap.screenPointOf(${lng}, ${lat})`)) as { x: number; y: number };
    // The list scrolled to its end first, so the row is brought back into view from above.
    await page.getByTestId('plan-tab-plots').tap();
    await page.evaluate(`for (const el of document.querySelectorAll('.plan-panel, .plan-tabpanel')) el.scrollTop = el.scrollHeight`);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => page.locator(`tr[data-plot="${code}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('plan-tab-plots').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(hitAtCodeButton(code)), { message: 'the row in view, not under the sticky header' }).toBe(code);
  });

  it('gives every control of the workspace a 44 × 44 px target: each tab, plots chosen, legend, export menu, rename', async () => {
    for (const tab of ['balance', 'parameters', 'plots']) {
      await page.getByTestId(`plan-tab-${tab}`).tap();
      expect(await smallTargets(page), tab).toEqual([]);
    }
    // The code and its "Trình chiếu" link side by side: a row is one finger high, not two stacked targets.
    expect((await page.locator('tr[data-plot="A-01"]').boundingBox())!.height).toBeLessThan(60);
    await page.locator('tr[data-plot="A-01"] button.link').tap();
    await expect.poll(() => page.getByTestId('edit-selected').innerText()).toContain('A-01');
    expect(await smallTargets(page), 'one plot chosen').toEqual([]);
    await page.getByTestId('edit-multi-select').tap();
    await page.locator('tr[data-plot="A-02"] button.link').tap();
    await expect.poll(() => page.getByTestId('edit-merge').isVisible()).toBe(true);
    expect(await smallTargets(page), 'two plots chosen').toEqual([]);
    await page.getByTestId('edit-multi-select').tap();
    const legend = page.getByTestId('plan-legend');
    await legend.locator('summary').tap();
    await expect.poll(() => legend.evaluate((e) => (e as HTMLDetailsElement).open)).toBe(true);
    expect(await smallTargets(page), 'legend open').toEqual([]);
    await legend.locator('summary').tap();
    await page.getByTestId('plan-export').tap();
    await page.getByTestId('plan-export-xlsx').waitFor({ state: 'visible' });
    expect(await smallTargets(page), 'export menu open').toEqual([]);
    await page.getByTestId('plan-export').tap();
    await page.getByTestId('variant-rename').tap();
    await page.getByTestId('variant-rename-save').waitFor({ state: 'visible' });
    expect(await smallTargets(page), 'renaming').toEqual([]);
    await page.getByTestId('variant-name').press('Escape');
    await expect.poll(() => page.getByTestId('variant-rename').isVisible()).toBe(true);
  });

  it('speaks English on the switch, numbers in English form', async () => {
    await page.getByTestId('lang-switch').tap();
    await expect.poll(() => page.getByTestId('plan-export').innerText()).toContain('Export');
    await waitForLayout(page);
    await page.getByTestId('plan-tab-balance').tap();
    expect(await page.getByTestId('plan-balance').innerText()).toContain('Land-use balance');
    const cli = JSON.parse(cliText) as { phanlo: { landUse: { zoneAreaM2: number } } };
    expect(await page.getByTestId('balance-area-total').innerText()).toBe(`${cli.phanlo.landUse.zoneAreaM2.toLocaleString('en-US', { minimumFractionDigits: 1 })} m²`);
    await page.getByTestId('lang-switch').tap();
    expect(session.foreignRequests()).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

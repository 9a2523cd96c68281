// Plot allocation at #/registry in English, in Chromium against the built app: switch the language, offer
// a plot by tapping it, accept it, and read the statuses (list, entry, card, map legend) and the notice in
// English; then the suggestion gives an entry needing more than the largest plot a group of adjacent plots,
// said in English, and accepting it stores one allocation of those plots.
// Plot codes, areas and adjacency come from the command line (`phanlo layout`) and Turf, not from the app.
import type { Page } from 'playwright-core';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, visibleText } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { seedEntries, statuses, tapPlot, waitForMap } from './registry-data';

const LAYOUT_TEXT = cliLayout();
const PLOTS = plotAreas(LAYOUT_TEXT);
const LARGEST_M2 = Math.max(...PLOTS.map(([, area]) => area));
const POLYGONS = new Map((JSON.parse(LAYOUT_TEXT).features as Feature<Polygon, { kind: string; code: string }>[])
  .filter((f) => f.properties.kind === 'plot').map((f) => [f.properties.code, f]));
const VIETNAMESE_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** Metres of boundary two plots share, by Turf's line overlap on the command line's GeoJSON. */
function sharedMetres(a: string, b: string): number {
  const line = (code: string) => turf.polygonToLine(POLYGONS.get(code)!) as Feature<LineString | MultiLineString>;
  return turf.lineOverlap(line(a), line(b), { tolerance: 0.0002 }).features.reduce((sum, f) => sum + turf.length(f, { units: 'meters' }), 0);
}

const entry = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, kind: 'household', name, representative: null, phone: '0912000111', idNumber: null, trade: 'carpentry', address: null,
  areaNeededM2: 800, workers: 4, emissions: [], fireHazard: 'low', needsLoan: false, loanMillionVnd: null, notes: null,
  registeredOn: '2023-06-01', wishes: [], createdAt: `2023-06-01T00:00:0${id.length % 10}.000Z`, version: 1, updatedAt: '2023-06-01T00:00:00.000Z', ...extra,
});


const row = (page: Page, id: string) => page.locator(`[data-testid="registry-row"][data-entry-id="${id}"]`);


describe('#/registry allocation in English', () => {
  let session: AppSession;
  let page: Page;
  const plot = PLOTS[0][0];

  beforeAll(async () => {
    session = await AppSession.launch({ viewport: { width: 1280, height: 800 } });
    page = await session.openApp('#/registry');
    await page.getByTestId('allocation-side').waitFor({ timeout: 30_000 });
    await seedEntries(page, [entry('e1', 'Nguyễn Văn An'), entry('e2', 'Big Works Co.', { areaNeededM2: Math.round(LARGEST_M2 * 1.6) })]);
    await page.reload({ waitUntil: 'load' });
    await waitForMap(page);
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="lang-switch"]')?.textContent?.trim() === 'VI');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the legend of plot statuses in English', async () => {
    expect((await visibleText(page, 'lang-switch')).trim()).toBe('VI');
    const items = page.getByTestId('allocation-legend').locator('li');
    const labels = await items.evaluateAll((lis) => lis.map((li) => (li.firstChild?.nextSibling?.textContent ?? '').trim()));
    expect(labels).toEqual(['Free', 'Offered', 'Accepted', 'Paid', 'Building', 'Operating']);
    expect(await page.getByTestId('allocation-legend').getAttribute('aria-label')).toBe('Plot status key');
    expect(await row(page, 'e1').getByTestId('registry-status').innerText()).toBe('Registered');
  });

  it('offers a tapped plot and accepts it: statuses, notice and legend counts in English', async () => {
    await row(page, 'e1').locator('.register-row-main').click();
    await tapPlot(page, plot);
    expect(await page.getByTestId('plot-panel').locator('h3').innerText()).toBe(`Plot ${plot}`);
    await page.getByTestId('plot-offer').click();
    await expect.poll(async () => (await statuses(page))[plot]).toBe('offered');
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain(`Plot ${plot} offered`);
    await expect.poll(() => page.getByTestId('entry-status').innerText()).toBe('Offered');
    await expect.poll(() => row(page, 'e1').getByTestId('registry-status').innerText()).toBe('Offered');
    const card = page.locator(`[data-testid="allocation-card"][data-plots="${plot}"]`);
    expect(await card.getByTestId('allocation-status').innerText()).toBe('Offered');
    await card.getByTestId('allocation-to-accepted').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');
    expect(await card.getByTestId('allocation-status').innerText()).toBe('Accepted');
    await expect.poll(() => page.getByTestId('entry-status').innerText()).toBe('Accepted');
    await expect.poll(() => row(page, 'e1').getByTestId('registry-status').innerText()).toBe('Accepted');
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('Acceptance recorded');
    const count = (status: string) => page.locator(`[data-testid="allocation-legend"] li[data-status="${status}"] .count`).innerText();
    expect(await count('accepted')).toBe('1');
    expect(await count('free')).toBe(String(PLOTS.length - 1));
    expect(await page.getByTestId('entry-allocations').innerText()).not.toMatch(/Đề xuất|Đồng ý|Chưa giao|Lô /);
  });

  it('suggests a group of adjacent plots for an entry needing more than the largest plot, in English, and offers it as one', async () => {
    await page.getByTestId('suggest-open').click();
    const line = page.locator('[data-testid="suggestion-row"][data-entry="e2"]');
    await line.waitFor();
    const codes = (await line.getAttribute('data-plots'))!.split(',');
    expect(codes.length).toBeGreaterThanOrEqual(2);
    expect(codes).not.toContain(plot);
    const area = codes.reduce((sum, code) => sum + PLOTS.find(([c]) => c === code)![1], 0);
    expect(area).toBeGreaterThan(LARGEST_M2);
    // Connected through shared boundaries, by Turf: every plot shares ≥ 1 m with another of the group.
    for (const code of codes) expect(codes.some((other) => other !== code && sharedMetres(code, other) >= 1), code).toBe(true);
    expect(await line.getByTestId('suggestion-group').innerText()).toMatch(new RegExp(`^group of ${codes.length} adjacent plots, .+ in all$`));
    expect(await page.getByTestId('suggestion').innerText()).not.toMatch(VIETNAMESE_LETTERS);
    // Keep only this line, then offer it.
    const others = page.locator('[data-testid="suggestion-row"]:not([data-entry="e2"]) input[type="checkbox"]');
    for (const box of await others.all()) if (await box.isChecked()) await box.uncheck();
    await page.getByTestId('suggest-accept').click();
    const card = page.locator(`[data-testid="allocation-card"][data-plots="${codes.join(',')}"]`);
    await row(page, 'e2').locator('.register-row-main').click();
    await card.waitFor();
    expect(await card.getByTestId('allocation-status').innerText()).toBe('Offered');
    const shown = await statuses(page);
    for (const code of codes) expect(shown[code], code).toBe('offered');
  });
});

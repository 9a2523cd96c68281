// Plot allocation at #/registry, in Chromium against the built app with a persistent profile: offer a
// plot by tapping it on the map and another from the list, accept (the other offer is withdrawn), pay in
// instalments, move through the statuses, reload and find everything with who did it; then two tabs of
// one browser race for one plot: one offer is stored, the other tab is refused in words.
// Plot codes and areas come from the command line (`phanlo layout`), not from the app.
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawOrder } from '../../src/domain/allocation';
import { AppSession } from './harness';
import { cliLayout, plotAreas } from './plan-data';
import { seedEntries, statuses, tapPlot, waitForMap } from './registry-data';

const LAYOUT_TEXT = cliLayout();
const PLOTS = plotAreas(LAYOUT_TEXT);

/** Two plots sharing at least a metre of boundary, by Turf's line overlap on the command line's GeoJSON. */
function adjacentPair(exclude: readonly string[]): [string, string] {
  const plots = (JSON.parse(LAYOUT_TEXT).features as Feature<Polygon, { kind: string; code: string }>[])
    .filter((f) => f.properties.kind === 'plot' && !exclude.includes(f.properties.code));
  for (const a of plots) {
    for (const b of plots) {
      if (a.properties.code >= b.properties.code) continue;
      const overlap = turf.lineOverlap(turf.polygonToLine(a) as Feature<LineString | MultiLineString>, turf.polygonToLine(b) as Feature<LineString | MultiLineString>, { tolerance: 0.0002 });
      const metres = overlap.features.reduce((sum, f) => sum + turf.length(f, { units: 'meters' }), 0);
      if (metres >= 5) return [a.properties.code, b.properties.code];
    }
  }
  throw new Error('no adjacent plots in the layout');
}
const PRICE = 2_000_000;
const SHOTS = process.env.PHANLO_SHOTS;

const entry = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, kind: 'household', name, representative: null, phone: '0912000111', idNumber: null, trade: 'carpentry', address: null,
  areaNeededM2: 800, workers: 4, emissions: ['noise'], fireHazard: 'medium', needsLoan: true, loanMillionVnd: 500, notes: null,
  registeredOn: '2023-06-01', wishes: [], createdAt: `2023-06-01T00:00:0${id.length % 10}.000Z`, version: 1, updatedAt: '2023-06-01T00:00:00.000Z', ...extra,
});




const card = (page: Page, code: string) => page.locator(`[data-testid="allocation-card"][data-plots="${code}"]`);

describe('#/registry allocation', () => {
  let session: AppSession;
  let page: Page;
  const [first, second, raced] = [PLOTS[0], PLOTS[1], PLOTS[2]];

  beforeAll(async () => {
    session = await AppSession.launch({ persistent: true, viewport: { width: 1280, height: 800 } });
    page = await session.openApp('#/registry');
    await page.getByTestId('allocation-side').waitFor({ timeout: 30_000 });
    await seedEntries(page, [entry('e1', 'Nguyễn Văn An'), entry('e2', 'Xưởng mộc Hải Đăng'), entry('e3', '<img src=x onerror=alert(1)>'),
      entry('e4', 'Hộ Phạm Thị Hoa', { wishes: [PLOTS[5][0]], needsLoan: false }), entry('e5', 'Cơ sở cơ khí Tân Tiến', { wishes: [PLOTS[5][0], PLOTS[6][0]], needsLoan: false })]);
    await page.reload({ waitUntil: 'load' });
    await waitForMap(page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws every plot of the approved (demo) variant as free, with a legend of the six statuses', async () => {
    const shown = await statuses(page);
    expect(Object.keys(shown).sort()).toEqual(PLOTS.map(([code]) => code).sort());
    expect(new Set(Object.values(shown))).toEqual(new Set(['free']));
    const legend = page.getByTestId('allocation-legend').locator('li');
    expect(await legend.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['free', 'offered', 'accepted', 'paid', 'building', 'operating']);
    // a name that looks like HTML is shown as text
    expect(await page.locator('[data-testid="registry-row"][data-entry-id="e3"] [data-testid="registry-name"]').innerText()).toBe('<img src=x onerror=alert(1)>');
  });

  it('sets who uses the device and the terms', async () => {
    await page.getByTestId('profile-open').click();
    await page.getByTestId('profile-name').fill('Trần Văn Bình');
    await page.getByTestId('profile-form').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('profile-open').innerText()).toContain('Trần Văn Bình');
    await page.getByTestId('terms-open').click();
    await page.getByTestId('terms-price').fill(String(PRICE));
    await page.getByTestId('terms-corner').fill('1');
    await page.getByTestId('terms-form').getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => page.getByTestId('terms-open').innerText()).toContain('2.000.000');
  });

  it('offers a plot by tapping it, another from the list, and accepting one withdraws the other', async () => {
    await page.locator('[data-testid="registry-row"][data-entry-id="e1"] .register-row-main').click();
    await tapPlot(page, first[0]);
    await page.getByTestId('plot-offer-reason').fill('nguyện vọng 1');
    await page.getByTestId('plot-offer').click();
    await expect.poll(async () => (await statuses(page))[first[0]]).toBe('offered');
    await page.getByTestId('offer-plot-select').selectOption(second[0]);
    await page.getByTestId('offer-plot').click();
    await expect.poll(async () => (await statuses(page))[second[0]]).toBe('offered');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/allocation-1280.png` });
    if (SHOTS) { await tapPlot(page, second[0]); await page.screenshot({ path: `${SHOTS}/plot-panel-1280.png` }); await tapPlot(page, second[0]).catch(() => {}); }

    await card(page, first[0]).getByTestId('allocation-to-accepted').click();
    await expect.poll(() => card(page, first[0]).getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => card(page, second[0]).getAttribute('data-status')).toBe('withdrawn');
    await expect.poll(async () => (await statuses(page))[second[0]]).toBe('free');
  });

  it('records instalments with the balance due, then moves through paid, building, operating', async () => {
    const due = Math.round(first[1] * PRICE);
    const firstPart = Math.round(due / 3);
    const allocation = card(page, first[0]);
    expect(await allocation.getByTestId('allocation-due').innerText()).toBe(`${due.toLocaleString('vi-VN')} đ`);
    await allocation.getByTestId('payment-amount').fill(String(firstPart));
    await allocation.getByTestId('payment-date').fill('2024-03-05');
    await allocation.getByTestId('payment-add').click();
    await expect.poll(() => allocation.getByTestId('allocation-balance').innerText()).toBe(`${(due - firstPart).toLocaleString('vi-VN')} đ`);
    expect(await allocation.getByTestId('allocation-to-paid').isDisabled()).toBe(true);
    await allocation.getByTestId('payment-amount').fill(String(due - firstPart));
    await allocation.getByTestId('payment-date').fill('2024-06-20');
    await allocation.getByTestId('payment-add').click();
    await expect.poll(() => allocation.getByTestId('allocation-balance').innerText()).toBe('0 đ');
    for (const step of ['paid', 'building', 'operating']) {
      await allocation.getByTestId(`allocation-to-${step}`).click();
      await expect.poll(() => allocation.getAttribute('data-status')).toBe(step);
    }
    await expect.poll(async () => (await statuses(page))[first[0]]).toBe('operating');
  });

  it('finds everything after a reload, with the history saying who, when and why', async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForMap(page);
    expect((await statuses(page))[first[0]]).toBe('operating');
    expect((await statuses(page))[second[0]]).toBe('free');
    await page.locator('[data-testid="registry-row"][data-entry-id="e1"] .register-row-main').click();
    await expect.poll(() => page.getByTestId('entry-status').innerText()).toBe('Đang hoạt động');
    // The household view opens on this entry's plot, with its candidates (src/features/present).
    expect(await page.getByTestId('entry-present-link').getAttribute('href')).toBe(`#/present/${encodeURIComponent(first[0])}?entry=e1`);
    // Its plot sheet from the register: one page, with the plot's code (read back by pdftotext).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('entry-sheets').click()]);
    const pdf = join(mkdtempSync(join(tmpdir(), 'phanlo-entry-sheets-')), 'sheets.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain(first[0]);
    expect(text).toContain('Nguyễn Văn An');
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\b/);
    await expect.poll(() => card(page, first[0]).getByTestId('payments').locator('tbody tr').count()).toBe(2);
    const history = page.getByTestId('entry-history').locator('li');
    const actions = () => history.evaluateAll((items) => items.map((li) => li.getAttribute('data-action')));
    await expect.poll(actions).toEqual(['audit.offered', 'audit.offered', 'audit.accepted', 'audit.withdrawn-by-accept', 'audit.payment', 'audit.payment',
      'audit.paid', 'audit.building', 'audit.operating']);
    const firstLine = await history.first().innerText();
    expect(firstLine).toContain('Trần Văn Bình');
    expect(firstLine).toContain('nguyện vọng 1');
    expect(firstLine).toContain(first[0]);
  });

  it('two tabs racing for one plot: one offer is stored, the other tab is told why', async () => {
    const other = await session.context.newPage();
    await other.goto(page.url(), { waitUntil: 'load' });
    await waitForMap(other);
    await page.locator('[data-testid="registry-row"][data-entry-id="e2"] .register-row-main').click();
    await other.locator('[data-testid="registry-row"][data-entry-id="e3"] .register-row-main').click();
    await tapPlot(page, raced[0]);
    await tapPlot(other, raced[0]);
    // Both offers sent at once, as two people would press them: clicks dispatched in each tab in the same
    // instant (a background tab draws no frames, so a pointer click would wait for it to be "stable").
    const press = (p: Page) => p.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="plot-offer"]');
      button?.click();
      return Boolean(button);
    });
    expect(await Promise.all([press(page), press(other)])).toEqual([true, true]);
    const refusal = (p: Page) => p.getByText(/đã được giao cho/).first();
    await expect.poll(async () => (await refusal(page).count()) + (await refusal(other).count()), { timeout: 15_000 }).toBe(1);
    const loser = (await refusal(page).count()) ? page : other;
    const winnerName = loser === page ? '<img src=x onerror=alert(1)>' : 'Xưởng mộc Hải Đăng';
    expect(await refusal(loser).innerText()).toContain(raced[0]);
    expect(await refusal(loser).innerText()).toContain(winnerName);
    // one live allocation on the plot, seen by both tabs
    await expect.poll(async () => (await statuses(other))[raced[0]]).toBe('offered');
    await expect.poll(async () => (await statuses(page))[raced[0]]).toBe('offered');
    const live = await page.evaluate(async (code) => {
      const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('phanlo'); r.onsuccess = () => resolve(r.result); });
      const rows = await new Promise<{ status: string; deleted?: boolean }[]>((resolve) => {
        const r = db.transaction('allocations').objectStore('allocations').index('plotKeys').getAll(`demo|${code}`);
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return rows.filter((row) => !row.deleted && row.status !== 'withdrawn').length;
    }, raced[0]);
    expect(live).toBe(1);
    await other.close();
  });

  it('offers a group of two adjacent plots tapped one after the other', async () => {
    const [a, b] = adjacentPair([first[0], second[0], raced[0], PLOTS[5][0], PLOTS[6][0]]);
    await page.locator('[data-testid="registry-row"][data-entry-id="e2"] .register-row-main').click();
    await tapPlot(page, a);
    await tapPlot(page, b);
    expect(await page.getByTestId('plot-fact').count()).toBe(2);
    await page.getByTestId('plot-offer').click();
    await card(page, `${a},${b}`).waitFor();
    expect(await statuses(page)).toMatchObject({ [a]: 'offered', [b]: 'offered' });
    // Hoàn tác: the plots are free again and the history gains a line; nothing of it is rewritten
    const before = await page.getByTestId('entry-history').locator('li').evaluateAll((items) => items.map((li) => li.textContent));
    await page.getByTestId('notice-undo').click();
    await expect.poll(async () => (await statuses(page))[a]).toBe('free');
    expect((await statuses(page))[b]).toBe('free');
    await expect.poll(() => page.getByTestId('entry-history').locator('li').count()).toBe(before.length + 1);
    const after = await page.getByTestId('entry-history').locator('li').evaluateAll((items) => items.map((li) => li.textContent));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toContain(`Hoàn tác: Đề xuất lô ${a}, ${b}`);
  });

  it('holds a public draw for a plot two entries wish for: the seeded order, saved and printable', async () => {
    await page.getByTestId('draw-open').click();
    await page.getByTestId('draw-for').selectOption(PLOTS[5][0]);
    await page.getByTestId('draw-seed-input').fill('2024-bốc-thăm-01');
    await page.getByTestId('draw-run').click();
    const rows = page.getByTestId('draw-result').locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')))).toEqual(drawOrder('2024-bốc-thăm-01', ['e4', 'e5']));
    const sheet = await page.getByTestId('draw-sheet').innerText();
    expect(sheet).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet).toContain('Độc lập - Tự do - Hạnh phúc');
    const now = new Date();
    const two = (n: number, lead: boolean) => (lead ? String(n).padStart(2, '0') : String(n));
    expect(await page.getByTestId('draw-date-line').innerText())
      .toBe(`Bình Lăng, ngày ${two(now.getDate(), true)} tháng ${two(now.getMonth() + 1, now.getMonth() < 2)} năm ${now.getFullYear()}`);
    // Printed for posting: the sheet alone, as pdftotext reads the page Chromium prints
    const pdfFile = join(mkdtempSync(join(tmpdir(), 'phanlo-draw-')), 'draw.pdf');
    await page.pdf({ path: pdfFile, format: 'A4' });
    const printed = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(printed).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(printed).toContain('KẾT QUẢ BỐC THĂM');
    expect(printed).toContain('2024-bốc-thăm-01');
    expect(printed).toContain('Cơ sở cơ khí Tân Tiến');
    expect(printed).not.toContain('Sổ đăng ký'); // the app's menu is not printed
    expect(printed).not.toContain('Lưu kết quả'); // nor the dialog's buttons
    await page.getByTestId('draw-save').click();
    await expect.poll(() => page.getByTestId('draw-save').innerText()).toBe('Đã lưu');
    await page.getByTestId('draw-offer').click();
    await expect.poll(async () => (await statuses(page))[PLOTS[5][0]]).toBe('offered');
    const winner = drawOrder('2024-bốc-thăm-01', ['e4', 'e5'])[0];
    await page.locator(`[data-testid="registry-row"][data-entry-id="${winner}"] .register-row-main`).click();
    await expect.poll(() => card(page, PLOTS[5][0]).count()).toBe(1);
  });

  it('shows the dashboard with the milestones and the figures', async () => {
    await page.getByTestId('registry-tab-dashboard').click();
    await page.getByTestId('milestones').waitFor();
    expect(await page.getByTestId('milestones').locator('tbody tr').count()).toBe(8);
    expect(await page.getByTestId('dashboard-by-status').locator('g[data-key="operating"]').getAttribute('data-value')).toBe('1');
    // e1–e3 ask for 500 million each (e4, e5 ask for none): 1,5 tỷ đồng
    expect(await page.getByTestId('dashboard-loans').innerText()).toMatch(/^3\s/);
    expect(await page.getByTestId('dashboard-loans').innerText()).toContain('1,5 tỷ đồng');
    await page.locator('tr[data-milestone="land-recovery"]').getByTestId('milestone-edit').click();
    await page.getByTestId('milestone-responsible').fill('Phó Chủ tịch UBND xã');
    await page.getByTestId('milestone-status').selectOption('done');
    await page.getByTestId('milestone-save').click();
    await expect.poll(() => page.locator('tr[data-milestone="land-recovery"]').getAttribute('data-status')).toBe('done');
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/dashboard-1280.png` });
      await page.getByTestId('dashboard-money').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/dashboard-charts-1280.png` });
      await page.setViewportSize({ width: 800, height: 1280 });
      await page.screenshot({ path: `${SHOTS}/dashboard-800.png` });
      await page.getByTestId('registry-tab-list').click();
      await page.locator('[data-testid="registry-row"][data-entry-id="e1"] .register-row-main').click();
      await waitForMap(page);
      await page.screenshot({ path: `${SHOTS}/allocation-800.png` });
      await page.getByTestId('draw-open').click();
      await page.getByTestId('draw-run').click();
      await page.getByTestId('draw-sheet').waitFor();
      await page.screenshot({ path: `${SHOTS}/draw-800.png` });
      await page.keyboard.press('Escape');
      await page.getByTestId('suggest-open').click();
      await page.getByTestId('suggestion').waitFor();
      await page.screenshot({ path: `${SHOTS}/suggest-800.png` });
      await page.keyboard.press('Escape');
      await page.getByTestId('registry-tab-dashboard').click();
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.reload({ waitUntil: 'load' });
    await page.getByTestId('registry-tab-dashboard').click();
    await expect.poll(() => page.locator('tr[data-milestone="land-recovery"]').innerText()).toContain('Phó Chủ tịch UBND xã');
  });
});

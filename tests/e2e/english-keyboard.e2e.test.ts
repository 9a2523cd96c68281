// Every screen in English and from the keyboard, as a reviewer tries them (issue 6): after the switch,
// no screen shows a message key ("plan.variant.x"), a Vietnamese word of the interface, or "1 errors";
// on #/parcels Tab walks the header, the panel and the map with a visible focus ring on each stop, and
// Enter opens a dialog that Esc closes, giving the focus back to the control that opened it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, ROOT } from './harness';
import { cliLayout } from './plan-data';

/** Every message key of every catalogue file, read from the source modules (not from the page). */
async function allMessageKeys(): Promise<string[]> {
  const dir = join(ROOT, 'src', 'i18n', 'messages');
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value && typeof value === 'object' && 'vi' in value) for (const key of Object.keys((value as { vi: object }).vi)) keys.add(key);
    }
  }
  return [...keys];
}

// Words of the Vietnamese interface that no data of the demo holds (place, parcel layer and land-user
// names are data and stay as written in English).
const VIETNAMESE_UI_WORDS = ['Xuất', 'Huỷ', 'Hủy', 'Đóng', 'Lưu', 'Tổng', 'Diện tích', 'Phương án', 'Bảng', 'Khôi phục', 'Sao lưu',
  'Cài đặt', 'Chú giải', 'Tìm', 'ĐẠT', 'Hoàn tác', 'Bản đồ', 'Quy hoạch', 'Sổ đăng ký', 'Hiện trường', 'Thu hồi', 'cây xanh', 'Mở '];

/** A plot of the demo layout as the command line gives it, for the household view. */
const demoPlot = (JSON.parse(cliLayout()) as { features: { properties: { kind: string; code: string } }[] }).features
  .find((f) => f.properties.kind === 'plot')!.properties.code;

const ROUTES = ['#/parcels', '#/parcels/12/43', '#/parcels/99/999', '#/recovery', '#/plan', '#/registry', '#/field',
  `#/present/${encodeURIComponent(demoPlot)}`, '#/settings'];

/**
 * Text shaped like a message key of one of the catalogues' namespaces, whether or not a catalogue has
 * it: t() of a key no catalogue holds gives the key itself (the status map's north arrow said
 * "map.northLetter").
 */
function keyShapedText(text: string, namespaces: ReadonlySet<string>): string[] {
  return [...text.matchAll(/\b([a-z][A-Za-z]*)\.[A-Za-z][\w-]*(?:\.[\w-]+)*/g)].map((m) => [m[0], m[1]])
    .filter(([match, namespace]) => namespaces.has(namespace) && !/\.(geojson|json|kml|kmz|dxf|csv|xlsx|pdf|zip|png|ts)$/.test(match)).map(([match]) => match);
}

/** The screen's text once its route has settled (its main landmark filled and the loading line gone). */
async function screenText(page: Page, route: string): Promise<string> {
  await page.goto(new URL(route, page.url()).toString());
  await page.waitForFunction(`document.querySelector('main')?.innerText.trim().length > 40 && !document.querySelector('main .loading')`, undefined, { timeout: 60_000 });
  if (route === '#/plan') await page.waitForFunction('window.__phanloPlanMap?.layoutDrawn === true', undefined, { timeout: 60_000 });
  if (route === '#/registry') await page.waitForFunction('window.__phanloPlotStatusMap?.drawn === true', undefined, { timeout: 60_000 });
  if (route.startsWith('#/present/')) await page.waitForFunction('window.__phanloPresentMap?.drawnCode != null', undefined, { timeout: 60_000 });
  return (await page.evaluate('document.body.innerText')) as string;
}

describe('English on every screen, and the keyboard', () => {
  let session: AppSession;
  let page: Page;
  let keys: string[];

  beforeAll(async () => {
    keys = await allMessageKeys();
    session = await AppSession.launch({ persistent: true, viewport: { width: 1280, height: 800 } });
    page = await session.openApp('#/parcels');
    await page.waitForFunction('window.__phanloMap?.parcelsDrawn === true', undefined, { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('walks #/parcels with Tab, a visible focus ring on every stop, in reading order', async () => {
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const stops: { testId: string | null; tag: string; ring: boolean; y: number }[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(`(() => { const e = document.activeElement; const s = getComputedStyle(e); const r = e.getBoundingClientRect();
        return { testId: e.getAttribute('data-testid'), tag: e.tagName, y: r.y,
          ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none' }; })()`));
    }
    const order = stops.map((s) => s.testId).filter((id): id is string => id !== null);
    expect(order.slice(0, 5)).toEqual(['nav-parcels', 'nav-recovery', 'nav-plan', 'nav-registry', 'nav-field']);
    expect(order.indexOf('lang-switch')).toBeLessThan(order.indexOf('parcel-search'));
    expect(order).toContain('import-open');
    expect(stops.some((s) => s.tag === 'CANVAS')).toBe(true);
    expect(stops.filter((s) => s.tag !== 'BODY' && !s.ring)).toEqual([]);
  });

  it('opens the import dialog with Enter and closes it with Esc', async () => {
    await page.getByTestId('import-open').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ timeout: 10_000 });
    // Focus is inside the dialog (the page behind is inert).
    expect(await page.evaluate(`!!document.activeElement?.closest('dialog[open]')`)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 10_000 }).toBe(0);
    // Focus goes back to the control that opened it, not to the top of the page.
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName`)).toBe('import-open');
  });

  it('fits the parcels map and the recovery screen to a desktop, a tablet either way round, a phone and a full-HD screen', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 800, height: 1280 }, { width: 360, height: 640 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      await screenText(page, '#/parcels');
      const map = (await page.getByTestId('map').first().boundingBox())!;
      expect(map.width, `map width at ${viewport.width}`).toBeGreaterThan(viewport.width * (viewport.width > viewport.height ? 0.5 : 0.9));
      expect(map.height, `map height at ${viewport.width}`).toBeGreaterThan(viewport.height * 0.3);
      expect(await page.evaluate('document.documentElement.scrollWidth'), `#/parcels at ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
      await screenText(page, '#/recovery');
      await page.getByTestId('recovery-table').waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth'), `#/recovery at ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows no message key on any screen in Vietnamese', async () => {
    const namespaces = new Set(keys.map((key) => key.split('.')[0]));
    const problems: string[] = [];
    for (const route of ROUTES) {
      const text = await screenText(page, route);
      for (const key of keyShapedText(text, namespaces)) problems.push(`${route}: ${key}`);
    }
    expect(problems).toEqual([]);
  });

  it('shows no message key, no Vietnamese interface word and no "1 errors" on any screen in English', async () => {
    await page.goto(new URL('#/parcels', page.url()).toString());
    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => (await page.getByTestId('lang-switch').innerText()).trim()).toBe('VI');
    const problems: string[] = [];
    for (const route of ROUTES) {
      const text = await screenText(page, route);
      for (const key of keyShapedText(text, new Set(keys.map((k) => k.split('.')[0])))) problems.push(`${route}: key ${key}`);
      for (const word of VIETNAMESE_UI_WORDS) if (text.includes(word)) problems.push(`${route}: “${word}” in ${JSON.stringify(text.split('\n').find((l) => l.includes(word)))}`);
      for (const m of text.matchAll(/\b1 (errors|warnings|plots|parcels|entries|rows|files|items|corners|checks)\b/g)) problems.push(`${route}: ${m[0]}`);
    }
    expect(problems).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

/**
 * The household view on a phone (360×740, 390×844): every edge length of the plot shown lies wholly
 * inside the map pane, also for plots whose short jogs push labels well out (A-01's L shape pushed
 * "10,00 m" off the left side and "10,38 m" under the pane's bottom). A label's box is its anchor ± half
 * its rotated text box (22 px text, 13 px a character, 26 px high); the plots come from `phanlo layout`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';
import { cliLayout } from './plan-data';

const codes = (JSON.parse(cliLayout()) as { features: { properties: { kind: string; code: string } }[] }).features
  .filter((f) => f.properties.kind === 'plot').map((f) => f.properties.code);

/** The same box as src/map/present-map.ts's, written again: half width and half height, px. */
function halfBox(text: string, angleDeg: number): [number, number] {
  const a = (angleDeg * Math.PI) / 180;
  const halfLength = (text.length * 13) / 2;
  return [Math.abs(Math.cos(a)) * halfLength + Math.abs(Math.sin(a)) * 13, Math.abs(Math.sin(a)) * halfLength + Math.abs(Math.cos(a)) * 13];
}

describe.each([{ width: 360, height: 740 }, { width: 390, height: 844 }])('the household view at $width×$height', (viewport) => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: `#/present/${encodeURIComponent(codes[0])}`, viewport, touch: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps every edge length of every plot inside the map pane', async () => {
    const outside: string[] = [];
    for (const code of codes) {
      await session.page.evaluate((c) => { window.location.hash = `#/present/${encodeURIComponent(c)}`; }, code);
      await session.page.waitForFunction((c) => window.__phanloPresentMap?.drawnCode === c, code, { timeout: 30_000 });
      const { labels, pane } = await session.page.evaluate(() => window.__phanloPresentMap!.edgeLabelsOnScreen());
      expect(labels.length, `${code} has edge labels`).toBeGreaterThanOrEqual(4);
      for (const label of labels) {
        const [hx, hy] = halfBox(label.text, label.angle);
        if (label.x - hx < pane.left || label.x + hx > pane.right || label.y - hy < pane.top || label.y + hy > pane.bottom) {
          outside.push(`${code} "${label.text}" at (${Math.round(label.x)}, ${Math.round(label.y)}) in ${JSON.stringify(pane)}`);
        }
      }
    }
    expect(outside, session.diagnostics()).toEqual([]);
  });
});

// Field mode on a phone held upright (360 × 640, touch): the map tools are one row of finger-sized
// icon buttons (QA: their words covered half the map), each at least 44 × 44 px, named in words for
// screen readers and tooltips, and still what a finger at their centre hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoField, openField } from './field-data';
import type { AppSession } from './harness';

const PHONE = { width: 360, height: 640 };
const TOOLS = [
  { testId: 'field-centre', role: 'button', name: 'Về vị trí' },
  { testId: 'field-follow', role: 'checkbox', name: 'Bám theo vị trí' },
  { testId: 'field-turn', role: 'checkbox', name: 'Xoay theo hướng máy' },
] as const;

interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }

describe('field mode on a phone', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openField({ viewport: PHONE });
    await session.context.setGeolocation({ latitude: 20.8130, longitude: 106.3550, accuracy: 5 });
    await gotoField(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps the map tools to one row of 44 px targets, over at most a fifth of the map', async () => {
    const { page } = session;
    const boxes = (await page.evaluate(`(() => {
      const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
      const target = (id) => { const input = document.querySelector('[data-testid="' + id + '"]'); return input.closest('label') ?? input; };
      const hit = (el) => { const r = el.getBoundingClientRect(); const at = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2); return !!at && el.contains(at); };
      const ids = ${JSON.stringify(TOOLS.map((tool) => tool.testId))};
      return {
        map: box(document.querySelector('[data-testid="map"]')),
        tools: box(document.querySelector('[data-testid="field-map-tools"]')),
        each: ids.map((id) => ({ ...box(target(id)), hit: hit(target(id)) })),
      };
    })()`)) as { map: Box; tools: Box; each: (Box & { hit: boolean })[] };

    for (const [i, tool] of boxes.each.entries()) {
      expect(tool.width, TOOLS[i].testId).toBeGreaterThanOrEqual(44);
      expect(tool.height, TOOLS[i].testId).toBeGreaterThanOrEqual(44);
      expect(tool.hit, `${TOOLS[i].testId} is what a finger at its centre hits`).toBe(true);
      expect(tool.top, `${TOOLS[i].testId} on the same row`).toBeCloseTo(boxes.each[0].top, 0);
      expect(tool.bottom).toBeLessThanOrEqual(boxes.map.bottom);
    }
    expect(boxes.tools.height).toBeLessThan(60);
    expect(boxes.tools.width * boxes.tools.height).toBeLessThanOrEqual((boxes.map.width * boxes.map.height) / 5);
  });

  it('names each tool in words and works by finger', async () => {
    const { page } = session;
    for (const tool of TOOLS) {
      await expect.poll(() => page.getByRole(tool.role, { name: tool.name, exact: true }).count()).toBe(1);
      expect(await page.getByTestId(tool.testId).first().evaluate((el) => (el.closest('label') ?? el).getAttribute('title'))).toBe(tool.name);
    }
    const follow = page.getByTestId('field-follow');
    const before = await follow.isChecked();
    const box = (await follow.evaluate((el) => { const r = el.closest('label')!.getBoundingClientRect(); return { x: r.right - 12, y: (r.top + r.bottom) / 2 }; }));
    await page.touchscreen.tap(box.x, box.y);
    await expect.poll(() => follow.isChecked()).toBe(!before);
  });
});

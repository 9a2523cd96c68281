// Field mode as a field worker sees it, on a phone (390 × 844) and an upright tablet (800 × 1280),
// touch, in Vietnamese: tab names on one line; on every tab, every control is a 44 × 44 px target, no text runs into another
// (or out of its box), and no English is left on screen. The English oracle is the field screen's own
// English catalogue: a phrase of it that Vietnamese never uses must not be seen. Screenshots to look at
// go to $SCREENSHOT_DIR when a run asks for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gotoField, openField } from './field-data';
import type { AppSession } from './harness';
import { screenshotIfAsked } from './plan-page';
import { smallTargets } from './touch-targets';
import { fieldMessages } from '../../src/i18n/messages/field';
import { fieldHolderMessages } from '../../src/i18n/messages/field-holder';
import { fieldNearestMessages } from '../../src/i18n/messages/field-nearest';

/** English phrases (placeholders cut out, ≥ 8 letters) that no Vietnamese field message contains. */
function englishOnlyPhrases(): string[] {
  const catalogues = [fieldMessages, fieldHolderMessages, fieldNearestMessages] as { vi: Record<string, string>; en: Record<string, string> }[];
  const vi = catalogues.flatMap((c) => Object.values(c.vi)).join('\n');
  const phrases = catalogues.flatMap((c) => Object.values(c.en)).flatMap((text) => text.split(/\{[^}]*\}|[·:;()…—\n]/));
  return [...new Set(phrases.map((p) => p.trim()).filter((p) => /[a-z]{3}.*\s.*[a-z]{3}/i.test(p) && p.length >= 8 && !vi.includes(p)))];
}

/** Texts of visible elements that overflow their box or overlap a sibling's text (leaf text elements only). */
async function textClashes(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const root = document.querySelector('[data-testid="field-page"]');
    // Words hidden for screen readers only (a 1 px clipped box, .visually-hidden) are not seen: left out.
    const seen = (el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; };
    const leaves = [...root.querySelectorAll('*')].filter((el) => el.getClientRects().length && seen(el) && !el.closest('[data-testid="map"]') &&
      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
    const out = [];
    const textBox = (el) => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect(); };
    for (const el of leaves) {
      const style = getComputedStyle(el);
      if (style.overflow === 'visible' && el.scrollWidth > el.clientWidth + 1 && style.display !== 'inline' && style.textOverflow !== 'ellipsis') out.push('overflows: ' + el.textContent.trim().slice(0, 60));
    }
    for (let i = 0; i < leaves.length; i++) for (let j = i + 1; j < leaves.length; j++) {
      const a = leaves[i], b = leaves[j];
      if (a.contains(b) || b.contains(a)) continue;
      const p = textBox(a), q = textBox(b);
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left), y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 2 && y > 2) out.push('overlap: "' + a.textContent.trim().slice(0, 40) + '" / "' + b.textContent.trim().slice(0, 40) + '"');
    }
    return out;
  })()`)) as string[];
}

/** All words on the field screen a reader sees or hears: text, aria-label, title, placeholder. */
const screenWords = (page: Page): Promise<string> => page.evaluate(`(() => {
  const root = document.querySelector('[data-testid="field-page"]');
  const attrs = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  return root.innerText + '\\n' + attrs.join('\\n');
})()`) as Promise<string>;

for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['tablet', { width: 800, height: 1280 }]] as const) {
  describe(`field mode on a ${device} (${viewport.width} × ${viewport.height}, touch, Vietnamese)`, () => {
    let session: AppSession;
    const english = englishOnlyPhrases();

    beforeAll(async () => {
      session = await openField({ viewport });
      await session.context.setGeolocation({ latitude: 20.8130, longitude: 106.3550, accuracy: 5 });
      await gotoField(session);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('gives every control 44 × 44 px, lets no text clash, and shows no English, on every tab', async () => {
      const { page } = session;
      expect(english.length, 'the oracle has English phrases to look for').toBeGreaterThan(20);
      const tabs = await page.locator('[data-testid="field-page"] [role="tab"]').all();
      expect(tabs.length).toBeGreaterThan(1);
      // Each tab's words on one line (a wrapped tab reads as two words, its row taller than its neighbours').
      const lines = (await page.evaluate(`[...document.querySelectorAll('[data-testid="field-page"] [role="tab"]')].map((tab) => {
        const range = document.createRange(); range.selectNodeContents(tab);
        return tab.textContent.trim() + ': ' + new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      })`)) as string[];
      expect(lines.filter((line) => !line.endsWith(': 1')), 'tabs on more than one line').toEqual([]);
      // The map tools clear the scale bar under them (they sat on its top edge on a phone).
      const gap = (await page.evaluate(`(() => {
        const tools = document.querySelector('[data-testid="field-map-tools"]').getBoundingClientRect();
        const scale = document.querySelector('.maplibregl-ctrl-scale').getBoundingClientRect();
        return scale.top - tools.bottom;
      })()`)) as number;
      expect(gap, 'space between the map tools and the scale bar (px)').toBeGreaterThanOrEqual(4);
      for (const tab of tabs) {
        const name = await tab.innerText();
        await tab.tap();
        await page.waitForFunction((el) => el?.getAttribute('aria-selected') === 'true', await tab.elementHandle());
        await screenshotIfAsked(page, `field-${device}-${name}`);
        expect(await smallTargets(page), name).toEqual([]);
        expect(await textClashes(page), name).toEqual([]);
        const words = await screenWords(page);
        expect(english.filter((phrase) => words.includes(phrase)), name).toEqual([]);
      }
    });
  });
}

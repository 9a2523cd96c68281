// Touch targets a finger can hit: every visible control of the page measured against 44 × 44 px
// (WCAG 2.5.5), shared by the tablet and phone tests.
import type { Page } from 'playwright-core';

const MIN_TARGET = 44;

export interface SmallTarget { what: string; width: number; height: number }

/**
 * Every visible button, link, input, select and summary smaller than 44 × 44 px. A checkbox or radio
 * inside a <label>, or a (visually hidden) file input with a <label for>, is hit through its label
 * (tapping the label works it), so the label is measured.
 */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"], [role="tab"]')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]')) continue;
      if (el.type === 'hidden') continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (display: none, closed details)
      if (box.bottom < 0 || box.right < 0 || box.top > innerHeight + 2000) continue;
      const label = (el.type === 'checkbox' || el.type === 'radio' || el.type === 'file') ? (el.closest('label') ?? el.labels?.[0] ?? null) : null;
      if (label) box = label.getBoundingClientRect();
      if (box.width < ${MIN_TARGET} - 0.5 || box.height < ${MIN_TARGET} - 0.5) {
        out.push({ what: el.outerHTML.slice(0, 100), width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
      }
    }
    return out;
  })()`)) as SmallTarget[];
}


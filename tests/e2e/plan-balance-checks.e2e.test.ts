// #/plan's "see at a glance" (issue 8): the Table 2.6 share chart, the planning rules and the fire-safety
// checks against QCVN, PASS/FAIL per rule and live. The expected values come from the command line's
// layout file (`phanlo layout` on the demo zone, its phanlo.landUse.checks) and from DOMAIN.md's numbers
// (QCVN 06:2022 Table E.2: 9 m between production buildings of hazard A/B/C), not from the page's code.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppSession } from './harness';
import { cliLayout } from './plan-data';
import { layoutVersion, openPlanWorkspace, waitForLayout } from './plan-page';

interface Check { rule: string; actual: number; unit: string; pass: boolean }
const CHECKS = (JSON.parse(cliLayout('geojson')) as { phanlo: { landUse: { checks: Check[] } } }).phanlo.landUse.checks;
const viNumber = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
/** rule → verdict text of a rule table's rows. */
const verdicts = (page: Page, table: string): Promise<[string, string][]> => page.getByTestId(table).locator('tbody tr').evaluateAll((trs) =>
  trs.map((tr): [string, string] => [tr.getAttribute('data-rule') ?? '', tr.querySelector('.verdict')?.textContent ?? '']));

describe('#/plan: balance chart, rules and fire checks', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await openPlanWorkspace({ viewport: { width: 1366, height: 768 } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('charts every share rule of the command line with its value and verdict', async () => {
    const shares = CHECKS.filter((c) => c.unit === '%');
    expect(shares.map((c) => c.rule)).toEqual(expect.arrayContaining(['traffic-min', 'green-min', 'technical-min']));
    const bars = await page.getByTestId('plan-chart').locator('[role="img"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(bars).toHaveLength(shares.length);
    shares.forEach((check, i) => {
      expect(bars[i]).toContain(`${viNumber(check.actual)} %`);
      expect(bars[i]).toMatch(check.pass ? /— ĐẠT$/ : /— KHÔNG ĐẠT$/);
    });
  });

  it('lists the fire checks with QCVN 06, and fails the separation live when it is set below 9 m', async () => {
    const fireRules = CHECKS.filter((c) => c.rule.startsWith('fire-') || c.rule === 'dead-end-max');
    expect(fireRules.length).toBeGreaterThan(0);
    const before = new Map(await verdicts(page, 'plan-fire'));
    for (const check of fireRules) expect(before.get(check.rule), check.rule).toBe(check.pass ? 'ĐẠT' : 'KHÔNG ĐẠT');
    expect(before.get('fire-separation-min')).toBe('ĐẠT');
    expect(await page.getByTestId('plan-fire').innerText()).toContain('QCVN 06:2022');
    const summary = await page.getByTestId('plan-summary').innerText();
    const [, passed, total] = /đạt (\d+)\/(\d+) chỉ tiêu/.exec(summary)!;
    expect(passed).toBe(total);

    const version = await layoutVersion(page);
    await page.getByTestId('plan-tab-parameters').click();
    await page.getByTestId('param-fireSeparationM').fill('6');
    await waitForLayout(page, version);
    await page.getByTestId('plan-tab-balance').click();
    await expect.poll(async () => new Map(await verdicts(page, 'plan-fire')).get('fire-separation-min')).toBe('KHÔNG ĐẠT');
    expect(await page.getByTestId('plan-fire').locator('tr[data-rule="fire-separation-min"]').innerText()).toContain('9 m');
    await expect.poll(() => page.getByTestId('plan-summary').innerText()).toContain(`đạt ${Number(total) - 1}/${total} chỉ tiêu`);
  });
});

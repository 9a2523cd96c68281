/**
 * Every screen but the planner's, on a fresh profile, in both languages, shows words and never a
 * message key (`plan.variant.approved`, `field.gps.denied`): a screen that names another screen's
 * words (the register and field mode show the approved variant's name and badge from the planner's
 * messages) must load them itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForScreen, type AppSession } from './harness';
import { cliLayout } from './plan-data';

const firstPlot = (JSON.parse(cliLayout()) as { features: { properties: { kind: string; code: string } }[] }).features
  .find((f) => f.properties.kind === 'plot')!.properties.code;

/** A message key as the catalogue spells them: two or more dotted lower-case words, camelCase allowed. */
const RAW_KEY = /(?<![\w./@-])[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*){1,4}(?![\w/@-])/g;
/** Dotted words that are not keys: file names the screens name on purpose, English abbreviations. */
const NOT_KEYS = /^(?:[\w-]+\.(?:xlsx|csv|geojson|kml|kmz|dxf|zip|json|pdf|phanlo|shp|dbf|prj)|e\.g|i\.e)$/;

async function rawKeysOn(app: AppSession): Promise<string[]> {
  const text = (await app.page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
      .flatMap((el) => ['title', 'aria-label', 'placeholder'].map((name) => el.getAttribute(name) ?? ''));
    return [document.body.innerText, ...attributes].join('\n');
  })) as string;
  return [...new Set(text.match(RAW_KEY) ?? [])].filter((word) => !NOT_KEYS.test(word) && !/^\d/.test(word));
}

const SCREENS = [
  { route: '#/registry', ready: '#/registry' },
  { route: '#/field', ready: '#/field' },
  { route: `#/present/${encodeURIComponent(firstPlot)}`, ready: null },
  { route: '#/recovery', ready: '#/recovery' },
  { route: '#/settings', ready: '#/settings' },
] as const;

describe('no message keys in the page, on a fresh profile, in Vietnamese and in English', () => {
  let app: AppSession;
  beforeAll(async () => { app = await openApp({ route: '#/parcels' }); }, 60_000);
  afterAll(async () => { await app?.close(); });

  for (const screen of SCREENS) {
    it(`${screen.route}`, async () => {
      const { page } = app;
      for (const language of ['vi', 'en'] as const) {
        await page.goto(app.appUrl(screen.route), { waitUntil: 'load' });
        if (screen.ready) await waitForScreen(page, screen.ready);
        else await page.getByTestId('present-page').waitFor({ timeout: 30_000 });
        const current = (await page.evaluate(() => document.querySelector('.app')?.getAttribute('lang') ?? '')) as string;
        if (!current.startsWith(language)) {
          await page.getByTestId('lang-switch').click();
          await page.waitForFunction((l) => (document.querySelector('.app')?.getAttribute('lang') ?? '').startsWith(l), language);
        }
        // Words load with their screens: give the page its settled state, not a clock.
        await page.waitForLoadState('networkidle').catch(() => undefined);
        expect(await rawKeysOn(app), `${screen.route} in ${language}`).toEqual([]);
      }
    }, 90_000);
  }
});

// A button that cannot act must look so: greyed, a not-allowed cursor, no hover change. First the
// case a new user tripped over ("Thay lớp thửa đất", a primary button, disabled under an invalid
// file), then every kind of button the app disables, in the place it sits.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp, ROOT, type AppSession } from './harness';

const BOW_TIE = join(ROOT, 'tests', 'fixtures', 'import', 'parcels-bow-tie.geojson');
/** The app's accent green (app.css --accent): what an enabled primary button is filled with. */
const ACCENT = 'rgb(47, 93, 58)';

interface Look { cursor: string; background: string; color: string; border: string }

const lookOf = (button: Locator): Promise<Look> => button.evaluate((el) => {
  const s = getComputedStyle(el);
  return { cursor: s.cursor, background: s.backgroundColor, color: s.color, border: s.borderTopColor };
});

describe('disabled controls', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp({ route: '#/parcels' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('"Thay lớp thửa đất" under an invalid file is greyed, not-allowed, and unchanged on hover', async () => {
    const { page } = app;
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file').setInputFiles(BOW_TIE);
    await page.getByTestId('import-errors').waitFor({ state: 'visible', timeout: 10_000 });
    const replace = page.getByTestId('import-replace');
    expect(await replace.isDisabled()).toBe(true);
    const look = await lookOf(replace);
    expect(look.cursor).toBe('not-allowed');
    expect(look.background, 'not the enabled green').not.toBe(ACCENT);
    await replace.hover({ force: true });
    expect(await lookOf(replace), 'hover changes nothing').toEqual(look);
    await page.keyboard.press('Escape');
  });

  it('looks the same for every kind of button the app disables, wherever it sits', async () => {
    const { page } = app;
    // The buttons that can be disabled, each with its class in its own container: remove-layer and
    // back-to-demo (data source bar), export (toolbar), undo (notice bar), the header's tools.
    const looks = (await page.evaluate(`(() => {
      const notice = document.createElement('div');
      notice.className = 'notice-bar';
      document.body.appendChild(notice);
      const places = [
        ['.data-source', ''], ['.data-source', 'ghost'], ['.map-tools', ''], ['.header-tools', 'ghost'],
        ['.header-tools', 'lang-switch'], ['.notice-bar', ''], ['.notice-bar', 'ghost'], ['body', 'primary'], ['body', 'small'], ['body', 'tab active'],
      ];
      const out = places.map(([where, cls]) => {
        const b = document.createElement('button');
        b.type = 'button'; b.className = cls; b.disabled = true; b.textContent = 'x';
        document.querySelector(where).appendChild(b);
        const s = getComputedStyle(b);
        const look = { where, cls, cursor: s.cursor, background: s.backgroundColor, color: s.color };
        b.remove();
        return look;
      });
      notice.remove();
      return out;
    })()`)) as (Look & { where: string; cls: string })[];
    const reference = looks[0];
    expect(reference.cursor).toBe('not-allowed');
    for (const look of looks) {
      expect({ cursor: look.cursor, background: look.background, color: look.color }, `${look.where} button.${look.cls}`)
        .toEqual({ cursor: reference.cursor, background: reference.background, color: reference.color });
    }
    expect(reference.background).not.toBe(ACCENT);
  });
});

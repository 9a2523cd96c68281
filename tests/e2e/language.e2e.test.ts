// Vietnamese by default, English on the switch, and back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, visibleText, type AppSession } from './harness';

const VIETNAMESE_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('language switch', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('toggles the visible text between Vietnamese and English and back', async () => {
    const { page } = session;
    const labels = async () => [await visibleText(page, 'nav-parcels'), await visibleText(page, 'nav-recovery')];

    const vietnamese = await labels();
    expect(vietnamese.join(' '), 'Vietnamese by default').toMatch(VIETNAMESE_LETTERS);
    expect((await visibleText(page, 'lang-switch')).trim()).toBe('EN');

    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => (await visibleText(page, 'lang-switch')).trim()).toBe('VI');
    const english = await labels();
    expect(await page.evaluate('document.documentElement.lang'), '<html lang> follows the switch').toBe('en');
    expect(english[0]).not.toBe(vietnamese[0]);
    expect(english[1]).not.toBe(vietnamese[1]);
    expect(english.join(' ')).not.toMatch(VIETNAMESE_LETTERS);

    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => (await visibleText(page, 'lang-switch')).trim()).toBe('EN');
    expect(await labels()).toEqual(vietnamese);
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
  });

  it('describes public land in English as the People’s Committee, and finds it by "UBND" or "committee"', async () => {
    const { page } = session;
    const results = async (query: string) => {
      await page.getByTestId('parcel-search').fill(query);
      await page.getByTestId('search-result').first().waitFor();
      return page.getByTestId('search-result').allInnerTexts();
    };
    expect((await results('UBND xã')).every((text) => text.endsWith('— UBND xã Bình Lăng'))).toBe(true);
    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => (await visibleText(page, 'lang-switch')).trim()).toBe('VI');
    const byCommittee = await results('committee');
    const byAbbreviation = await results('UBND xã');
    expect(byCommittee.length).toBeGreaterThan(0);
    expect(byAbbreviation).toEqual(byCommittee);
    expect(byCommittee.every((text) => text.endsWith('— People’s Committee of Bình Lăng Commune'))).toBe(true);
    await page.getByTestId('search-result').first().click();
    await expect.poll(() => visibleText(page, 'record-user')).toBe('People’s Committee of Bình Lăng Commune');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => visibleText(page, 'record-user')).toBe('UBND xã Bình Lăng');
  });
});

// The parcel search: by "tờ/thửa" and by the land user's name; choosing a result opens its record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, visibleText, type AppSession } from './harness';
import { normaliseSpaces, parseScreenNumber, pickTappableParcel } from './site-data';

describe('parcel search', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels' });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function searchAndChoose(query: string, resultText: RegExp) {
    const { page } = session;
    const input = page.getByTestId('parcel-search');
    await input.fill('');
    await input.fill(query);
    const results = page.getByTestId('search-result');
    await results.first().waitFor({ state: 'visible', timeout: 10_000 });
    const texts = (await results.allInnerTexts()).map(normaliseSpaces);
    const index = texts.findIndex((t) => resultText.test(t));
    expect(index, `a result matching ${resultText} among ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
    await results.nth(index).click();
    await page.getByTestId('parcel-record').waitFor({ state: 'visible', timeout: 10_000 });
    return texts;
  }

  it('finds a parcel by "tờ/thửa" and opens its record', async () => {
    const parcel = pickTappableParcel();
    const own = new RegExp(`tờ ${parcel.sheetNo} / thửa ${parcel.parcelNo}\\b`);
    await searchAndChoose(`${parcel.sheetNo}/${parcel.parcelNo}`, own);
    expect(parseScreenNumber(await visibleText(session.page, 'record-sheet'))).toBe(parcel.sheetNo);
    expect(parseScreenNumber(await visibleText(session.page, 'record-parcel'))).toBe(parcel.parcelNo);
  });

  it("finds parcels by the land user's name and opens the one chosen", async () => {
    const parcel = pickTappableParcel();
    const own = new RegExp(`tờ ${parcel.sheetNo} / thửa ${parcel.parcelNo}\\b`);
    const texts = await searchAndChoose(parcel.landUser, own);
    expect(texts.every((t) => t.includes(normaliseSpaces(parcel.landUser))), `every result names ${parcel.landUser}`).toBe(true);
    expect(normaliseSpaces(await visibleText(session.page, 'record-user'))).toContain(normaliseSpaces(parcel.landUser));
    expect(parseScreenNumber(await visibleText(session.page, 'record-parcel'))).toBe(parcel.parcelNo);
  });
});

// A control must look like one on #/registry: "Xin giữ lâu dài" (ask the browser to keep the register)
// and the allocation's "who is using this device" and sale-terms buttons are ghost buttons, which had
// no border and the text's own colour, so they read as lines of text. Each must have a visible border
// and a colour apart from the plain text beside it; a touch screen has no hover to give them away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './harness';

interface Look { border: string; borderWidth: string; color: string; plainColor: string; cursor: string }

const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

describe('register controls look like controls', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp({ route: '#/registry' });
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const testId of ['storage-ask', 'profile-open', 'terms-open']) {
    it(`${testId}: a visible border and a colour apart from the text beside it`, async () => {
      const button = app.page.getByTestId(testId);
      await button.waitFor({ state: 'visible', timeout: 30_000 });
      const look = (await button.evaluate((el) => {
        const s = getComputedStyle(el);
        // Plain text in the same container: the container's own colour (a span of the storage line,
        // the allocation side's text).
        const plain = getComputedStyle(el.parentElement!);
        return { border: s.borderTopColor, borderWidth: s.borderTopWidth, color: s.color, plainColor: plain.color, cursor: s.cursor };
      })) as Look;
      expect(transparent(look.border), `border ${look.border}`).toBe(false);
      expect(parseFloat(look.borderWidth)).toBeGreaterThanOrEqual(1);
      expect(look.color, 'text colour apart from plain text').not.toBe(look.plainColor);
      expect(look.cursor).toBe('pointer');
    });
  }
});

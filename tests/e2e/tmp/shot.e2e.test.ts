import { it } from 'vitest';
import { openApp } from '../harness';
it('shots', async () => {
  for (const [w, h, name] of [[1280, 800, 'wide'], [800, 1280, 'tall']] as const) {
    const app = await openApp({ route: '#/present/A-02', viewport: { width: w, height: h } });
    await app.page.screenshot({ path: `/tmp/p10/present-${name}.png` });
    await app.close();
  }
  const app = await openApp({ route: '#/present/Z-99', viewport: { width: 1280, height: 800 } });
  await app.page.screenshot({ path: `/tmp/p10/present-missing.png` });
  await app.close();
}, 120000);

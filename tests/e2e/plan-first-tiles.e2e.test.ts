// #/plan's first load, in Chromium against the built app: the cadastre the workspace gives the map before
// MapLibre reads its style goes in with the style (plan-map.ts, styleWithGivenData), so MapLibre's worker
// reads each of those sources once and cuts their tiles once. Counted on the messages the page sends to
// the worker (MapLibre's own protocol: 'LD' loads a source's data, 'RT' cuts a tile again); should
// MapLibre rename them, this test fails on the first expectation and says so.
import { afterEach, describe, expect, it } from 'vitest';
import { AppSession } from './harness';

const COUNT_MESSAGES = `(() => {
  const sent = window.__workerMessages = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && typeof message.type === 'string') sent.push([message.type, message.data?.source ?? message.data?.sourceId ?? null, window.__phanloPlanMap?.layoutDrawn === true]);
    return post.call(this, message, ...rest);
  };
})()`;

describe('#/plan, the first load', () => {
  let session: AppSession | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('reads the cadastre once and cuts its tiles once before the first layout frame', async () => {
    session = await AppSession.launch({ viewport: { width: 1366, height: 768 } });
    await session.context.addInitScript(COUNT_MESSAGES);
    await session.page.goto(session.appUrl('#/plan'));
    await session.page.waitForFunction('window.__phanloPlanMap?.layoutDrawn === true', undefined, { timeout: 60_000 });
    const messages = ((await session.page.evaluate('window.__workerMessages')) as [string, string | null, boolean][]).filter(([, , drawn]) => !drawn);
    const count = (type: string, source: string) => messages.filter(([t, s]) => t === type && s === source).length;
    // MapLibre's protocol as this test knows it: tiles are asked for with 'LT'.
    expect(count('LT', 'parcels')).toBeGreaterThan(0);
    for (const source of ['parcels', 'zone', 'context']) {
      expect(count('LD', source), `${source}: data loads`).toBe(1);
      expect(count('RT', source), `${source}: tiles cut again`).toBe(0);
    }
    expect(session.consoleErrors).toEqual([]);
  });
});

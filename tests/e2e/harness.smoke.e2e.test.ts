// The harness itself: it serves the built dist/, stops and restarts on the same port, launches Chromium
// with WebGL2, and tells local requests from foreign ones. Passes whatever state the UI is in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasWebGL2, openApp, type AppSession } from './harness';

describe('browser-test harness', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp({ route: '#/parcels', waitFor: 'load' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('serves (a snapshot of) dist/index.html on 127.0.0.1', async () => {
    expect(session.server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(session.server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync(join(session.server.root, 'index.html'), 'utf8'));
    expect(readFileSync(join(session.server.root, 'index.html'), 'utf8')).toContain('<div id="root">');
  });

  it('launches Chromium with WebGL2 available', async () => {
    await session.openApp('#/parcels');
    expect(await session.page.title()).not.toBe('');
    expect(await hasWebGL2(session.page)).toBe(true);
  });

  it('records requests and tells the ones to other hosts', async () => {
    await session.openApp('#/parcels');
    const local = session.requests.filter((r) => r.url.startsWith(session.server.origin));
    expect(local.map((r) => r.url)).toContain(`${session.server.url}`);
    expect(session.foreignRequests().map((r) => r.url)).not.toContain('http://127.0.0.2:9/probe');
    // Another loopback address is "another host" to the recorder, and refuses at once.
    await session.page.evaluate(`fetch('http://127.0.0.2:9/probe').catch(() => null)`);
    await expect.poll(() => session.foreignRequests().map((r) => r.url)).toContain('http://127.0.0.2:9/probe');
  });

  it('stops the server and starts it again on the same port', async () => {
    const { port, url } = session.server;
    await session.stopServer();
    await expect(fetch(url)).rejects.toThrow();
    await session.startServer();
    expect(session.server.port).toBe(port);
    expect((await fetch(url)).status).toBe(200);
  });
});

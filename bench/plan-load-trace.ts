/**
 * One #/plan load in a fresh context with a Chromium performance trace (CDP Tracing: devtools.timeline,
 * v8.execute, gpu), for finding where the load's time goes; prints the main thread's longest tasks and
 * the app's marks, and writes the trace (open it in Chromium's Performance panel). Asserts nothing.
 *
 *   npx vite build && npx tsx bench/plan-load-trace.ts [out.json]
 */
import { writeFileSync } from 'node:fs';
import { AppSession, launchBrowser, PreviewServer } from '../tests/e2e/harness';

const out = process.argv[2] ?? 'plan-load-trace.json';
const server = await PreviewServer.start();
const browser = await launchBrowser();
try {
  // A warm-up load: the browser's own first start is not the app's.
  const warm = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, server, browser);
  await warm.page.goto(warm.appUrl('#/plan'));
  await warm.page.waitForFunction('window.__phanloPlanMap?.layoutDrawn === true', undefined, { timeout: 60_000 });
  await warm.close();
  const session = await AppSession.launch({ viewport: { width: 1366, height: 768 } }, server, browser);
  const cdp = await session.context.newCDPSession(session.page);
  const events: Record<string, unknown>[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: Record<string, unknown>[] }) => { events.push(...data.value); });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,disabled-by-default-v8.cpu_profiler,gpu,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await session.page.goto(session.appUrl('#/plan'), { waitUntil: 'commit' });
  await session.page.waitForFunction('window.__phanloPlanMap?.layoutDrawn === true', undefined, { timeout: 60_000, polling: 'raf' });
  const marks = (await session.page.evaluate(`performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])`)) as [string, number][];
  await session.page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log(marks.map(([name, at]) => `${at} ${name}`).join('\n'));
  // Navigation start in trace time: the first mark's trace timestamp minus its page time.
  const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart') as { ts: number } | undefined;
  const base = navigation?.ts ?? 0;
  const mainThread = events.filter((e) => e.name === 'RunTask' && (e.dur as number) > 30_000) as { ts: number; dur: number; tid: number; pid: number }[];
  console.log('long tasks (ms from navigation start, duration, tid):');
  for (const task of mainThread.sort((a, b) => a.ts - b.ts)) {
    const inner = (events as { ts: number; dur?: number; tid: number; name: string; args?: { data?: { url?: string; functionName?: string } } }[])
      .filter((e) => e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur && (e.dur ?? 0) > 10_000 && e.name !== 'RunTask')
      .slice(0, 8).map((e) => `${e.name}${e.args?.data?.functionName ? ':' + e.args.data.functionName : ''}${e.args?.data?.url ? '@' + e.args.data.url.split('/').pop() : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`);
    console.log(`  ${((task.ts - base) / 1000).toFixed(0)} +${(task.dur / 1000).toFixed(0)} tid ${task.tid}: ${inner.join(', ')}`);
  }
  await session.close();
} finally {
  await browser.close();
  await server.close();
}

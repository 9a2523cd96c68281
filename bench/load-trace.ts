/**
 * Where the first load of #/parcels spends its time, from a real Chromium trace (not from our own
 * marks): one fresh context, traced through CDP from navigation to the parcels drawn, then the
 * renderer's main thread, MapLibre's workers and the GPU thread summed up by what ran there.
 * CPU time (`tdur`, thread time) is printed beside wall time: on a shared 2-core machine wall time is
 * mostly waiting for a core, thread time is what the work itself costs.
 *
 *   npx vite build && npx tsx bench/load-trace.ts [--loads 3] [--out /tmp/trace.json] [--against DIR]
 *
 * With `--out`, the last load's raw trace is written for chrome://tracing or Perfetto.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AppSession, PreviewServer } from '../tests/e2e/harness';
import { countOption, median, option, withBrowser } from './bench-kit';

const LOADS = countOption('--loads', 3);
const OUT = option('--out', '');
const AGAINST = option('--against', '');

const CATEGORIES = [
  'devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'blink', 'loading', 'gpu', 'toplevel', 'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.compile', 'disabled-by-default-v8.cpu_profiler',
];

interface TraceEvent {
  name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; cpuProfile?: CpuProfileChunk; timeDeltas?: number[] } };
  id?: string;
}
interface CpuProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber?: number }; parent?: number }
interface CpuProfileChunk { nodes?: CpuProfileNode[]; samples?: number[] }

async function traceOneLoad(server: PreviewServer, browser: Browser): Promise<{ events: TraceEvent[]; drawnMs: number }> {
  const session = await AppSession.launch({}, server, browser);
  try {
    const cdp = await browser.newBrowserCDPSession();
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => { events.push(...(message.value as unknown as TraceEvent[])); });
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    await session.page.goto(session.appUrl('#/parcels'), { waitUntil: 'commit' });
    const drawn = await session.page.waitForFunction('window.__phanloMap?.parcelsDrawn === true && performance.now()', undefined, { timeout: 30_000, polling: 'raf' });
    await drawn.jsonValue();
    // The mark's own time, from navigation start: the trace is placed on the page's clock by it.
    const drawnMs = (await session.page.evaluate("performance.getEntriesByName('phanlo:parcels-drawn')[0]?.startTime ?? NaN")) as number;
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    return { events, drawnMs };
  } finally {
    await session.close();
  }
}

/** Thread names by "pid:tid", from the trace's metadata events. */
function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  return names;
}

const shortUrl = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+\//, '').replace(/^blob:.*/, 'blob');

/** The label of a complete event: its name, and the script it ran where there is one. */
function label(e: TraceEvent): string {
  const data = e.args?.data;
  const url = data?.url ?? (data as { stackTrace?: { url: string }[] } | undefined)?.stackTrace?.[0]?.url;
  if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'v8.produceModuleCache', 'v8.parseOnBackground'].includes(e.name) && url) return `${e.name} ${shortUrl(url)}`;
  if (e.name === 'FunctionCall' && data?.functionName) return `FunctionCall ${String(data.functionName)}`;
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch') return `${e.name} ${String(data?.type ?? '')}`;
  return e.name;
}

/**
 * Self time of each kind of event on one thread: an event's duration minus that of the events nested
 * directly in it, so that the sums add up to the thread's busy time without counting anything twice.
 */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, { wall: number; cpu: number; count: number }> {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || (b.dur! - a.dur!));
  const out = new Map<string, { wall: number; cpu: number; count: number }>();
  const stack: { e: TraceEvent; childWall: number; childCpu: number }[] = [];
  const close = (frame: { e: TraceEvent; childWall: number; childCpu: number }) => {
    const key = label(frame.e);
    const row = out.get(key) ?? { wall: 0, cpu: 0, count: 0 };
    row.wall += Math.max(0, frame.e.dur! - frame.childWall);
    row.cpu += Math.max(0, (frame.e.tdur ?? frame.e.dur!) - frame.childCpu);
    row.count++;
    out.set(key, row);
    const parent = stack[stack.length - 1];
    if (parent) { parent.childWall += frame.e.dur!; parent.childCpu += frame.e.tdur ?? frame.e.dur!; }
  };
  for (const e of complete) {
    while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= e.ts) close(stack.pop()!);
    stack.push({ e, childWall: 0, childCpu: 0 });
  }
  while (stack.length) close(stack.pop()!);
  return out;
}

/**
 * Self time per JavaScript function (and per script file) in [from, to] from the V8 sampling profiler
 * in the trace: a thread's `Profile` event gives the profile's id and start; its `ProfileChunk`s (which
 * another thread writes) carry the nodes, samples and time deltas.
 */
function profileSelfTimes(events: TraceEvent[], pid: number, tid: number, from: number, to: number): { functions: Map<string, number>; files: Map<string, number> } {
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return { functions, files };
  const nodes = new Map<number, CpuProfileNode>();
  let time = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id).sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const delta = deltas[i] ?? 0;
      time += delta;
      const node = nodes.get(id);
      if (!node || time < from || time > to) return;
      const frame = node.callFrame;
      if (frame.functionName === '(idle)') return;
      const ms = delta / 1000;
      const key = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${(frame.lineNumber ?? 0) + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
      const file = shortUrl(frame.url) || frame.functionName;
      files.set(file, (files.get(file) ?? 0) + ms);
    });
  }
  return { functions, files };
}

const top = <T>(map: Map<string, T>, by: (v: T) => number, n: number) => [...map].sort((a, b) => by(b[1]) - by(a[1])).slice(0, n);

function summarise(name: string, events: TraceEvent[], drawnMs: number): void {
  const names = threadNames(events);
  // The app's renderer main thread: where our own mark "parcels drawn" is; navigation start is that
  // mark's trace time minus its time in the page.
  const drawnMark = events.find((e) => e.name === 'phanlo:parcels-drawn' && e.cat.includes('blink.user_timing'));
  if (!drawnMark) { console.log(`${name}: no parcels-drawn mark in the trace`); return; }
  const nav = drawnMark;
  const to = drawnMark.ts;
  const from = to - drawnMs * 1000;
  console.log(`\n${name}: parcels drawn at ${drawnMs.toFixed(0)} ms after navigation start (${events.length} trace events)`);
  const marks = events.filter((e) => e.pid === nav.pid && e.cat.includes('blink.user_timing') && e.name.startsWith('phanlo:') && e.ph !== 'e');
  const seen = new Set<string>();
  console.log(`  marks: ${marks.filter((m) => !seen.has(m.name) && seen.add(m.name)).map((m) => `${m.name.replace('phanlo:', '')} ${((m.ts - from) / 1000).toFixed(0)}`).join(', ')}`);
  // Frames presented between the data handed to the map and the parcels drawn: with software
  // WebGL each blocks this thread at its read-back (GLES2::ReadPixels) until the GPU has drawn it.
  const set = events.find((e) => e.name === 'phanlo:parcels-set' && e.pid === nav.pid && e.cat.includes('blink.user_timing'));
  const readBacks = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.name === 'GLES2::ReadPixels' && e.ts < to);
  const fmt = (list: TraceEvent[]) => list.map((e) => `${((e.ts - from) / 1000).toFixed(0)} (${((e.dur ?? 0) / 1000).toFixed(0)} ms)`).join(', ') || 'none';
  console.log(`  frames read back before parcels drawn: ${fmt(readBacks)}; after parcels set: ${set ? readBacks.filter((e) => e.ts > set.ts).length : '?'}`);
  const threads = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!threads.has(key)) threads.set(key, []);
    threads.get(key)!.push(e);
  }
  for (const [key, list] of threads) {
    const threadName = names.get(key) ?? '?';
    const times = selfTimes(list, from, to);
    const busy = [...times.values()].reduce((s, r) => s + r.cpu, 0) / 1000;
    if (busy < 15) continue;
    const isMain = key === `${nav.pid}:${nav.tid}`;
    console.log(`  thread ${threadName} (${key})${isMain ? ' — the page' : ''}: ${busy.toFixed(0)} ms CPU in the window`);
    for (const [event, row] of top(times, (r) => r.cpu, isMain ? 22 : 8)) {
      if (row.cpu < 2000) continue;
      console.log(`    ${(row.cpu / 1000).toFixed(0).padStart(5)} ms cpu ${(row.wall / 1000).toFixed(0).padStart(5)} ms wall ×${String(row.count).padEnd(4)} ${event}`);
    }
    if (isMain || threadName.includes('Worker')) {
      const profile = profileSelfTimes(events, Number(key.split(':')[0]), Number(key.split(':')[1]), from, to);
      if (profile.files.size) {
        console.log(`    JS samples by file: ${top(profile.files, (v) => v, 8).map(([f, ms]) => `${f || '?'} ${ms.toFixed(0)}`).join(', ')}`);
        for (const [fn, ms] of top(profile.functions, (v) => v, isMain ? 18 : 8)) if (ms >= 3) console.log(`      ${ms.toFixed(0).padStart(5)} ms  ${fn}`);
      }
    }
  }
}

await withBrowser(async (server, browser) => {
  const other = AGAINST ? await PreviewServer.start(undefined, AGAINST) : null;
  try {
    const builds: [string, PreviewServer][] = [['this build (dist/)', server], ...(other ? [[`--against ${AGAINST}`, other] as [string, PreviewServer]] : [])];
    await traceOneLoad(server, browser); // warm-up: the OS file cache, SwiftShader's first compile
    const drawn: Record<string, number[]> = {};
    for (let n = 0; n < LOADS; n++) {
      for (const [name, s] of n % 2 ? [...builds].reverse() : builds) {
        const { events, drawnMs } = await traceOneLoad(s, browser);
        (drawn[name] ??= []).push(drawnMs);
        summarise(`${name}, load ${n + 1}`, events, drawnMs);
        if (OUT && n === LOADS - 1) writeFileSync(OUT.replace(/\.json$/, `-${builds.findIndex(([b]) => b === name)}.json`), JSON.stringify({ traceEvents: events }));
      }
    }
    for (const [name, list] of Object.entries(drawn)) console.log(`${name}: parcels drawn ${list.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(list).toFixed(0)})`);
  } finally {
    await other?.close();
  }
});

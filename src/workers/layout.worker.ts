/// <reference lib="webworker" />
/** The layout Web Worker: one request in, progress messages, then one response out (see layout-protocol.ts). */
import { StageMemo } from '../geo/layout';
import { handleLayoutRequest, type LayoutRequest } from './layout-protocol';

// Lives as long as the worker: a parameter change on the same zone reuses the stages it does not
// affect (the prepared zone and strips; the roads when the change does not move them).
const memo = new StageMemo();

const epochNow = () => performance.timeOrigin + performance.now();

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const startedAtMs = epochNow();
  const response = handleLayoutRequest(event.data, undefined, (progress) => self.postMessage(progress), memo);
  // Where the hops around the engine go (the page marks them, bench/plan.bench.ts prints them).
  self.postMessage('outcome' in response ? { ...response, times: { startedAtMs, answeredAtMs: epochNow() } } : response);
};

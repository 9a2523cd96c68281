/// <reference lib="webworker" />
/** The layout Web Worker: one request in, progress messages, then one response out (see layout-protocol.ts). */
import { handleLayoutRequest, type LayoutRequest } from './layout-protocol';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  self.postMessage(handleLayoutRequest(event.data, undefined, (progress) => self.postMessage(progress)));
};

/// <reference lib="webworker" />
/** The hand-edit Web Worker: one edit request in, its outcome out (see layout-edits-protocol.ts). */
import { editRequestHandler, type EditRequest } from './layout-edits-protocol';

const handle = editRequestHandler();
self.onmessage = (event: MessageEvent<EditRequest>) => {
  self.postMessage(handle(event.data));
};

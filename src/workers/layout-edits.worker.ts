/// <reference lib="webworker" />
/** The hand-edit Web Worker: one edit request in, its outcome out (see layout-edits-protocol.ts). */
import { handleEditRequest, type EditRequest } from './layout-edits-protocol';

self.onmessage = (event: MessageEvent<EditRequest>) => {
  self.postMessage(handleEditRequest(event.data));
};

/**
 * Reads a register file in its own Web Worker (register-import.worker.ts), with progress; where no worker
 * can start (an old browser, Node tests) or the worker fails, on this thread instead — the same reader,
 * loaded on demand, so the result is the same either way.
 */
import type { ReadProgress, RegisterFileRead } from '../io/register-import';
import type { RegisterImportReply, RegisterImportRequest } from './register-import-protocol';

async function readHere(request: RegisterImportRequest, onProgress: (progress: ReadProgress) => void): Promise<RegisterFileRead> {
  const { readRegisterFile } = await import('../io/register-import');
  return readRegisterFile(request.fileName, request.bytes, { tradeNames: request.tradeNames, trades: request.trades, onProgress });
}

export function readRegisterFileInWorker(request: RegisterImportRequest, onProgress: (progress: ReadProgress) => void = () => {}): Promise<RegisterFileRead> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./register-import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(request, onProgress);
  }
  // The worker gets a copy: the bytes stay usable here for the fallback.
  const bytes = request.bytes.slice();
  return new Promise((resolve) => {
    const fallBack = () => { worker.terminate(); resolve(readHere(request, onProgress)); };
    worker.onmessage = (event: MessageEvent<RegisterImportReply>) => {
      const message = event.data;
      if (message.kind === 'progress') { onProgress(message.progress); return; }
      if (message.kind === 'failed') { fallBack(); return; }
      worker.terminate();
      resolve(message.read);
    };
    worker.onerror = (event) => { event.preventDefault(); fallBack(); };
    worker.postMessage({ ...request, bytes } satisfies RegisterImportRequest, [bytes.buffer]);
  });
}

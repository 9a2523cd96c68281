/**
 * Reads a register file in its own Web Worker (register-import.worker.ts), with progress; where no worker
 * can start (an old browser, Node tests) or the worker fails, on this thread instead — the same reader,
 * loaded on demand, so the result is the same either way. Each step is marked on the page's timeline
 * (`phanlo:register-import:<step>`), the worker's steps too, for bench/registry-browser.bench.ts.
 *
 * The screen starts the worker before a file is chosen (`prepareRegisterImportWorker`, when the import
 * control is shown or pointed at): its module loads and compiles while the user looks for the file, not
 * after. One worker reads one file; the next one is started fresh.
 */
import type { ReadProgress, RegisterFileRead } from '../io/register-import';
import type { RegisterImportReply, RegisterImportRequest } from './register-import-protocol';

/** Marks a step of an import on the page's timeline (at `epochMs`, a worker's clock, when given). */
export function markImportStep(step: string, epochMs?: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const name = `phanlo:register-import:${step}`;
  if (epochMs === undefined) performance.mark(name);
  else performance.mark(name, { startTime: Math.max(0, epochMs - performance.timeOrigin) });
}

const startWorker = () => new Worker(new URL('./register-import.worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead, waiting for its file. */
let prepared: Worker | null = null;
/** The worker started ahead failed to load (its error came before any file): not to be given one. */
let preparedFailed = false;

/** Starts the import's worker now, so that it is loaded when a file comes (does nothing where none can start). */
export function prepareRegisterImportWorker(): void {
  if (prepared || typeof Worker === 'undefined') return;
  try {
    prepared = startWorker();
    preparedFailed = false;
    prepared.addEventListener('error', () => { preparedFailed = true; });
    markImportStep('worker-started');
  } catch {
    prepared = null;
  }
}

/** The worker started ahead, if it is still good; else a new one (which throws where none can start). */
function takeWorker(): Worker {
  const worker = prepared;
  prepared = null;
  if (worker && !preparedFailed) return worker;
  worker?.terminate();
  const fresh = startWorker();
  markImportStep('worker-started');
  return fresh;
}

/** Stops a worker started ahead that no file came to (the screen is left). */
export function releaseRegisterImportWorker(): void {
  prepared?.terminate();
  prepared = null;
}

async function readHere(request: RegisterImportRequest, onProgress: (progress: ReadProgress) => void): Promise<RegisterFileRead> {
  const { readRegisterFile } = await import('../io/register-import');
  return readRegisterFile(request.fileName, request.bytes, { tradeNames: request.tradeNames, trades: request.trades, onProgress });
}

export function readRegisterFileInWorker(request: RegisterImportRequest, onProgress: (progress: ReadProgress) => void = () => {}): Promise<RegisterFileRead> {
  let worker: Worker;
  try {
    worker = takeWorker();
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
      markImportStep('reply-received');
      for (const [step, at] of message.steps) markImportStep(step, at);
      worker.terminate();
      resolve(message.read);
    };
    worker.onerror = (event) => { event.preventDefault(); fallBack(); };
    worker.postMessage({ ...request, bytes } satisfies RegisterImportRequest, [bytes.buffer]);
  });
}

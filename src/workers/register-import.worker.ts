/// <reference lib="webworker" />
/**
 * The register import's Web Worker: a file's bytes in, progress messages (unpacking, reading cells, rows
 * checked), then the whole read (entries, errors, warnings) out, so the page stays responsive while a
 * 10,000-row list is read and checked. The client is register-import-client.ts. It says when it reached
 * each step (WorkerSteps), for the page's timeline.
 */
import { readRegisterFile } from '../io/register-import';
import type { RegisterImportReply, RegisterImportRequest } from './register-import-protocol';

const reply = (message: RegisterImportReply) => self.postMessage(message);
const epochNow = () => performance.timeOrigin + performance.now();
const loadedAt = epochNow();

self.onmessage = async (event: MessageEvent<RegisterImportRequest>) => {
  const steps: [string, number][] = [['worker-loaded', loadedAt], ['worker-received', epochNow()]];
  const { fileName, bytes, tradeNames, trades } = event.data;
  try {
    const read = await readRegisterFile(fileName, bytes, {
      tradeNames, trades,
      onProgress: (progress) => {
        if (steps[steps.length - 1][0] !== `worker-${progress.phase}`) steps.push([`worker-${progress.phase}`, epochNow()]);
        reply({ kind: 'progress', progress });
      },
    });
    steps.push(['worker-read', epochNow()]);
    reply({ kind: 'done', read, steps });
  } catch {
    reply({ kind: 'failed' });
  }
};

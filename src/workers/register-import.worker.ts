/// <reference lib="webworker" />
/**
 * The register import's Web Worker: a file's bytes in, progress messages (unpacking, reading cells, rows
 * checked), then the whole read (entries, errors, warnings) out, so the page stays responsive while a
 * 10,000-row list is read and checked. The client is register-import-client.ts.
 */
import { readRegisterFile } from '../io/register-import';
import type { RegisterImportReply, RegisterImportRequest } from './register-import-protocol';

const reply = (message: RegisterImportReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<RegisterImportRequest>) => {
  const { fileName, bytes, tradeNames, trades } = event.data;
  try {
    const read = await readRegisterFile(fileName, bytes, { tradeNames, trades, onProgress: (progress) => reply({ kind: 'progress', progress }) });
    reply({ kind: 'done', read });
  } catch {
    reply({ kind: 'failed' });
  }
};

// The register import's worker started ahead (prepareRegisterImportWorker): the file goes to it when it
// loaded, to a new worker when it failed before any file came, and to the page's own reader when no
// worker works; the read is the reader's in every case. Worker is a stand-in here (Node has none).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRegisterFile } from '../../src/io/register-import';
import { prepareRegisterImportWorker, readRegisterFileInWorker, releaseRegisterImportWorker } from '../../src/workers/register-import-client';
import type { RegisterImportRequest } from '../../src/workers/register-import-protocol';
import { registerWorkbookBytes } from '../../bench/register-workbook';

class FakeWorker {
  static made: FakeWorker[] = [];
  static broken = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly listeners: (() => void)[] = [];
  readonly broken = FakeWorker.broken;
  terminated = false;
  constructor() { FakeWorker.made.push(this); }
  addEventListener(_type: 'error', listener: () => void) { this.listeners.push(listener); }
  /** Its script failed to load: the error comes whether or not a file was given. */
  fail() { for (const listener of this.listeners) listener(); this.onerror?.({ preventDefault() {} } as ErrorEvent); }
  postMessage(request: RegisterImportRequest) {
    if (this.broken) { setTimeout(() => this.fail()); return; }
    void readRegisterFile(request.fileName, request.bytes).then((read) => this.onmessage?.({ data: { kind: 'done', read, steps: [] } } as unknown as MessageEvent));
  }
  terminate() { this.terminated = true; }
}

afterEach(() => {
  releaseRegisterImportWorker();
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  FakeWorker.broken = false;
});

describe('the import worker started ahead', () => {
  it('takes the file when it loaded, fails over to a new worker or the page when not', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = await registerWorkbookBytes(50);
    const direct = await readRegisterFile('ds.xlsx', bytes);

    prepareRegisterImportWorker();
    prepareRegisterImportWorker(); // once is enough
    expect(FakeWorker.made).toHaveLength(1);
    expect(await readRegisterFileInWorker({ fileName: 'ds.xlsx', bytes })).toEqual(direct);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].terminated).toBe(true);

    prepareRegisterImportWorker();
    FakeWorker.made[1].fail(); // its script did not load, before any file came
    expect(await readRegisterFileInWorker({ fileName: 'ds.xlsx', bytes })).toEqual(direct);
    expect(FakeWorker.made).toHaveLength(3);
    expect(FakeWorker.made[1].terminated).toBe(true);

    FakeWorker.broken = true;
    prepareRegisterImportWorker();
    expect(await readRegisterFileInWorker({ fileName: 'ds.xlsx', bytes })).toEqual(direct);
    expect(FakeWorker.made.at(-1)!.terminated).toBe(true);
  });
});

/**
 * Plot sheets in the browser: fetches the bundled fonts (precached, so it works offline) and has the
 * sheets worker write one PDF, reporting each sheet, so the page never freezes however many plots.
 * The worker stays for the next PDF (it is torn down only when it fails).
 */
import regularFontUrl from '../../../assets/fonts/PhanloSheet.ttf?url';
import boldFontUrl from '../../../assets/fonts/PhanloSheet-Bold.ttf?url';
import type { LayoutResult } from '../../geo/layout';
import type { PlaceNames } from '../../domain/place-names';
import { holderOnSheet, type PlotHolder } from '../../domain/plot-sheet/plot-allocation';
import type { SheetHousehold } from '../../io/plot-sheet/plot-sheet.pdf';
import type { SheetsWorkerMessage, SheetsWorkerRequest } from './plot-sheets.worker';

export interface SheetsRequest {
  readonly layout: LayoutResult;
  readonly codes: readonly string[];
  readonly places: PlaceNames;
  readonly holders: ReadonlyMap<string, PlotHolder>;
  readonly zone: string | null;
  readonly date?: Date;
}

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

async function fontBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The sheet fonts' bytes, fetched once (the plan map PDF uses them too). */
export function sheetFonts() {
  fonts ??= Promise.all([fontBytes(regularFontUrl), fontBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => { fonts = null; });
  return fonts;
}

/** One PDF of the requested plots; `onProgress(done, total)` after each sheet. */
export async function makePlotSheets(request: SheetsRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<Uint8Array> {
  const loaded = await sheetFonts();
  const households: Record<string, SheetHousehold> = {};
  for (const [code, holder] of request.holders) {
    const line = holderOnSheet(holder);
    if (line) households[code] = line;
  }
  const { layout } = request;
  const message: SheetsWorkerRequest = {
    request: {
      features: layout.features, parameters: layout.parameters, crs: layout.crs, codes: request.codes, places: request.places,
      households, zone: request.zone, dateIso: (request.date ?? new Date()).toISOString(),
    },
    // Copies: the cached font bytes stay usable for the next PDF.
    fonts: { regular: loaded.regular.slice(), bold: loaded.bold.slice() },
  };
  // One PDF at a time through one worker, kept warm: starting it (pdf-lib and fontkit) costs seconds.
  const run = queue.then(() => inWorker(message, onProgress));
  queue = run.then(() => undefined, () => undefined);
  return run;
}

let worker: Worker | null = null;
let queue: Promise<void> = Promise.resolve();

function inWorker(message: SheetsWorkerRequest, onProgress: (done: number, total: number) => void): Promise<Uint8Array> {
  worker ??= new Worker(new URL('./plot-sheets.worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  return new Promise<Uint8Array>((resolve, reject) => {
    const fail = (error: Error) => {
      // A broken worker is not reused.
      current.terminate();
      if (worker === current) worker = null;
      reject(error);
    };
    current.onmessage = (event: MessageEvent<SheetsWorkerMessage>) => {
      const data = event.data;
      if (data.kind === 'progress') onProgress(data.done, data.total);
      else if (data.kind === 'done') resolve(data.bytes);
      else fail(new Error(data.message));
    };
    current.onerror = (event) => fail(new Error(event.message || 'sheets worker failed'));
    current.postMessage(message, [message.fonts.regular.buffer as ArrayBuffer, message.fonts.bold.buffer as ArrayBuffer]);
  });
}

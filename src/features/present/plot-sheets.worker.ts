/**
 * The plot sheets' Web Worker: makes the PDF away from the page, so that 50 sheets never freeze it
 * (pdf-lib's final save, the font subsetting and compression, is one long step). Reports each sheet.
 */
import { layoutSheetsPdf, type LayoutSheetsRequest } from '../../io/plot-sheet/layout-sheets';
import type { PlotSheetFontBytes } from '../../io/plot-sheet/plot-sheet.pdf';

export type SheetsWorkerRequest = { readonly request: Omit<LayoutSheetsRequest, 'date'> & { readonly dateIso: string | null }; readonly fonts: PlotSheetFontBytes };
export type SheetsWorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly bytes: Uint8Array }
  | { readonly kind: 'failed'; readonly message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<SheetsWorkerRequest>) => void) | null; postMessage(message: SheetsWorkerMessage, transfer?: Transferable[]): void };

scope.onmessage = (event) => {
  const { request, fonts } = event.data;
  layoutSheetsPdf({ ...request, date: request.dateIso ? new Date(request.dateIso) : null }, {
    fonts,
    afterSheet: (done, total) => scope.postMessage({ kind: 'progress', done, total }),
  }).then(
    (bytes) => scope.postMessage({ kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};

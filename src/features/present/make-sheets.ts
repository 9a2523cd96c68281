/**
 * Plot sheets in the browser: fetches the bundled fonts (precached, so it works offline), builds each
 * sheet's facts and writes one PDF, yielding to the page between sheets so that it never freezes and
 * the progress can be shown. The PDF writer (pdf-lib) is loaded on demand.
 */
import regularFontUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import type { LayoutResult } from '../../geo/layout';
import type { PlaceNames } from '../../domain/place-names';
import { plotFacts } from '../../domain/plot-sheet/plot-facts';
import type { PlotHolder } from '../../domain/plot-sheet/plot-allocation';

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

function sheetFonts() {
  fonts ??= Promise.all([fontBytes(regularFontUrl), fontBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => { fonts = null; });
  return fonts;
}

/** The household line: the holder's name, marked while the plot is only offered. */
function householdText(holder: PlotHolder | undefined): string | null {
  if (!holder?.entry) return null;
  return holder.allocation.status === 'offered' ? `${holder.entry.name} (đề nghị giao)` : holder.entry.name;
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One PDF of the requested plots; `onProgress(done, total)` after each sheet. */
export async function makePlotSheets(request: SheetsRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<Uint8Array> {
  const [{ plotSheetsPdf }, loadedFonts] = await Promise.all([import('../../io/plot-sheet/plot-sheet.pdf'), sheetFonts()]);
  const { layout } = request;
  const date = request.date ?? new Date();
  const sheets = [];
  for (const code of request.codes) {
    const facts = plotFacts(layout.features, layout.parameters, code);
    if (!facts) continue;
    sheets.push({
      facts, crs: layout.crs, context: layout.features, places: request.places, zone: request.zone,
      household: householdText(request.holders.get(code)), date,
    });
  }
  return plotSheetsPdf(sheets, {
    fonts: loadedFonts,
    afterSheet: async (done, total) => {
      onProgress(done, total);
      await nextMacrotask();
    },
  });
}

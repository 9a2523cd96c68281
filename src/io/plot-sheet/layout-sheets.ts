/**
 * Plot sheets of chosen plots of a layout, as one PDF: the facts of each plot, then the sheets. The
 * one path of the command line, the browser's sheets worker and the benchmark. Pure.
 */
import type { CrsId } from '../../geo/coordinates';
import type { LayoutFeature, LayoutParameters } from '../../geo/layout/types';
import type { PlaceNames } from '../../domain/place-names';
import { plotFacts } from '../../domain/plot-sheet/plot-facts';
import { plotSheetsPdf, type PlotSheetInput, type PlotSheetOptions, type SheetHousehold } from './plot-sheet.pdf';

export interface LayoutSheetsRequest {
  readonly features: readonly LayoutFeature[];
  readonly parameters: Pick<LayoutParameters, 'frontSetbackM' | 'rearSetbackM'>;
  readonly crs: CrsId;
  /** Plot codes in page order; codes the layout lacks are left out. */
  readonly codes: readonly string[];
  readonly places: PlaceNames;
  /** Holder per plot code (missing: not allocated). */
  readonly households: Readonly<Record<string, SheetHousehold>>;
  readonly zone: string | null;
  readonly date: Date | null;
}

export function layoutSheetsPdf(request: LayoutSheetsRequest, options: PlotSheetOptions): Promise<Uint8Array> {
  const sheets: PlotSheetInput[] = [];
  for (const code of request.codes) {
    const facts = plotFacts(request.features, request.parameters, code);
    if (!facts) continue;
    sheets.push({
      facts, crs: request.crs, context: request.features, places: request.places, zone: request.zone,
      household: request.households[code] ?? null, date: request.date,
    });
  }
  return plotSheetsPdf(sheets, options);
}

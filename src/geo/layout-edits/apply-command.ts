/**
 * One hand edit named as data (what the edit toolbar and the map's drag ask for), run by its pure
 * command: the one place that maps a command to its function, so that the editor on the main thread
 * and the hand-edit worker (src/workers/layout-edits-protocol.ts) run exactly the same code.
 */
import type { LayoutResult } from '../layout';
import type { ZoneSite } from '../zone-site';
import { convertPlots, type PlotConversion } from './convert-plots';
import type { EditOutcome } from './edit-outcome';
import { mergePlots } from './merge-plots';
import { moveDivider } from './move-divider';
import { renamePlot } from './rename-plot';
import { splitPlot, type SplitDirection } from './split-plot';

/** An edit of the layout's geometry or codes (locking, which changes no geometry, is the editor's own). */
export type LayoutEditCommand =
  | { readonly kind: 'split'; readonly code: string; readonly direction: SplitDirection; readonly parts: number }
  | { readonly kind: 'merge'; readonly codes: readonly string[] }
  | { readonly kind: 'move'; readonly codes: readonly [string, string]; readonly offsetM: number }
  | { readonly kind: 'convert'; readonly codes: readonly string[]; readonly into: PlotConversion }
  | { readonly kind: 'rename'; readonly code: string; readonly newCode: string };

/**
 * Runs a command on a layout.
 * @param locked codes of the locked plots: a split never gives their codes to its new pieces
 */
export function applyEditCommand(command: LayoutEditCommand, layout: LayoutResult, site: ZoneSite, locked: readonly string[] = []): EditOutcome {
  switch (command.kind) {
    case 'split': return splitPlot(layout, site, command.code, command.direction, command.parts, { reservedCodes: locked });
    case 'merge': return mergePlots(layout, site, command.codes);
    case 'move': return moveDivider(layout, site, command.codes, command.offsetM);
    case 'convert': return convertPlots(layout, site, command.codes, command.into);
    case 'rename': return renamePlot(layout, command.code, command.newCode);
  }
}

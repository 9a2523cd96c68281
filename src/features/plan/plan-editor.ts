/**
 * Hand edits in the workspace, free of React and MapLibre (tests drive it in Node with the fake map):
 * a command (split, merge, move a boundary, to green or a facility, rename, lock) runs the pure edit on
 * the layout shown; a refusal is said in words; an edit that would move or remove an allocated plot is
 * asked about first (the allocation guard); an applied edit is stored as ONE history entry and shown.
 * Two selected neighbours get a dividing line on the map that can be dragged: the drag previews the
 * line, and its release moves the boundary by the distance dragged, across the line.
 */
import type { Edit } from '../../db/change';
import { handEditEdit, lockPlotsEdit, renamePlotEdit, type Allocation } from '../../db/plan-edits';
import type { Variant } from '../../db/variants';
import { affectedAllocations, type AffectedAllocation } from '../../domain/plan-edits/allocation-guard';
import { planeProjection } from '../../geo/coordinates';
import type { LayoutResult } from '../../geo/layout';
import type { EditMessage, EditOutcome, LayoutEditCommand } from '../../geo/layout-edits';
import type { ZoneSite } from '../../domain/site';
import type { DividerDrag, PlanMapAdapter } from '../../map/plan-map-adapter';
import type { PlanWorkspace } from './plan-workspace';

export type EditCommand = LayoutEditCommand | { readonly kind: 'lock'; readonly codes: readonly string[]; readonly locked: boolean };

/** Runs a layout edit somewhere: in the hand-edit worker in the app (use-plan-editor.ts), here by default. */
export type RunLayoutEdit = (command: LayoutEditCommand, layout: LayoutResult, site: ZoneSite, locked: readonly string[]) => Promise<EditOutcome>;

export type EditResult = 'applied' | 'refused' | 'declined' | 'not-saved';

type EditsModule = typeof import('../../geo/layout-edits');

export interface PlanEditorDeps {
  readonly workspace: PlanWorkspace;
  /** The open stored variant (null while it is read). */
  readonly variant: () => Variant | null;
  /** The variant's allocations, read fresh before each edit. */
  readonly allocations: (variantId: string) => Promise<Allocation[]>;
  /** Asks the planner whether to apply a change that moves or removes allocated plots. */
  readonly confirm: (affected: readonly AffectedAllocation[], cause: 'edit' | 'regenerate') => Promise<boolean>;
  /** Stores one edit (commitEdit); true when saved. */
  readonly commit: (edit: Edit) => Promise<boolean>;
  /** Says a refusal or a warning. */
  readonly tell: (message: EditMessage, tone: 'error' | 'warning') => void;
  /** Called before an edit reads the layout shown: a parameter edit still settling is stored first. */
  readonly beforeEdit?: () => void;
  /** The edit commands, loaded on first use (they carry the clipper). */
  readonly loadEdits?: () => Promise<EditsModule>;
  /** Where layout edits run (the hand-edit worker in the app); on this thread, with `loadEdits`, by default. */
  readonly runEdit?: RunLayoutEdit;
}

const loadDefault = (): Promise<EditsModule> => import('../../geo/layout-edits');

export class PlanEditor {
  private edits: EditsModule | null = null;
  private map: PlanMapAdapter | null = null;
  private divider: { codes: readonly [string, string]; normal: readonly [number, number] } | null = null;
  private busy = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly deps: PlanEditorDeps) {
    const view = deps.workspace.stores.view;
    this.unsubscribe.push(
      view.subscribe((state, before) => { if (state.selectedIds !== before.selectedIds) void this.updateDivider(); }),
      deps.workspace.stores.layout.subscribe((state, before) => { if (state.layout !== before.layout) void this.updateDivider(); }),
    );
  }

  private async module(): Promise<EditsModule> {
    this.edits ??= await (this.deps.loadEdits ?? loadDefault)();
    return this.edits;
  }

  /** Connects the map's dividing line and its drag. */
  attachMap(map: PlanMapAdapter): () => void {
    this.map = map;
    const stop = map.onDividerDrag?.((drag) => this.onDrag(drag)) ?? (() => {});
    void this.updateDivider();
    return () => {
      stop();
      if (this.map === map) this.map = null;
    };
  }

  dispose(): void {
    for (const stop of this.unsubscribe.splice(0)) stop();
  }

  /** The shared edge of two selected plots, drawn on the map to be dragged; none otherwise. */
  private async updateDivider(): Promise<void> {
    const { selectedIds } = this.deps.workspace.stores.view.getState();
    const layout = this.deps.workspace.stores.layout.getState().layout;
    if (selectedIds.length !== 2 || !layout) {
      this.divider = null;
      this.map?.setDivider?.(null);
      return;
    }
    const edits = await this.module();
    const line = edits.dividerBetween(layout, [selectedIds[0], selectedIds[1]]);
    // The selection may have changed while the module loaded.
    if (this.deps.workspace.stores.layout.getState().layout !== layout || this.deps.workspace.stores.view.getState().selectedIds !== selectedIds) return;
    this.divider = line && { codes: line.codes, normal: line.normal };
    const projection = planeProjection(layout.crs);
    this.map?.setDivider?.(line ? [projection.toLngLat(line.from), projection.toLngLat(line.to)] : null);
  }

  /** How far a drag moved the line, m: the pointer's move across the line, in plane metres. */
  dragOffsetM(drag: DividerDrag): number {
    const layout = this.deps.workspace.stores.layout.getState().layout;
    if (!layout || !this.divider) return 0;
    const projection = planeProjection(layout.crs);
    const a = projection.toPlane(drag.from), b = projection.toPlane(drag.to);
    const offset = (b[0] - a[0]) * this.divider.normal[0] + (b[1] - a[1]) * this.divider.normal[1];
    return Math.round(offset * 100) / 100; // to the centimetre: what the planner can see and type
  }

  private onDrag(drag: DividerDrag): void {
    if (!drag.done || !this.divider) return;
    const offsetM = this.dragOffsetM(drag);
    if (offsetM === 0) return;
    void this.apply({ kind: 'move', codes: this.divider.codes, offsetM });
  }

  /** Runs one command on the layout shown; stores and shows it, or says why not. */
  async apply(command: EditCommand): Promise<EditResult> {
    if (this.busy) return 'refused';
    this.busy = true;
    try {
      return await this.run(command);
    } finally {
      this.busy = false;
    }
  }

  private async run(command: EditCommand): Promise<EditResult> {
    this.deps.beforeEdit?.();
    const { workspace } = this.deps;
    const variant = this.deps.variant();
    const { layout, site, run } = workspace.stores.layout.getState();
    if (!variant || !layout || !site || run.status === 'running' || !sameVariantParameters(layout, variant)) {
      this.deps.tell({ key: 'planEdit.refused.stale' }, 'error');
      return 'refused';
    }
    if (command.kind === 'lock') return (await this.deps.commit(lockPlotsEdit(variant, command.codes, command.locked))) ? this.locked(command) : 'not-saved';
    const outcome = this.deps.runEdit
      ? await this.deps.runEdit(command, layout, site, workspace.locked)
      : (await this.module()).applyEditCommand(command, layout, site, workspace.locked);
    // The layout shown or the variant changed while the edit ran (an undo, another tab): it was made from the old one.
    if (workspace.stores.layout.getState().layout !== layout || this.deps.variant()?.id !== variant.id) {
      this.deps.tell({ key: 'planEdit.refused.stale' }, 'error');
      return 'refused';
    }
    if (!outcome.ok) {
      this.deps.tell(outcome.refusal, 'error');
      return 'refused';
    }
    const allocations = await this.deps.allocations(variant.id);
    const affected = affectedAllocations(layout, outcome.layout, allocations, outcome.touched.renamed);
    if (affected.length && !(await this.deps.confirm(affected, 'edit'))) return 'declined';
    const edit = command.kind === 'rename'
      ? renamePlotEdit(variant, outcome.layout, outcome.touched.renamed ?? {}, allocations, outcome.label)
      : handEditEdit(variant, outcome.layout, outcome.label);
    if (!(await this.deps.commit(edit))) return 'not-saved';
    if (command.kind === 'rename') workspace.setLockedCodes(workspace.locked.map((code) => outcome.touched.renamed?.[code] ?? code));
    workspace.showEdited(outcome.layout);
    const selected = [...outcome.touched.moved, ...outcome.touched.added, ...Object.values(outcome.touched.renamed ?? {})];
    workspace.stores.view.setState({ selectedIds: command.kind === 'move' ? command.codes : selected });
    for (const warning of outcome.warnings) this.deps.tell(warning, 'warning');
    return 'applied';
  }

  /** The workspace's runs keep the new locks at once (the stored variant's echo says the same). */
  private locked(command: Extract<EditCommand, { kind: 'lock' }>): EditResult {
    const before = this.deps.workspace.locked;
    this.deps.workspace.setLockedCodes(command.locked ? [...new Set([...before, ...command.codes])] : before.filter((code) => !command.codes.includes(code)));
    return 'applied';
  }

  /**
   * The allocation guard of a regeneration (PlanWorkspace's confirmLayout): asks when the new layout
   * would move or remove allocated plots; true when nothing allocated moves or the planner agrees.
   */
  async confirmRegeneration(shown: LayoutResult | null, next: LayoutResult): Promise<boolean> {
    const variant = this.deps.variant();
    if (!variant) return true;
    const affected = affectedAllocations(shown, next, await this.deps.allocations(variant.id));
    return affected.length === 0 || this.deps.confirm(affected, 'regenerate');
  }
}

function sameVariantParameters(layout: LayoutResult, variant: Variant): boolean {
  return JSON.stringify(layout.parameters) === JSON.stringify(variant.parameters) || variant.layout === null;
}

/**
 * The workspace's hand-edit editor for React: made once per workspace, reading the open variant, asking
 * the allocation guard through its dialog, storing through commitEdit and saying refusals in the
 * notice bar. Also the regeneration guard PlanWorkspace asks (confirmRef).
 */
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Variant } from '../../db/variants';
import type { LayoutResult } from '../../geo/layout';
import type { Language, Translate } from '../../i18n/translate';
import { commitEdit } from '../../state/commit';
import { useNoticeStore } from '../../state/notice';
import { askAllocationGuard, variantAllocations } from '../../state/plan-edit-prompt';
import { editMessageText, refusalText } from './plan-edit-text';
import { PlanEditor } from './plan-editor';
import { EditWorkerClient } from '../../workers/layout-edits-client';
import type { PlanWorkspace } from './plan-workspace';
import type { VariantSync } from './variant-sync';

export type ConfirmLayout = (shown: LayoutResult | null, next: LayoutResult) => Promise<boolean>;

export function usePlanEditor(
  workspace: PlanWorkspace | null, sync: VariantSync | null, current: Variant | null,
  confirmRef: MutableRefObject<ConfirmLayout | null>, t: Translate, language: Language,
): PlanEditor | null {
  const currentRef = useRef(current);
  const words = useRef({ t, language });
  useEffect(() => { currentRef.current = current; words.current = { t, language }; });
  const [editor, setEditor] = useState<PlanEditor | null>(null);
  useEffect(() => {
    if (!workspace || !sync) return;
    // Started on the planner's first selection (an edit may follow), not with the screen: its start would
    // compete with #/plan's first layout and map for the CPU.
    let editWorker: EditWorkerClient | null = null;
    const edits = () => (editWorker ??= new EditWorkerClient());
    const stopWarming = workspace.stores.view.subscribe((state) => { if (state.selectedIds.length > 0 && typeof Worker !== 'undefined') edits(); });
    const made = new PlanEditor({
      workspace,
      variant: () => currentRef.current,
      allocations: variantAllocations,
      confirm: askAllocationGuard,
      commit: async (edit) => (await commitEdit(edit, words.current.t)).saved,
      tell: (message, tone) => {
        const { t: tr, language: lang } = words.current;
        useNoticeStore.getState().show(tone === 'error' ? refusalText(message, tr, lang) : editMessageText(message, tr, lang), undefined, { tone: tone === 'error' ? 'error' : 'info' });
      },
      beforeEdit: () => sync.flush(),
      // Off this thread: an edit of a large layout draws every envelope again (layout-edits-protocol.ts).
      ...(typeof Worker === 'undefined' ? {} : { runEdit: (command, layout, site, locked) => edits().run(command, layout, site, locked) }),
    });
    confirmRef.current = (shown, next) => made.confirmRegeneration(shown, next);
    // The editor serves this workspace; the state change after it is the point.
    // oxlint-disable-next-line react/set-state-in-effect
    setEditor(made);
    return () => {
      confirmRef.current = null;
      made.dispose();
      stopWarming();
      editWorker?.dispose();
    };
  }, [workspace, sync, confirmRef]);
  return editor;
}

/**
 * The one write path screens use: apply a command's edit through `transact` (src/db), then tell the
 * user in the notice bar — what was done, with Hoàn tác / Undo backed by the persisted history, or in
 * plain words why nothing was saved. Screens never write to IndexedDB themselves.
 */
import { database } from '../db/database';
import type { ChangeLabel, Edit } from '../db/change';
import { applyEdit, redo, undo, type HistoryStepResult, type TransactResult } from '../db/transact';
import type { WriteFailure } from '../db/write-failure';
import { loadWordsFor } from '../i18n/label-words';
import type { Translate } from '../i18n/translate';
import { useNoticeStore } from './notice';

/** "Not saved: the browser's storage … is full. Nothing was changed." */
export const writeFailureText = (failure: WriteFailure, t: Translate): string =>
  t('write.failed', { reason: t(`write.reason.${failure.kind}`) });

const labelText = (label: ChangeLabel, t: Translate) => t(label.key, label.params);

function showStep(result: HistoryStepResult, t: Translate, step: 'undo' | 'redo'): void {
  const notices = useNoticeStore.getState();
  if (result.ok) {
    notices.show(t(step === 'undo' ? 'write.undone' : 'write.redone', { what: labelText(result.label, t) }));
  } else if (result.reason === 'failed') {
    console.error(`phanlo: ${step} failed`, result.failure.detail);
    notices.show(t(step === 'undo' ? 'write.undoFailed' : 'write.redoFailed', { reason: t(`write.reason.${result.failure.kind}`) }), undefined, { tone: 'error' });
  } else if (result.reason === 'not-latest') {
    notices.show(t('write.undoNotLatest'), undefined, { tone: 'error' });
  } else {
    notices.show(t(step === 'undo' ? 'write.nothingToUndo' : 'write.nothingToRedo'));
  }
}

/** Saved, or why not in the user's words (the notice bar says it too). */
export type CommitResult = { readonly saved: true } | { readonly saved: false; readonly message: string };

/**
 * Applies an edit and says so. On failure the notice says why, and the caller keeps the user's input: a
 * dialog stays open and shows `message` itself, since a modal dialog keeps the page behind it, notice
 * bar included, out of reach.
 */
export async function commitEdit(edit: Edit, t: Translate): Promise<CommitResult> {
  return reportWrite(await applyEdit(database(), edit), edit.label, t);
}

/**
 * Says how a write went, as commitEdit does, for writes made otherwise (a guarded `transact`).
 * @param refusalText words for a guard's refusal (else the generic "changed elsewhere")
 */
export function reportWrite(result: TransactResult, label: ChangeLabel, t: Translate, refusalText?: (refusal: unknown) => string): CommitResult {
  const notices = useNoticeStore.getState();
  if (!result.ok) {
    console.error('phanlo: write failed', result.failure.detail);
    const refused = result.failure.kind === 'refused' && refusalText;
    const message = refused ? refusalText(result.failure.refusal) : writeFailureText(result.failure, t);
    notices.show(message, undefined, { tone: 'error' });
    return { saved: false, message };
  }
  const entryId = result.entryId ?? undefined;
  // The notice's Undo takes back this change only: if another came after it, it says so instead.
  notices.show(labelText(label, t), async () => showStep(await undo(database(), entryId), t, 'undo'));
  return { saved: true };
}

/** The step's result once its label's words are in the catalogue (a change made on a screen not loaded yet). */
async function withLabelWords(result: HistoryStepResult): Promise<HistoryStepResult> {
  if (result.ok) await loadWordsFor(result.label.key);
  return result;
}

/** Undoes the latest change (keyboard, buttons), whatever screen made it. */
export async function undoLatest(t: Translate): Promise<void> {
  showStep(await withLabelWords(await undo(database())), t, 'undo');
}

/** Redoes the change undone last. */
export async function redoLatest(t: Translate): Promise<void> {
  showStep(await withLabelWords(await redo(database())), t, 'redo');
}

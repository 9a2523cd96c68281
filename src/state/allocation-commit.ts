/**
 * The allocation's writes as screens call them: run a command (src/db/allocations.ts), then say in the
 * notice bar what was done, with Hoàn tác / Undo for that change, or, when a rule refused it (another
 * tab or device got there first), which rule in plain words. Returns the refusal text for dialogs.
 */
import { database, type PhanloDatabase } from '../db/database';
import type { TransactResult } from '../db/transact';
import { undo } from '../db/transact';
import type { ChangeLabel } from '../db/change';
import type { Translate } from '../i18n/translate';
import { writeFailureText } from './commit';
import { useNoticeStore } from './notice';

/** How a screen names the entries a refusal mentions. */
export type EntryNamer = (entryId: string) => string;

/** A refusal of the allocation rules (domain AllocationRefusal) in words. */
export function refusalText(refusal: unknown, t: Translate, nameOf: EntryNamer): string {
  const r = (refusal ?? {}) as { code?: string; plotCode?: string; plotCodes?: string[]; entryId?: string; status?: string; from?: string; to?: string };
  const params = {
    plot: r.plotCode ?? '', plots: (r.plotCodes ?? []).join(', '), entry: r.entryId ? nameOf(r.entryId) : '',
    status: r.status ? t(`allocation.status.${r.status}`) : '', from: r.from ? t(`allocation.status.${r.from}`) : '', to: r.to ? t(`allocation.status.${r.to}`) : '',
  };
  return t(`allocation.refused.${r.code ?? 'unknown'}`, params);
}

export type AllocationWriteResult = { readonly saved: true } | { readonly saved: false; readonly message: string };

/** Runs an allocation command and tells the user how it went. */
export async function runAllocationWrite(
  write: (db: PhanloDatabase) => Promise<TransactResult>,
  label: ChangeLabel,
  t: Translate,
  nameOf: EntryNamer,
): Promise<AllocationWriteResult> {
  const result = await write(database());
  const notices = useNoticeStore.getState();
  if (!result.ok) {
    const message = result.failure.kind === 'refused'
      ? t('allocation.refused.notice', { why: refusalText(result.failure.refusal, t, nameOf) })
      : writeFailureText(result.failure, t);
    notices.show(message, undefined, { tone: 'error' });
    return { saved: false, message };
  }
  const entryId = result.entryId ?? undefined;
  notices.show(t(label.key, label.params), async () => {
    const step = await undo(database(), entryId);
    if (step.ok) notices.show(t('write.undone', { what: t(step.label.key, step.label.params) }));
    else if (step.reason === 'failed') {
      const why = step.failure.kind === 'refused' ? refusalText(step.failure.refusal, t, nameOf) : t(`write.reason.${step.failure.kind}`);
      notices.show(t('write.undoFailed', { reason: why }), undefined, { tone: 'error' });
    } else notices.show(t(step.reason === 'not-latest' ? 'write.undoNotLatest' : 'write.nothingToUndo'), undefined, { tone: 'error' });
  });
  return { saved: true };
}

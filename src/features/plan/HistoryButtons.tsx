/**
 * Undo and redo buttons of the plan header, each saying what it would undo or redo (the persisted
 * history's labels, so they are right after a reload too); Ctrl+Z / Ctrl+Shift+Z do the same.
 * With no history at all the group is marked idle: a phone hides it (two dead buttons on a row of their own).
 */
import { useState } from 'react';
import { useHistoryState } from '../../db/use-history';
import { useTranslation } from '../../i18n/use-translation';
import { redoLatest, undoLatest } from '../../state/commit';

export function HistoryButtons() {
  const { t } = useTranslation();
  const history = useHistoryState();
  const [busy, setBusy] = useState(false);
  const step = (run: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    void run().finally(() => setBusy(false));
  };
  const undoText = history?.undo ? t('planEdit.undoWhat', { what: t(history.undo.key, history.undo.params) }) : t('planEdit.nothingToUndo');
  const redoText = history?.redo ? t('planEdit.redoWhat', { what: t(history.redo.key, history.redo.params) }) : t('planEdit.nothingToRedo');
  return (
    <div className={`history-buttons${history?.undo || history?.redo ? '' : ' idle'}`} role="group" aria-label={`${t('planEdit.undo')} / ${t('planEdit.redo')}`}>
      <button type="button" data-testid="history-undo" disabled={!history?.undo || busy} title={undoText} aria-label={undoText}
        aria-keyshortcuts="Control+Z" onClick={() => step(() => undoLatest(t))}>
        <span aria-hidden="true">↶ </span>{t('planEdit.undo')}
        {history?.undo && <span className="history-what" aria-hidden="true">: {t(history.undo.key, history.undo.params)}</span>}
      </button>
      <button type="button" data-testid="history-redo" disabled={!history?.redo || busy} title={redoText} aria-label={redoText}
        aria-keyshortcuts="Control+Shift+Z" onClick={() => step(() => redoLatest(t))}>
        <span aria-hidden="true">↷ </span>{t('planEdit.redo')}
      </button>
    </div>
  );
}

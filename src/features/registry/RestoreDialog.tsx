/** Restore: read and check the backup whole (asking its passphrase if it has one), show what it replaces, replace. */
import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { countRows, countStoredRows, restoreBackup } from '../../db/backup';
import { checkBackupRows } from '../../db/backup-check';
import { database } from '../../db/database';
import type { Backup, BackupIssue, BackupTable } from '../../io/backup';
import { formatDate } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import type { Translate } from '../../i18n/translate';
import { writeFailureText } from '../../state/commit';
import { useNoticeStore } from '../../state/notice';

const issueText = (issue: BackupIssue, t: Translate) =>
  t(`registry.backup.issue.${issue.code}`, { table: issue.table ?? '', row: issue.row ?? '', where: issue.row ? ` ${issue.row}` : '', key: '', version: '', ...issue.params });

export function RestoreDialog({ file, onClose }: { file: File; onClose: () => void }) {
  const { t, language } = useTranslation();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<{ kind: 'reading' } | { kind: 'errors'; errors: BackupIssue[] } | { kind: 'locked'; wrong: boolean } | { kind: 'ready'; backup: Backup; now: Record<BackupTable, number> }>({ kind: 'reading' });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const { readBackupText } = await import('../../io/backup');
      const read = await readBackupText(await file.text(), passphrase);
      if (!live) return;
      // Rows the app could not use as they are refuse the whole file before anything is asked or written.
      const damaged = read.ok ? checkBackupRows(read.backup.tables) : [];
      if (damaged.length) setState({ kind: 'errors', errors: damaged });
      else if (read.ok) setState({ kind: 'ready', backup: read.backup, now: await countStoredRows(database()) });
      else if (read.errors[0]?.code === 'needs-passphrase' || read.errors[0]?.code === 'wrong-passphrase') setState({ kind: 'locked', wrong: read.errors[0].code === 'wrong-passphrase' });
      else setState({ kind: 'errors', errors: read.errors });
    })();
    return () => { live = false; };
  }, [file, passphrase]);

  const restore = async (backup: Backup) => {
    const result = await restoreBackup(database(), backup);
    if (!result.ok && 'issues' in result) { setState({ kind: 'errors', errors: result.issues }); return; }
    if (!result.ok) { setFailure(t('registry.backup.restoreFailed', { reason: t(`write.reason.${result.failure.kind}`) })); console.error(writeFailureText(result.failure, t)); return; }
    useNoticeStore.getState().show(t('registry.backup.restored', { file: file.name }));
    onClose();
  };

  return (
    <ModalDialog titleId={titleId} className="restore-dialog" onClose={onClose}>
      <div data-testid="restore-dialog">
        <h2 id={titleId}>{t('registry.backup.restoreTitle')}</h2>
        {state.kind === 'errors' && (
          <ul className="issue-list error" role="alert" data-testid="restore-errors">{state.errors.map((issue, index) => <li key={index}>{issueText(issue, t)}</li>)}</ul>
        )}
        {state.kind === 'locked' && (
          <form onSubmit={(e) => { e.preventDefault(); setPassphrase(typed); setState({ kind: 'reading' }); }}>
            <p>{state.wrong ? issueText({ code: 'wrong-passphrase' }, t) : t('registry.backup.needsPassphrase')}</p>
            <input type="password" data-testid="restore-passphrase" aria-label={t('registry.backup.passphrase')} value={typed} onChange={(e) => setTyped(e.target.value)} />
            <div className="button-row end"><button type="submit" className="primary" data-testid="restore-unlock">{t('registry.backup.restoreUnlock')}</button></div>
          </form>
        )}
        {state.kind === 'ready' && (() => {
          const inFile = countRows(state.backup.tables);
          const tables = (Object.keys(inFile) as BackupTable[]).filter((table) => inFile[table] + state.now[table] > 0);
          return (
            <>
              <p>{t('registry.backup.restoreAsk', { file: file.name, at: formatDate(state.backup.exportedAt, language) })}</p>
              {state.backup.scope === 'field' && <p className="warning">{t('registry.backup.restoreField')}</p>}
              <table className="restore-counts" data-testid="restore-counts">
                <thead><tr><th>{t('registry.backup.restoreTable')}</th><th>{t('registry.backup.restoreNow')}</th><th>{t('registry.backup.restoreFile')}</th></tr></thead>
                <tbody>{tables.map((table) => <tr key={table} data-table={table}><td>{t(`registry.table.${table}`)}</td><td>{state.now[table]}</td><td>{inFile[table]}</td></tr>)}</tbody>
              </table>
              {failure && <p className="error" role="alert">{failure}</p>}
              <div className="button-row end">
                <button type="button" className="ghost" onClick={onClose}>{t('registry.form.cancel')}</button>
                <button type="button" className="primary danger" data-testid="restore-confirm" onClick={() => void restore(state.backup)}>{t('registry.backup.restoreConfirm')}</button>
              </div>
            </>
          );
        })()}
        {state.kind !== 'ready' && state.kind !== 'locked' && (
          <div className="button-row end"><button type="button" onClick={onClose}>{t('registry.form.cancel')}</button></div>
        )}
      </div>
    </ModalDialog>
  );
}

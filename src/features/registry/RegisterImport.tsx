/**
 * Import of a register file (.xlsx or .csv): read and validated whole (the reader is loaded on demand),
 * then either every error by the spreadsheet's row and column (nothing written), or a summary with the
 * duplicates to merge or skip, confirmed before ONE change is written (undone in one step).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { importEntriesEdit, importedTrades } from '../../db/register';
import { applyWithTrades } from '../../db/register-trades';
import { duplicatesOf, planImport, withTrades, type DuplicateDecision, type RegisterEntry } from '../../domain/register';
import type { ImportIssue, ReadProgress, RegisterFileRead } from '../../io/register-import';
import { formatInteger } from '../../i18n/format';
import { markImportStep, prepareRegisterImportWorker, readRegisterFileInWorker, releaseRegisterImportWorker } from '../../workers/register-import-client';
import { useTranslation } from '../../i18n/use-translation';
import type { Translate } from '../../i18n/translate';
import { reportWrite } from '../../state/commit';
import { FileButton } from './FileButton';
import { DEFAULT_TRADE_WORDS, useTradeList } from './trade-name';


export function issueText(issue: ImportIssue, t: Translate): string {
  const where = issue.row !== undefined && issue.column !== undefined ? t('registry.import.where', { row: issue.row, column: issue.column })
    : issue.row !== undefined ? `${t('registry.import.where', { row: issue.row, column: '—' })}` : '';
  return where + t(`registry.import.issue.${issue.code}`, { value: '', ...issue.params, column: issue.column ?? '' });
}

/** "utf-8+tcvn3" → "UTF-8, TCVN3/ABC (converted to Unicode)". */
const encodingText = (code: string, t: Translate) => code.split('+').map((part) => {
  const key = `registry.encoding.${part}`;
  const text = t(key);
  return text === key ? part : text;
}).join(', ');

/** Runs `task` when the page has nothing else to do (soon in any case); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 300);
  return () => clearTimeout(handle);
}

export function RegisterImport({ entries }: { entries: readonly RegisterEntry[] }) {
  const { t, language } = useTranslation();
  const tradeList = useTradeList();
  const [read, setRead] = useState<RegisterFileRead | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const choose = async (file: File) => {
    markImportStep('file-chosen');
    setBusy(file.name);
    setProgress(null);
    try {
      // Read and checked in a worker, saying how far it has come; the page stays responsive meanwhile.
      const request = { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), tradeNames: DEFAULT_TRADE_WORDS, trades: tradeList };
      setRead(await readRegisterFileInWorker(request, setProgress));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  // The reader's worker loads while the user looks for a file: once the page is idle, at once when pointed
  // at (after an import too; not at once then, so the list the import filled is not slowed meanwhile).
  useEffect(() => whenIdle(prepareRegisterImportWorker), []);
  useEffect(() => releaseRegisterImportWorker, []);
  const busyText = (file: string) => (progress
    ? t(`registryImport.progress.${progress.phase}`, { file, done: formatInteger(progress.done ?? 0, language), total: formatInteger(progress.total ?? 0, language) })
    : t('registry.import.reading', { file }));
  return (
    <>
      <span className="file-button-host" onPointerEnter={prepareRegisterImportWorker} onFocus={prepareRegisterImportWorker}>
        <FileButton label={busy ? busyText(busy) : t('registry.import.open')} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" testId="registry-import-file" disabled={busy !== null} onChoose={(file) => void choose(file)} />
      </span>
      {read && <ImportReview read={read} entries={entries} onClose={() => setRead(null)} />}
    </>
  );
}

function ImportReview({ read, entries: registerNow, onClose }: { read: RegisterFileRead; entries: readonly RegisterEntry[]; onClose: () => void }) {
  const { t } = useTranslation();
  // The register as it was when the file was checked: the import's own write must not turn every row it
  // just wrote into a "duplicate" (10,000 of them, re-keyed and listed) before the dialog closes.
  const [entries] = useState(registerNow);
  const titleId = useId();
  const [decisions, setDecisions] = useState<Map<number, DuplicateDecision>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const duplicates = useMemo(() => duplicatesOf(read.entries, entries), [read, entries]);
  const plan = useMemo(() => planImport(read.entries, entries, decisions, duplicates), [read, entries, decisions, duplicates]);
  const byId = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);
  const tradeList = useTradeList();
  const trades = useMemo(() => withTrades(tradeList, plan.create.map((entry) => entry.fields.trade)), [tradeList, plan]);
  const newTrades = trades.slice(tradeList.length).map((item) => item.id);
  const flagged = duplicates.flatMap((duplicate, index) => (duplicate ? [{ duplicate, index }] : []));
  useEffect(() => { markImportStep('summary-shown'); }, []);

  const confirm = async () => {
    markImportStep('confirmed');
    // The file's new trades join the list as stored when the import is written, not as this page read it.
    const edit = importEntriesEdit(plan, read.fileName);
    markImportStep('edit-made');
    const written = await applyWithTrades(database(), edit, importedTrades(plan));
    markImportStep('written');
    const result = reportWrite(written, edit.label, t);
    if (result.saved) onClose();
    else setFailure(result.message);
  };

  return (
    <ModalDialog titleId={titleId} className="import-review" onClose={onClose}>
      <div>
        <h2 id={titleId}>{t('registry.import.title')}</h2>
        {read.errors.length > 0 ? (
          <>
            <p className="error" role="alert">{t('registry.import.errorsTitle', { file: read.fileName, count: read.errors.length })}</p>
            <ul className="issue-list" data-testid="registry-import-errors">
              {read.errors.map((issue, index) => <li key={index}>{issueText(issue, t)}</li>)}
            </ul>
            <div className="button-row end"><button type="button" onClick={onClose}>{t('registry.import.cancel')}</button></div>
          </>
        ) : (
          <>
            <p data-testid="registry-import-summary">
              {t('registry.import.summary', { create: plan.create.length, merge: plan.merged, skip: plan.skipped, encoding: encodingText(read.encoding, t) })}
            </p>
            {newTrades.length > 0 && <p>{t('registry.import.newTrades', { trades: newTrades.join(', ') })}</p>}
            {flagged.length > 0 && (
              <fieldset data-testid="registry-import-duplicates">
                <legend>{t('registry.import.duplicatesTitle', { count: flagged.length })}</legend>
                <ul className="issue-list">
                  {flagged.map(({ duplicate, index }) => {
                    const entry = read.entries[index];
                    const by = t(`registry.import.by.${duplicate.by}`);
                    const text = duplicate.kind === 'register'
                      ? t('registry.import.duplicateOfRegister', { row: entry.row, name: entry.fields.name, other: byId.get(duplicate.entryId)?.name ?? '', by })
                      : t('registry.import.duplicateOfRow', { row: entry.row, name: entry.fields.name, otherRow: read.entries[duplicate.index].row, by });
                    const choice = decisions.get(index) ?? 'skip';
                    return (
                      <li key={index} data-testid="registry-import-duplicate">
                        <span>{text}</span>{' '}
                        {(['merge', 'skip'] as const).map((decision) => (
                          <label key={decision} className="checkbox">
                            <input type="radio" name={`dup-${index}`} checked={choice === decision}
                              onChange={() => setDecisions((current) => new Map(current).set(index, decision))} />
                            <span>{t(`registry.import.${decision}`)}</span>
                          </label>
                        ))}
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            )}
            {read.warnings.length > 0 && (
              <details>
                <summary>{t('registry.import.warningsTitle', { count: read.warnings.length })}</summary>
                <ul className="issue-list">{read.warnings.map((issue, index) => <li key={index}>{issueText(issue, t)}</li>)}</ul>
              </details>
            )}
            {failure && <p className="error" role="alert">{failure}</p>}
            <div className="button-row end">
              <button type="button" className="ghost" onClick={onClose}>{t('registry.import.cancel')}</button>
              <button type="button" className="primary" data-testid="registry-import-confirm" disabled={plan.create.length + plan.update.length === 0} onClick={() => void confirm()}>
                {t('registry.import.confirm')}
              </button>
            </div>
          </>
        )}
      </div>
    </ModalDialog>
  );
}

/**
 * "Sao lưu" (backup: the whole database as one JSON file, optionally encrypted with a passphrase),
 * the copy for field staff (no phones or IDs), and "Khôi phục" (restore: the file validated whole, the
 * tables it will replace shown with their counts, then replaced atomically).
 */
import { useId, useState } from 'react';
import { downloadFile } from '../../app/download';
import { FormActions, ModalDialog } from '../../app/ModalDialog';
import { collectBackup } from '../../db/backup';
import { database } from '../../db/database';
import { useTranslation } from '../../i18n/use-translation';
import { useNoticeStore } from '../../state/notice';
import { FileButton } from './FileButton';
import { RestoreDialog } from './RestoreDialog';

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

export function BackupControls() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [restoring, setRestoring] = useState<File | null>(null);
  const plainBackup = async () => {
    const { backupJson } = await import('../../io/backup');
    const file = `phanlo-sao-luu-${stamp()}.json`;
    downloadFile(await backupJson(await collectBackup(database())), file, 'application/json');
    useNoticeStore.getState().show(t('registry.backup.done', { file }));
  };
  const fieldCopy = async () => {
    const { backupJson } = await import('../../io/backup');
    const json = await backupJson(await collectBackup(database(), { scope: 'field' }));
    downloadFile(json, `phanlo-hien-truong-${stamp()}.json`, 'application/json');
  };
  return (
    <div className="button-row backup-controls">
      <button type="button" data-testid="registry-backup" title={t('registry.backup.passphraseNote')} onClick={() => void plainBackup()}>{t('registry.backup.save')}</button>
      <button type="button" data-testid="registry-backup-protected" onClick={() => setAsking(true)}>{t('registry.backup.protect')}</button>
      <button type="button" data-testid="registry-field-copy" onClick={() => void fieldCopy()}>{t('registry.backup.fieldCopy')}</button>
      <FileButton label={t('registry.backup.restore')} accept=".json,application/json" testId="registry-restore-file" onChoose={setRestoring} />
      {asking && <BackupDialog onClose={() => setAsking(false)} />}
      {restoring && <RestoreDialog file={restoring} onClose={() => setRestoring(null)} />}
    </div>
  );
}

function BackupDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (passphrase !== again) { setError(t('registry.backup.passphraseMismatch')); return; }
    if (!passphrase) { setError(t('registry.backup.passphraseMissing')); return; }
    const { backupJson, encryptBackup } = await import('../../io/backup');
    const json = await backupJson(await collectBackup(database()));
    const file = `phanlo-sao-luu-${stamp()}-ma-hoa.json`;
    downloadFile(await encryptBackup(json, passphrase), file, 'application/json');
    useNoticeStore.getState().show(t('registry.backup.done', { file }));
    onClose();
  };
  return (
    <ModalDialog titleId={titleId} onClose={onClose}>
      <form data-testid="backup-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <h2 id={titleId}>{t('registry.backup.protect')}</h2>
        <p>{t('registry.backup.passphraseNote')}</p>
        <label className="field"><span>{t('registry.backup.passphrase')}</span>
          <input type="password" data-testid="backup-passphrase" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        <label className="field"><span>{t('registry.backup.passphraseAgain')}</span>
          <input type="password" data-testid="backup-passphrase-again" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <FormActions onCancel={onClose} submitLabel={t('registry.backup.protectSave')} />
      </form>
    </ModalDialog>
  );
}

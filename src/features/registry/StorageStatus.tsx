/**
 * Whether the browser keeps the register for good (persistent storage, asked for once when the screen
 * opens), how much of its quota is used, and a warning when it is nearly full.
 */
import { useEffect, useState } from 'react';
import { isNearlyFull, readStorageState, requestPersistentStorage, type StorageState } from '../../db/storage';
import { formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';

let askedThisSession = false;

const megabytes = (bytes: number, language: 'vi' | 'en') =>
  `${new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: bytes < 10e6 ? 1 : 0 }).format(bytes / 1e6)} MB`;

export function StorageStatus() {
  const { t, language } = useTranslation();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      let current = await readStorageState();
      if (current.persisted === false && !askedThisSession) {
        askedThisSession = true;
        if ((await requestPersistentStorage()) === false && live) setRefused(true);
        current = await readStorageState();
      }
      if (live) setState(current);
    })();
    return () => { live = false; };
  }, []);
  if (!state) return null;
  const ask = async () => {
    const granted = await requestPersistentStorage();
    setRefused(granted === false);
    setState(await readStorageState());
  };
  const full = isNearlyFull(state);
  return (
    <div className="storage-status" data-testid="storage-state" data-persisted={String(state.persisted)}>
      <span>
        {state.persisted === null ? t('registry.storage.unknown') : state.persisted ? t('registry.storage.persisted') : t('registry.storage.notPersisted')}
        {state.usageBytes !== null && state.quotaBytes !== null && ` · ${t('registry.storage.usage', { used: megabytes(state.usageBytes, language), quota: megabytes(state.quotaBytes, language) })}`}
      </span>
      {state.persisted === false && <button type="button" className="ghost" data-testid="storage-ask" onClick={() => void ask()}>{t('registry.storage.ask')}</button>}
      {refused && <span className="muted">{t('registry.storage.refused')}</span>}
      {full && state.usageBytes !== null && state.quotaBytes !== null && (
        <p className="warning" role="alert" data-testid="storage-nearly-full">{t('registry.storage.nearlyFull', { share: formatPercent(state.usageBytes / state.quotaBytes, language) })}</p>
      )}
    </div>
  );
}

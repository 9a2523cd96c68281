/** Where the parcels come from; the demo says it is illustrative; a user can open their own layer. */
import { lazy, Suspense, useState } from 'react';
import { removeParcelLayerEdit } from '../../db/parcel-layers';
import { commitEdit } from '../../state/commit';
import { useTranslation } from '../../i18n/use-translation';
import type { DisplayIssue } from '../site/describe-issue';
import { IssueList } from '../site/issue-list-lazy';

// The importers (Shapefile, CSV, encodings) are only needed when someone opens a file.
const ImportDialog = lazy(() => import('../import'));

export function DataSourceBar({ layerName, source, isDemo, storedLayerProblems }: {
  layerName: string; source: string; isDemo: boolean; storedLayerProblems: readonly DisplayIssue[];
}) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState(false);

  // One removal at a time: a double click must not make the undo of the first one "restore" nothing.
  const removeStoredLayer = async () => {
    if (removing) return;
    setRemoving(true);
    try {
      // A failure is said in the notice bar; the layer then stays as it was.
      await commitEdit(removeParcelLayerEdit(), t);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <footer className="data-source">
      {storedLayerProblems.length > 0 && (
        // The issues' words load with the list (issue-list-lazy.ts): the notice appears whole.
        <Suspense fallback={null}>
          <div className="stored-layer-problem" role="alert" data-testid="stored-layer-problem">
            <p>{t('data.storedLayerBroken')}</p>
            <IssueList issues={storedLayerProblems} limit={5} />
            <button type="button" disabled={removing} onClick={() => void removeStoredLayer()}>{t('data.removeStoredLayer')}</button>
          </div>
        </Suspense>
      )}
      {isDemo && <p className="demo-notice" data-testid="demo-notice">{t('data.demoNotice')}</p>}
      <p className="source-line"><strong>{t('data.layerName')}:</strong> {layerName}</p>
      <p className="source-line"><strong>{t('data.source')}:</strong> {source}</p>
      <div className="button-row">
        <button type="button" data-testid="import-open" onClick={() => setImporting(true)}>{t('data.importOwn')}</button>
        {!isDemo && (
          <button type="button" className="ghost" data-testid="import-back-to-demo" disabled={removing} onClick={() => void removeStoredLayer()}>
            {t('data.backToDemo')}
          </button>
        )}
      </div>
      {importing && <Suspense fallback={null}><ImportDialog onClose={() => setImporting(false)} /></Suspense>}
    </footer>
  );
}

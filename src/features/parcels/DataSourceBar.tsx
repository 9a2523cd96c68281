/** Where the parcels come from; the demo says it is illustrative; a user can open their own layer. */
import { lazy, Suspense, useState } from 'react';
import { database } from '../../db/database';
import { removeImportedLayer, restoreParcelLayer } from '../../db/parcel-layers';
import { useNoticeStore } from '../../state/notice';
import { useTranslation } from '../../i18n/use-translation';

// The importers (Shapefile, CSV, encodings) are only needed when someone opens a file.
const ImportDialog = lazy(() => import('../import/ImportDialog'));

export function DataSourceBar({ layerName, source, isDemo }: { layerName: string; source: string; isDemo: boolean }) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  return (
    <footer className="data-source">
      {isDemo && <p className="demo-notice" data-testid="demo-notice">{t('data.demoNotice')}</p>}
      <p className="source-line"><strong>{t('data.layerName')}:</strong> {layerName}</p>
      <p className="source-line"><strong>{t('data.source')}:</strong> {source}</p>
      <div className="button-row">
        <button type="button" data-testid="import-open" onClick={() => setImporting(true)}>{t('data.importOwn')}</button>
        {!isDemo && (
          <button
            type="button"
            className="ghost"
            data-testid="import-back-to-demo"
            onClick={async () => {
              const removed = await removeImportedLayer(database());
              useNoticeStore.getState().show(t('data.backToDemoDone'), () => restoreParcelLayer(database(), removed));
            }}
          >{t('data.backToDemo')}</button>
        )}
      </div>
      {importing && <Suspense fallback={null}><ImportDialog onClose={() => setImporting(false)} /></Suspense>}
    </footer>
  );
}

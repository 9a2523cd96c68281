/**
 * #/recovery (Thu hồi đất): every parcel the zone takes, per parcel, per land user and per land-use
 * code, priced with editable rates and compared with the plan's budget; exports for Excel and machines.
 */
import { useState } from 'react';
import '../../i18n/recovery-messages';
import { useSetting } from '../../db/use-setting';
import { placesForDocumentOn, sitePlacePhrase } from '../../domain/place-names';
import { useTranslation } from '../../i18n/use-translation';
import { SiteLoadError } from '../site/SiteLoadError';
import { RatesForm } from './RatesForm';
import { RecoveryExports } from './RecoveryExports';
import { RecoverySummary } from './RecoverySummary';
import { RecoveryTable } from './RecoveryTable';
import { LandUseCodeTable, LandUserTable } from './SummaryTables';
import { useRecoveryEstimate } from './use-recovery-estimate';

type View = 'parcels' | 'landUsers' | 'landUseCodes' | 'rates';
const VIEWS: View[] = ['parcels', 'landUsers', 'landUseCodes', 'rates'];

export default function RecoveryPage() {
  const { t, language } = useTranslation();
  const { site, estimate } = useRecoveryEstimate();
  const placeNames = useSetting('placeNames');
  const [view, setView] = useState<View>('parcels');

  if (site.status === 'loading' || (site.status === 'ready' && !estimate)) return <p className="loading" role="status">{t('loading.data')}</p>;
  if (site.status === 'error') return <SiteLoadError errors={site.errors} onRetry={site.retry} />;
  if (!estimate) return null;

  return (
    <div className="recovery-page">
      <header className="page-header">
        <h1>{t('recovery.title')}</h1>
        <p className="help">{t('recovery.intro')}</p>
        <p className="help" data-testid="recovery-place">{t('recovery.place', { place: sitePlacePhrase(placesForDocumentOn(placeNames, null), language) })}</p>
        <p className="demo-notice">{t('recovery.illustrative')}</p>
      </header>
      <RecoverySummary estimate={estimate} />
      <div className="toolbar">
        <div
          className="tabs"
          role="tablist"
          aria-label={t('recovery.title')}
          onKeyDown={(e) => {
            // Arrow keys move between tabs, as in every tab strip.
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length];
            setView(next);
            document.getElementById(`recovery-tab-${next}`)?.focus();
          }}
        >
          {VIEWS.map((v) => (
            <button
              key={v}
              id={`recovery-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={view === v}
              aria-controls="recovery-tab-panel"
              tabIndex={view === v ? 0 : -1}
              className={view === v ? 'tab active' : 'tab'}
              onClick={() => setView(v)}
            >
              {t(`recovery.view.${v}`)}
            </button>
          ))}
        </div>
        <RecoveryExports estimate={estimate} />
      </div>
      <div className="tab-panel" role="tabpanel" id="recovery-tab-panel" aria-labelledby={`recovery-tab-${view}`}>
        {estimate.rows.length === 0 && view !== 'rates' ? (
          <p className="empty-state">{t('recovery.empty')}</p>
        ) : view === 'parcels' ? (
          <RecoveryTable estimate={estimate} layerKey={site.status === 'ready' ? site.layerKey : ''} />
        ) : view === 'landUsers' ? (
          <LandUserTable estimate={estimate} />
        ) : view === 'landUseCodes' ? (
          <LandUseCodeTable estimate={estimate} />
        ) : (
          <RatesForm
            // The form holds text typed in the user's number format: start it afresh when the language
            // or the stored rates change (a save, an undo), never re-read typed text in another format.
            key={`${language}|${JSON.stringify(estimate.rates)}|${estimate.budget.budgetVnd}`}
            rates={estimate.rates}
            budgetVnd={estimate.budget.budgetVnd}
            codesInUse={[...new Set(estimate.rows.map((r) => r.landUseCode.toUpperCase()))]}
          />
        )}
      </div>
    </div>
  );
}

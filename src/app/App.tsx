/** The shell: header with navigation and language switch, banners, and the current route's screen. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { prefetchWhenIdle } from './prefetch-when-idle';
import { database } from '../db/database';
import { putSetting } from '../db/settings';
import { useSetting } from '../db/use-setting';
import { localUnitPhrase } from '../domain/place-names';
import { useTranslation } from '../i18n/use-translation';
import { ParcelsPage } from '../features/parcels/ParcelsPage';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { useNavScroll } from './nav-scroll';
import { useOnline } from './online-status';
import { routeHref, useRoute, type Route } from './router';
import { useServiceWorkerStore } from './service-worker';

// The land-recovery screen brings the spreadsheet writer: load it on demand.
const RecoveryPage = lazy(() => import('../features/recovery/RecoveryPage'));
const PlanPage = lazy(() => import('../features/plan/PlanPage')); // the planner workspace and the layout worker
const FieldPage = lazy(() => import('../features/field/FieldPage')); // field mode: GPS, stake-out, checks
const RegistryPage = lazy(() => import('../features/registry/RegistryPage')); // the register and allocation
const PresentPage = lazy(() => import('../features/present/PresentPage')); // the household view and its plot sheets

const NAV: { route: Route; key: string; testId: string }[] = [
  { route: { name: 'parcels', parcelId: null }, key: 'nav.parcels', testId: 'nav-parcels' },
  { route: { name: 'recovery' }, key: 'nav.recovery', testId: 'nav-recovery' },
  { route: { name: 'plan' }, key: 'nav.plan', testId: 'nav-plan' },
  { route: { name: 'registry' }, key: 'nav.registry', testId: 'nav-registry' },
  { route: { name: 'field' }, key: 'nav.field', testId: 'nav-field' },
];

export function App() {
  const route = useRoute();
  const { t, language } = useTranslation();
  const places = useSetting('placeNames');
  const online = useOnline();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const sw = useServiceWorkerStore();
  const navRef = useNavScroll(`${route.name} ${language}`);
  // For the load-time benchmark (bench/browser.bench.ts): when the shell is first on screen.
  useEffect(() => { performance.mark('phanlo:app-mounted'); }, []);
  // The planner's code and its layout worker, loaded while idle on another screen (prefetch-when-idle.ts).
  useEffect(() => prefetchWhenIdle(() => import('../features/plan/PlanPage')), []);
  // The whole document speaks the chosen language (dialogs and notices live outside .app): screen
  // readers, hyphenation and the browser's own translate offer read it from <html lang>.
  useEffect(() => { document.documentElement.lang = language; }, [language]);

  return (
    <div className="app" lang={language}>
      <header className="app-header">
        <a className="brand" href="#/parcels" aria-label={t('nav.home')} title={t('nav.home')}>
          <img src="./icon.svg" alt="" width="28" height="28" />
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-place">{t('app.subtitle', { place: localUnitPhrase(places, language) })}</span>
        </a>
        <nav className="main-nav" aria-label={t('nav.main')} ref={navRef}>
          {NAV.map((item) => (
            <a
              key={item.key}
              href={routeHref(item.route)}
              data-testid={item.testId}
              aria-current={route.name === item.route.name ? 'page' : undefined}
              aria-label={t(item.key)}
              title={t(item.key)}
            >
              <span className="nav-full">{t(item.key)}</span>
              <span className="nav-short">{t(`${item.key}.short`)}</span>
            </a>
          ))}
        </nav>
        <div className="header-tools">
          <button type="button" className="ghost" onClick={() => setSettingsOpen(true)}>{t('nav.settings')}</button>
          <button
            type="button"
            className="lang-switch"
            data-testid="lang-switch"
            title={t('lang.switchTitle')}
            onClick={() => void putSetting(database(), 'language', language === 'vi' ? 'en' : 'vi')}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      {!online && <div className="banner offline" role="status" data-testid="offline-banner">{t('offline.banner')}</div>}
      {sw.updateAvailable && (
        <div className="banner update" role="status">
          {t('update.ready')} <button type="button" onClick={sw.applyUpdate}>{t('update.reload')}</button>
          <button type="button" className="ghost" onClick={sw.dismiss} aria-label={t('common.close')}>×</button>
        </div>
      )}
      <main className="app-main">
        <ErrorBoundary key={route.name}>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      <NoticeBar />
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'parcels': return <ParcelsPage parcelId={route.parcelId} />;
    case 'recovery':
      return <Suspense fallback={<p className="loading">{t('loading.data')}</p>}><RecoveryPage /></Suspense>;
    case 'plan': return <Suspense fallback={<p className="loading">{t('loading.data')}</p>}><PlanPage /></Suspense>;
    case 'registry': return <Suspense fallback={<p className="loading">{t('loading.data')}</p>}><RegistryPage /></Suspense>;
    case 'field': return <Suspense fallback={<p className="loading">{t('loading.data')}</p>}><FieldPage /></Suspense>;
    case 'present': return <Suspense fallback={<p className="loading">{t('loading.data')}</p>}><PresentPage code={route.plotCode} /></Suspense>;
  }
}

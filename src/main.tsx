import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageFromSettings } from './app/LanguageFromSettings';
import { startServiceWorker } from './app/service-worker';
import { primeSettings } from './db/use-setting';
import { showStoredDataProblems } from './state/stored-data-problems';
import { installUndoShortcuts } from './state/undo-shortcuts';
import './app/app.css';

// Stored data that cannot be used as it was is said in the notice bar, from the first read on.
showStoredDataProblems();
// Ctrl+Z / Ctrl+Shift+Z over the stored history, on every screen.
installUndoShortcuts();

// Settings first (language, plane CRS), so that the first render is already in the user's language.
void primeSettings().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LanguageFromSettings>
        <App />
      </LanguageFromSettings>
    </StrictMode>,
  );
  startServiceWorker();
});

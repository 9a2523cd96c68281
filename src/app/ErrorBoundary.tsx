/**
 * The last line of defence: a screen that throws (a storage error, data from another version) shows
 * what happened and a way out instead of a blank page. Written in both languages, because the
 * language setting itself may be what could not be read.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { database } from '../db/database';
import { removeImportedLayer } from '../db/parcel-layers';
import { catalogue } from '../i18n/catalogue';
import { translate } from '../i18n/translate';

const both = (key: string) => `${translate(catalogue, 'vi', key)} / ${translate(catalogue, 'en', key)}`;

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('phanlo: a screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="load-error" role="alert" data-testid="screen-error">
        <h2>{both('crash.title')}</h2>
        <p>{both('crash.help')}</p>
        <pre className="crash-detail">{String(error.message ?? error)}</pre>
        <div className="button-row">
          <button type="button" onClick={() => window.location.reload()}>{both('crash.reload')}</button>
          <button
            type="button"
            onClick={async () => {
              await removeImportedLayer(database()).catch(() => undefined);
              window.location.reload();
            }}
          >
            {both('crash.useDemo')}
          </button>
        </div>
      </section>
    );
  }
}

/** The search box: "tờ/thửa" or a land user's name; results as buttons, keyboard friendly. */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useSetting } from '../../db/use-setting';
import { landUserName } from '../../domain/land-user-name';
import type { Parcel } from '../../domain/parcel';
import { searchParcels } from '../../domain/parcel-search';
import { useTranslation } from '../../i18n/use-translation';

export function ParcelSearch({ parcels, onChoose }: { parcels: readonly Parcel[]; onChoose: (id: string) => void }) {
  const { t, language } = useTranslation();
  const places = useSetting('placeNames');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(
    // The name as registered and as shown: "UBND" and "committee" both find public land in English.
    () => searchParcels(parcels, deferred, 20, (parcel) => {
      const registered = landUserName(parcel.landUser, places);
      const shown = landUserName(parcel.landUser, places, language);
      return shown === registered ? registered : `${registered} ${shown}`;
    }), [parcels, deferred, places, language]);
  const inputId = useId();

  return (
    <div className="parcel-search" role="search">
      <label htmlFor={inputId}>{t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        data-testid="parcel-search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results.length > 0) onChoose(results[0].id);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      {deferred.trim() !== '' && (
        results.length === 0 ? (
          <p className="search-empty" role="status">{t('search.noResults', { query: deferred.trim() })}</p>
        ) : (
          <ul className="search-results" aria-label={t('search.results', { count: results.length })}>
            {results.map((p) => (
              <li key={p.id}>
                <button type="button" data-testid="search-result" onClick={() => onChoose(p.id)}>
                  {t('search.result', { sheet: p.sheetNo, parcel: p.parcelNo, user: landUserName(p.landUser, places, language) })}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}

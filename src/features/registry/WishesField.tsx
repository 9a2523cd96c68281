/** Wishes (nguyện vọng): plots of the approved variant the entry would like, in order of preference. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useApprovedLayout } from '../site/use-approved-layout';

export function WishesField({ wishes, onChange }: { wishes: readonly string[]; onChange: (wishes: string[]) => void }) {
  const { t } = useTranslation();
  const approved = useApprovedLayout();
  const [choice, setChoice] = useState('');
  const codes = approved.status === 'ready'
    ? approved.layout.features.filter((feature) => feature.properties.kind === 'plot').map((feature) => String((feature.properties as { code?: unknown }).code))
    : [];
  const move = (index: number) => {
    const next = [...wishes];
    [next[index - 1], next[index]] = [next[index], next[index - 1]];
    onChange(next);
  };
  return (
    <fieldset className="wishes" data-testid="entry-wishes">
      <legend>{t('registry.form.wishes')}</legend>
      {wishes.length === 0 ? <p className="muted">{t('registry.form.wishNone')}</p> : (
        <ol>
          {wishes.map((code, index) => (
            <li key={code} data-testid="entry-wish">
              <span className="wish-code">{code}</span>
              <button type="button" className="ghost" disabled={index === 0} onClick={() => move(index)}>{t('registry.form.wishUp')}</button>
              <button type="button" className="ghost" onClick={() => onChange(wishes.filter((other) => other !== code))}>{t('registry.form.wishRemove')}</button>
            </li>
          ))}
        </ol>
      )}
      {approved.status === 'loading' ? <p className="muted">{t('registry.form.wishLoading')}</p> : (
        <div className="button-row">
          <select aria-label={t('registry.form.wishAdd')} data-testid="entry-wish-select" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="" />
            {codes.filter((code) => !wishes.includes(code)).map((code) => <option key={code} value={code}>{code}</option>)}
          </select>
          <button type="button" data-testid="entry-wish-add" disabled={!choice} onClick={() => { onChange([...wishes, choice]); setChoice(''); }}>
            {t('registry.form.wishAdd')}
          </button>
        </div>
      )}
    </fieldset>
  );
}

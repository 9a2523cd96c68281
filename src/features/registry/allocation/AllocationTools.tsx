/** The allocation's tool row: who is using this device (the profile), the terms, the public draw, the suggestion. */
import { useState } from 'react';
import { useSetting } from '../../../db/use-setting';
import { formatMoneyVnd } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import type { EntryNamer } from '../../../state/allocation-commit';
import { PlotSheetsButton } from '../../present';
import { personText } from './allocation-text';
import { ProfileDialog } from './ProfileDialog';
import { TermsDialog } from './TermsDialog';
import DrawDialog from './DrawDialog';
import SuggestionDialog from './SuggestionDialog';
import type { AllocationData } from './use-allocation-data';


type Open = 'profile' | 'terms' | 'draw' | 'suggest' | null;

export function AllocationTools({ data, nameOf }: { data: AllocationData; nameOf: EntryNamer }) {
  const { t, language } = useTranslation();
  const profile = useSetting('profile');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <div className="allocation-tools">
      <button type="button" className="ghost" onClick={() => setOpen('profile')} data-testid="profile-open" title={t('allocation.profile.title')}>
        {t('allocation.profile.who', { who: personText(profile, t) })}
      </button>
      <button type="button" className="ghost" onClick={() => setOpen('terms')} data-testid="terms-open">
        {t('allocation.terms.button', { mode: t(`allocation.terms.mode.${data.terms.mode}`), price: formatMoneyVnd(data.terms.priceVndPerM2, language) })}
      </button>
      <button type="button" onClick={() => setOpen('draw')} data-testid="draw-open" disabled={!data.ready}>{t('allocation.draw.button')}</button>
      <button type="button" onClick={() => setOpen('suggest')} data-testid="suggest-open" disabled={!data.ready}>{t('allocation.suggest.button')}</button>
      {data.approved.status === 'ready' && data.facts.length > 0 && (
        // Every plot's sheet, with the households the register allocates them to.
        <PlotSheetsButton layout={data.approved.layout} variantId={data.variantId} codes={data.facts.map((f) => f.code)}
          label={t('sheets.all', { count: data.facts.length })} testId="registry-sheets-all" />
      )}
      {open === 'profile' && <ProfileDialog onClose={close} />}
      {open === 'terms' && <TermsDialog terms={data.terms} onClose={close} />}
      {open === 'draw' && <DrawDialog data={data} nameOf={nameOf} onClose={close} />}
      {open === 'suggest' && <SuggestionDialog data={data} nameOf={nameOf} onClose={close} />}
    </div>
  );
}

/** Colour plots by land use, by area class or by plot rule result (a segmented switch over the map). */
import { useTranslation } from '../../i18n/use-translation';
import type { PlanColouringMode } from '../../map/plan-map-adapter';
import { planSessionStores, usePlanView } from '../../state/plan-session';

const MODES: readonly PlanColouringMode[] = ['kind', 'area', 'rule'];

export function ColouringSwitch() {
  const { t } = useTranslation();
  const colouring = usePlanView((s) => s.colouring);
  return (
    <div className="segmented" role="radiogroup" aria-label={t('plan.colour.label')} data-testid="plan-colouring">
      <span className="segmented-label">{t('plan.colour.label')}</span>
      {MODES.map((mode) => (
        <button
          key={mode} type="button" role="radio" aria-checked={colouring === mode} data-testid={`plan-colour-${mode}`}
          className={colouring === mode ? 'active' : undefined}
          onClick={() => planSessionStores().view.getState().setColouring(mode)}
        >
          {t(`plan.colour.${mode}`)}
        </button>
      ))}
    </div>
  );
}

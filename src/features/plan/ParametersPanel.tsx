/**
 * The parameters tab: every layout parameter with its unit, accepted range, default and the
 * regulation behind it. A change regenerates the layout in the worker (PlanWorkspace); a refused set
 * shows the reason beside the field and the map keeps the last good layout. "Reset to defaults".
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { DEFAULT_LAYOUT_PARAMETERS, type ParameterError } from '../../geo/layout';
import { parseUserNumber } from '../../i18n/parse-number';
import { useTranslation } from '../../i18n/use-translation';
import type { Language } from '../../i18n/translate';
import { planSessionStores, usePlanLayout, usePlanParameters } from '../../state/plan-session';
import { FACILITY_AREA_FIELD, FACILITY_RATE_FIELD, PARAMETER_GROUPS, type ParameterUnit } from './parameter-fields';
import { asParameterError, parameterRefusals, refusalsByField } from './parameter-check';
import { errorText, formatNumber } from './plan-text';
import type { PlanWorkspace } from './plan-workspace';

const UNIT_TEXT: Record<ParameterUnit, string> = { m: 'm', m2: 'm²', m2PerHa: 'm²/ha', ratio: '×' };

interface NumberFieldProps {
  readonly id: string;
  readonly testId: string;
  readonly label: string;
  readonly unit: ParameterUnit;
  readonly value: number;
  readonly range: string;
  readonly defaultText: string;
  readonly basis?: string;
  readonly errors: readonly ParameterError[];
  readonly onChange: (value: number) => void;
}

function NumberField(props: NumberFieldProps) {
  const { t, language } = useTranslation();
  const [text, setText] = useState(() => formatNumber(props.value, language, 3).replace(/\s/g, ''));
  const [unreadable, setUnreadable] = useState(false);
  const describedBy = `${props.id}-help`;
  // A value changed elsewhere (reset to defaults) shows here, unless the text already means it.
  useEffect(() => {
    if (parseUserNumber(text, language) !== props.value) {
      setText(formatNumber(props.value, language, 3).replace(/\s/g, ''));
      setUnreadable(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value, language]);

  const invalid = unreadable || props.errors.length > 0;
  return (
    <div className={invalid ? 'param-field invalid' : 'param-field'}>
      <label htmlFor={props.id}>{props.label}</label>
      <span className="param-input">
        <input
          id={props.id} data-testid={props.testId} type="text" inputMode="decimal" value={text}
          aria-invalid={invalid} aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseUserNumber(event.target.value, language);
            setUnreadable(parsed === null);
            if (parsed !== null) props.onChange(parsed);
          }}
        />
        <span className="unit">{UNIT_TEXT[props.unit]}</span>
      </span>
      <span id={describedBy} className="param-help">
        {unreadable && <span className="error" role="alert">{t('plan.params.notNumber')}</span>}
        {props.errors.map((e, i) => <span key={i} className="error" role="alert" data-testid="param-error">{errorText(e, t, language)}</span>)}
        <span className="muted">{t('plan.params.range', { range: props.range })} · {t('plan.params.default', { value: props.defaultText })}</span>
        {props.basis && <span className="muted basis">{props.basis}</span>}
      </span>
    </div>
  );
}

function rangeText(field: { min: number; minExclusive?: boolean; max: number; unit: ParameterUnit }, language: Language): string {
  const unit = field.unit === 'ratio' ? '' : ` ${UNIT_TEXT[field.unit]}`;
  return `${field.minExclusive ? '> ' : ''}${formatNumber(field.min, language)} – ${formatNumber(field.max, language)}${unit}`;
}

export function ParametersPanel({ workspace }: { workspace: PlanWorkspace }) {
  const { t, language } = useTranslation();
  const baseId = useId();
  const parameters = usePlanParameters((s) => s.parameters);
  const failure = usePlanLayout((s) => s.failure);
  const refusals = useMemo(() => {
    const own = parameterRefusals(parameters);
    // The engine may refuse for a field too (after a run): shown the same way.
    const engine = (failure ?? []).map(asParameterError).filter((e): e is ParameterError => e !== null);
    return refusalsByField(own.length > 0 ? own : engine);
  }, [parameters, failure]);
  const store = planSessionStores().parameters.getState();
  const unitOf = (unit: ParameterUnit) => (unit === 'ratio' ? '' : ` ${UNIT_TEXT[unit]}`);

  return (
    <form className="plan-parameters" onSubmit={(e) => { e.preventDefault(); workspace.retry(); }} data-testid="plan-parameters">
      <p className="help">{t('plan.params.help')}</p>
      {refusals.size > 0 && <p className="plan-problem" role="alert" data-testid="params-refused">{t('plan.params.refused')}</p>}
      {PARAMETER_GROUPS.map((group) => (
        <fieldset key={group.id}>
          <legend>{t(`plan.params.group.${group.id}`)}</legend>
          {group.fields.map((field) => (
            <NumberField
              key={field.field} id={`${baseId}-${field.field}`} testId={`param-${field.field}`}
              label={t(`plan.param.${field.field}`)} unit={field.unit} value={parameters[field.field]}
              range={rangeText(field, language)}
              defaultText={`${formatNumber(DEFAULT_LAYOUT_PARAMETERS[field.field], language)}${unitOf(field.unit)}`}
              basis={t(`plan.basis.${field.field}`)} errors={refusals.get(field.field) ?? []}
              onChange={(value) => store.setParameter(field.field, value)}
            />
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('plan.params.group.facilities')}</legend>
        {parameters.facilities.map((facility, index) => {
          const fallback = DEFAULT_LAYOUT_PARAMETERS.facilities.find((f) => f.use === facility.use);
          // Sized with the zone (m²/ha, the default) unless the parameters give an exact area.
          const perHa = facility.areaM2 === undefined && facility.m2PerHa !== undefined;
          const field = perHa ? FACILITY_RATE_FIELD : FACILITY_AREA_FIELD;
          const sizeOf = (f: typeof facility) => (f.areaM2 !== undefined
            ? `${formatNumber(f.areaM2, language)} m²`
            : `${formatNumber(f.m2PerHa ?? 0, language)} m²/ha${f.minAreaM2 !== undefined ? `, ≥ ${formatNumber(f.minAreaM2, language)} m²` : ''}`);
          return (
            <NumberField
              key={`${facility.use}-${index}`} id={`${baseId}-facility-${index}`} testId={`param-facility-${facility.use}`}
              label={t(`layout.facility.${facility.use}`)} unit={field.unit} value={(perHa ? facility.m2PerHa : facility.areaM2) ?? 0}
              range={rangeText(field, language)}
              defaultText={fallback ? sizeOf(fallback) : '—'}
              errors={refusals.get(`facilities.${index}.${perHa ? 'm2PerHa' : 'areaM2'}`) ?? []}
              onChange={(value) => (perHa ? store.setFacilityRate(index, value) : store.setFacilityArea(index, value))}
            />
          );
        })}
      </fieldset>
      <div className="button-row">
        <button type="button" data-testid="params-reset" onClick={() => store.reset()}>{t('plan.params.reset')}</button>
      </div>
    </form>
  );
}

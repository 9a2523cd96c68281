/**
 * Two variants side by side: plots, land-use shares and every rule's PASS/FAIL. The open variant's
 * figures come from the layout on screen; the other's from its stored layout, or from a run in a layout
 * worker of its own when it has none stored (the demo variant). The map shows what differs (VariantDiffMap).
 */
import { useEffect, useState } from 'react';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import type { LayoutResult } from '../../geo/layout';
import { formatDecimal } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { usePlanLayout } from '../../state/plan-session';
import { variantName } from '../../state/plan-variants';
import { WorkerLayoutRunner } from './layout-runner';
import { ruleName, ruleValue } from './plan-text';
import { COMPARED_CATEGORIES, comparedRules, variantFigures } from './variant-figures';
import { VariantDiffMap } from './VariantDiffMap';
import type { PlanMapTools } from '../../map/plan-map-tools-adapter';

/** The other variant's layout: stored, or laid out once here. */
function useLayoutOf(variant: Variant | undefined, demoSite: ZoneSite | null): LayoutResult | null {
  const [made, setMade] = useState<{ id: string; layout: LayoutResult } | null>(null);
  const stored = variant?.layout ?? null;
  const site = variant ? variant.site ?? demoSite : null;
  useEffect(() => {
    if (!variant || stored || !site) return;
    const runner = new WorkerLayoutRunner();
    void runner.run(site, variant.parameters, null).then((outcome) => {
      if (outcome.kind === 'done' && outcome.outcome.ok) setMade({ id: variant.id, layout: outcome.outcome });
    });
    return () => runner.dispose();
  }, [variant, stored, site]);
  return stored ?? (made && made.id === variant?.id ? made.layout : null);
}

export function VariantCompare({ variants, current, demoSite, onClose, tools = null }: {
  readonly tools?: PlanMapTools | null;
  readonly variants: readonly Variant[];
  readonly current: Variant;
  readonly demoSite: ZoneSite | null;
  readonly onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const others = variants.filter((v) => v.id !== current.id);
  const [otherId, setOtherId] = useState(others[0]?.id ?? '');
  const other = others.find((v) => v.id === otherId) ?? others[0];
  const shown = usePlanLayout((s) => s.layout);
  const otherLayout = useLayoutOf(other, demoSite);
  if (!other) return null;
  const a = shown && variantFigures(shown);
  const b = otherLayout && variantFigures(otherLayout);
  const cell = (text: string | undefined) => <td className="num">{text ?? t('plan.variant.notLaidOut')}</td>;
  const share = (value: number | undefined) => (value === undefined ? undefined : `${formatDecimal(value, language, 2)}%`);
  const rules = a && b ? comparedRules(a, b) : [...(a ?? b)?.checks.keys() ?? []];
  const verdict = (pass: boolean | undefined) => (pass === undefined ? undefined : t(pass ? 'plan.pass' : 'plan.fail'));

  return (
    <section className="variant-compare" data-testid="variant-compare-table" aria-label={t('plan.variant.compareTitle')}>
      <header>
        <h2>{t('plan.variant.compareTitle')}</h2>
        <label>
          {t('plan.variant.compareWith')}{' '}
          <select data-testid="variant-compare-with" value={other.id} onChange={(event) => setOtherId(event.target.value)}>
            {others.map((v) => <option key={v.id} value={v.id}>{variantName(v, t)}</option>)}
          </select>
        </label>
        <button type="button" onClick={onClose}>{t('plan.variant.close')}</button>
      </header>
      <VariantDiffMap tools={tools} a={shown} b={otherLayout} nameA={variantName(current, t)} nameB={variantName(other, t)} />
      <table className="data-table">
        <thead>
          <tr><th className="text">{t('plan.variant.figure')}</th><th>{variantName(current, t)}</th><th>{variantName(other, t)}</th></tr>
        </thead>
        <tbody>
          <tr data-figure="plots">
            <td className="text">{t('plan.variant.plots')}</td>
            {cell(a ? String(a.plotCount) : undefined)}{cell(b ? String(b.plotCount) : undefined)}
          </tr>
          {COMPARED_CATEGORIES.map((category) => (
            <tr key={category} data-figure={`share-${category}`}>
              <td className="text">{t(`layout.category.${category}`)}</td>
              {cell(share(a?.sharePercent[category]))}{cell(share(b?.sharePercent[category]))}
            </tr>
          ))}
          {rules.map((rule) => {
            const [ca, cb] = [a?.checks.get(rule), b?.checks.get(rule)];
            const text = (check: typeof ca) => check && `${ruleValue(check.actual, check.unit, language)} · ${verdict(check.pass)}`;
            return (
              <tr key={rule} data-rule={rule}>
                <td className="text">{ruleName(rule, t)}</td>
                {cell(text(ca))}{cell(text(cb))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The legend: every colour and line on the planner's map, with the plot colours of the colouring in
 * use (area classes in m² of the layout's own range, or rule results). Colours from layout-colours.ts.
 */
import { useState, type CSSProperties } from 'react';
import { formatAreaM2 } from '../../i18n/format';
import '../../i18n/plan-locks-messages';
import { useTranslation } from '../../i18n/use-translation';
import { KIND_COLOURS, RULE_COLOURS } from '../../map/layout-colours';
import { DEFAULT_LAYOUT_PARAMETERS } from '../../geo/layout';
import { usePlanLayout, usePlanView } from '../../state/plan-session';
import { areaClasses } from './area-classes';

const fill = (colour: string): CSSProperties => ({ background: colour });
const line = (colour: string, style = 'solid', width = 3): CSSProperties => ({ borderTop: `${width}px ${style} ${colour}`, height: 0 });

export function PlanLegend() {
  const { t, language } = useTranslation();
  const colouring = usePlanView((s) => s.colouring);
  const parameters = usePlanLayout((s) => s.layout?.parameters ?? DEFAULT_LAYOUT_PARAMETERS);
  const area = (m2: number) => formatAreaM2(m2, language);
  // Open where it leaves most of the map free; on short or narrow screens one tap opens it.
  const [openAtStart] = useState(() => typeof window === 'undefined' || (window.innerHeight >= 900 && window.innerWidth > 820));

  const plotItems: { style: CSSProperties; text: string }[] =
    colouring === 'kind' ? [{ style: fill(KIND_COLOURS.plot), text: t('plan.legend.plot') }]
    : colouring === 'rule' ? (['pass', 'warn', 'fail'] as const).map((r) => ({ style: fill(RULE_COLOURS[r]), text: t(`plan.legend.rule.${r}`) }))
    : areaClasses(parameters.minPlotAreaM2, parameters.maxPlotAreaM2).map((c) => ({
      style: fill(c.colour),
      text: c.fromM2 === null ? t('plan.legend.areaBelow', { value: area(c.toM2!) })
        : c.toM2 === null ? t('plan.legend.areaAbove', { value: area(c.fromM2) })
        : t('plan.legend.areaRange', { from: area(c.fromM2), to: area(c.toM2) }),
    }));

  const items = [
    ...plotItems,
    { style: { ...line(KIND_COLOURS.buildable, 'dashed', 2) }, text: t('plan.legend.buildable') },
    { style: fill(KIND_COLOURS.road), text: t('plan.legend.road') },
    { style: line(KIND_COLOURS.roadCentreline, 'dashed', 1), text: t('plan.legend.centreline') },
    { style: fill(KIND_COLOURS.green), text: t('plan.legend.green') },
    { style: fill(KIND_COLOURS.greenKept), text: t('plan.legend.kept') },
    { style: fill(KIND_COLOURS.facility), text: t('plan.legend.facility') },
    { style: fill(KIND_COLOURS.parking), text: t('plan.legend.parking') },
    { style: line(KIND_COLOURS.zone, 'dashed'), text: t('plan.legend.zone') },
    { style: line(KIND_COLOURS.accessRoad, 'dashed', 4), text: t('plan.legend.accessRoad') },
    { style: line(KIND_COLOURS.residentialEdge, 'solid', 5), text: t('plan.legend.residential') },
    { style: line(KIND_COLOURS.separationEdge, 'solid', 6), text: t('stripEdges.legend') },
    { style: { background: '#e8e0c8', border: '1px solid #6b5b4b' }, text: t('plan.legend.parcels') },
    // The context drawn around the zone, in the colours of the cadastral map (src/map/style.ts).
    { style: line('#3d8fc6', 'solid', 4), text: t('legend.canal') },
    { style: fill('#f3d9d2'), text: t('legend.village') },
    { style: { border: `3px solid ${KIND_COLOURS.selected}` }, text: t('plan.legend.selected') },
    // The map's hatch (src/map/layout-layers.ts lockHatchImage): dark diagonals and a dashed outline.
    {
      style: { border: `2px dashed ${KIND_COLOURS.locked}`, background: `repeating-linear-gradient(135deg, ${KIND_COLOURS.locked} 0 1.5px, transparent 1.5px 6px)` },
      text: t('planLocks.legend'), testId: 'legend-locked',
    },
  ];

  return (
    <details className="legend plan-legend" open={openAtStart} data-testid="plan-legend">
      <summary>{t('plan.legend.title')}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.text} data-testid={'testId' in item ? item.testId : undefined}><span className="swatch" style={item.style} />{item.text}</li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The land-use balance table (bảng cân bằng sử dụng đất) and the rule checks against QCVN 01:2021/BXD
 * Table 2.6 (traffic ≥ 10 %, green ≥ 10 %, technical infrastructure ≥ 1 % of the zone; parking counts as
 * traffic, a kept pond or graves as green and water surface), 2.5.3 (net building density ≤ 70 %),
 * Table 2.11 (≥ 20 % green inside each factory plot: what its envelope leaves),
 * 2.5.2 (isolation strip ≥ 10 m), 2.9.3.2 (kerb radius ≥ 8 m) and QCVN 06:2022/BXD fire access.
 */
import type { LandUseBalance, LayoutParameters, NarrowedEdge, RuleCheck } from './types';

export interface LandUseAreas {
  /** Gross zone area inside the outer boundary, m². */
  zoneM2: number;
  plotsM2: number;
  roadsM2: number;
  parkingM2: number;
  greenM2: number;
  technicalM2: number;
  keptM2: number;
  envelopesM2: number;
  /** Greatest share of one plot its envelope covers, percent (the rest can stay green). */
  largestEnvelopeSharePercent: number;
  /** Longest dead end left without a turning area, m (0 when none). */
  longestOpenDeadEndM: number;
  hasResidentialEdge: boolean;
  /** Sides where an accepted separation leaves the strip under 10 m (green-strips.ts); none when absent. */
  narrowedEdges?: readonly NarrowedEdge[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

const TABLE_2_6 = 'QCVN 01:2021/BXD Bảng 2.6';

function check(rule: string, reference: string, comparison: 'min' | 'max', required: number, actual: number, unit: '%' | 'm'): RuleCheck {
  const a = round2(actual);
  return { rule, reference, comparison, required, actual: a, unit, pass: comparison === 'min' ? a >= required : a <= required };
}

/** The balance rows and rule checks for the areas of a layout. */
export function landUseBalance(a: LandUseAreas, p: LayoutParameters): LandUseBalance {
  const share = (m2: number): number => (a.zoneM2 > 0 ? (100 * m2) / a.zoneM2 : 0);
  const rows = ([
    ['plots', a.plotsM2], ['roads', a.roadsM2 + a.parkingM2], ['green', a.greenM2], ['technical', a.technicalM2], ['kept', a.keptM2],
  ] as const).map(([category, m2]) => ({ category, areaM2: round1(m2), sharePercent: round2(share(m2)) }));
  const narrowed = a.narrowedEdges ?? [];
  const strip = Math.min(a.hasResidentialEdge ? Math.min(p.greenBufferM, p.perimeterGreenM) : p.perimeterGreenM, ...narrowed.map((e) => e.stripM));
  const isolation = check('isolation-strip-min', 'QCVN 01:2021/BXD 2.5.2', 'min', 10, strip, 'm');
  const checks: RuleCheck[] = [
    check('traffic-min', TABLE_2_6, 'min', 10, share(a.roadsM2 + a.parkingM2), '%'),
    check('green-min', TABLE_2_6, 'min', 10, share(a.greenM2 + a.keptM2), '%'),
    check('technical-min', TABLE_2_6, 'min', 1, share(a.technicalM2), '%'),
    check('building-density-max', 'QCVN 01:2021/BXD 2.5.3', 'max', 70, a.plotsM2 > 0 ? (100 * a.envelopesM2) / a.plotsM2 : 0, '%'),
    check('plot-green-min', 'QCVN 01:2021/BXD Bảng 2.11', 'min', 20, 100 - a.largestEnvelopeSharePercent, '%'),
    narrowed.length ? { ...isolation, edges: narrowed.map((e) => ({ ...e })) } : isolation,
    check('kerb-radius-min', 'QCVN 01:2021/BXD 2.9.3.2', 'min', 8, p.kerbRadiusM, 'm'),
    check('fire-road-width-min', 'QCVN 06:2022/BXD 6.2.1', 'min', 3.5, Math.min(p.mainRoadWidthM, p.branchRoadWidthM), 'm'),
    check('fire-access-distance-max', 'QCVN 06:2022/BXD 6.2.2.3', 'max', 5, p.frontSetbackM, 'm'),
    check('dead-end-max', 'QCVN 06:2022/BXD 6.2.5', 'max', 46, a.longestOpenDeadEndM, 'm'),
  ];
  return { zoneAreaM2: round1(a.zoneM2), rows, checks };
}

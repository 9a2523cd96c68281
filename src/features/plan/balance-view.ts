/**
 * The land-use balance as the side panel shows it: the table rows with the QCVN 01:2021/BXD Table 2.6
 * rule of each category, the bars of the chart (shares against thresholds), and the rule checks split
 * into planning rules and fire safety (QCVN 06:2022/BXD). Pure: from the engine's LandUseBalance.
 */
import type { LandUseBalance, LandUseCategory, LandUseRow, LayoutParameters, RuleCheck } from '../../geo/layout';

/** The Table 2.6 rule each category of the table is held to (green counts kept land too). */
const CATEGORY_RULE: Partial<Record<LandUseCategory, string>> = {
  roads: 'traffic-min',
  green: 'green-min',
  technical: 'technical-min',
};

export interface BalanceTableRow extends LandUseRow {
  readonly check: RuleCheck | null;
}

export function balanceTableRows(balance: LandUseBalance): BalanceTableRow[] {
  return balance.rows.map((row) => {
    const rule = CATEGORY_RULE[row.category];
    return { ...row, check: balance.checks.find((c) => c.rule === rule) ?? null };
  });
}

/** Least fire separation between workshops, m (QCVN 06:2022/BXD Table E.2, not sprinklered). */
export const FIRE_SEPARATION_MIN_M = 9;

const isFireRule = (check: RuleCheck): boolean => check.reference.startsWith('QCVN 06');

/** The fire-safety checks: the engine's QCVN 06 checks and the fire separation the parameters keep. */
export function fireChecks(balance: LandUseBalance, parameters: LayoutParameters): RuleCheck[] {
  const separation: RuleCheck = {
    rule: 'fire-separation-min', reference: 'QCVN 06:2022/BXD Bảng E.2', comparison: 'min',
    required: FIRE_SEPARATION_MIN_M, actual: parameters.fireSeparationM, unit: 'm',
    pass: parameters.fireSeparationM >= FIRE_SEPARATION_MIN_M,
  };
  return [...balance.checks.filter(isFireRule), separation];
}

export const planningChecks = (balance: LandUseBalance): RuleCheck[] => balance.checks.filter((c) => !isFireRule(c));

export interface ChartBar {
  readonly check: RuleCheck;
  /** Bar length and threshold tick as fractions (0…1) of the 0–100 % axis. */
  readonly barFraction: number;
  readonly thresholdFraction: number;
}

/**
 * One bar per share rule (unit %), all on one 0–100 % axis so that lengths compare honestly (a 1 %
 * rule is a sliver; its figures are written beside it).
 */
export function chartBars(balance: LandUseBalance): ChartBar[] {
  const fraction = (percent: number) => Math.min(1, Math.max(0, percent / 100));
  return balance.checks.filter((c) => c.unit === '%').map((check) => (
    { check, barFraction: fraction(check.actual), thresholdFraction: fraction(check.required) }));
}

/** How many of all the checks pass (planning and fire), for the summary line. */
export function passCount(balance: LandUseBalance, parameters: LayoutParameters): { passed: number; total: number } {
  const all = [...planningChecks(balance), ...fireChecks(balance, parameters)];
  return { passed: all.filter((c) => c.pass).length, total: all.length };
}

/**
 * The land-use balance against the geometry: its rows are the areas of the features, its checks agree
 * with its rows, and a Table 2.6 share or the 2.5.2 strip that the geometry misses is REPORTED failing
 * (in the balance and in the warnings): the layout never claims a pass it does not have.
 */
import { shoelace } from './checker-measure';
import { DISTANCE_TOLERANCE_M, type CheckContext, type CheckRule } from './checker';

const sum = (list: readonly { polygon: Parameters<typeof shoelace>[0] }[]) => list.reduce((s, q) => s + shoelace(q.polygon), 0);

export function checkBalance(c: CheckContext): void {
  const { r } = c;
  const zoneM2 = shoelace([c.site.zone[0]]);
  const parking = sum(c.of('facility', (q) => q.use === 'parking'));
  const measured: Record<string, number> = {
    plots: sum(c.of('plot')),
    roads: sum(c.of('road')) + parking,
    green: sum(c.of('green', (q) => q.role !== 'kept')),
    technical: sum(c.of('facility')) - parking,
    kept: sum(c.of('green', (q) => q.role === 'kept')),
  };
  // Features are written on the 1 mm grid after the balance is summed: a few square decimetres apart.
  const allowed = Math.max(1, 2e-5 * zoneM2);
  if (Math.abs(r.landUse.zoneAreaM2 - zoneM2) > 0.1) c.add('balance-figures', `zone area ${r.landUse.zoneAreaM2} m² ≠ ${zoneM2.toFixed(1)} m²`);
  for (const row of r.landUse.rows) {
    const m2 = measured[row.category];
    if (m2 === undefined) continue;
    if (Math.abs(row.areaM2 - m2) > allowed) c.add('balance-figures', `${row.category}: balance ${row.areaM2} m², features ${m2.toFixed(1)} m²`);
    if (Math.abs(row.sharePercent - (100 * row.areaM2) / r.landUse.zoneAreaM2) > 0.01) c.add('balance-figures', `${row.category}: share ${row.sharePercent} % ≠ its area`);
  }
  for (const check of r.landUse.checks) {
    const pass = check.comparison === 'min' ? check.actual >= check.required : check.actual <= check.required;
    if (pass !== check.pass) c.add('balance-figures', `${check.rule}: actual ${check.actual} against ${check.required} says pass ${check.pass}`);
  }
  const share = (m2: number) => (100 * m2) / zoneM2;
  const reported = (rule: string) => r.landUse.checks.some((q) => q.rule === rule && !q.pass)
    && r.warnings.some((w) => w.code === 'land-use-rule-failed' && w.params?.rule === rule);
  const shares: [CheckRule, string, number, number][] = [
    ['traffic-share', 'traffic-min', share(measured.roads), 10],
    ['green-share', 'green-min', share(measured.green + measured.kept), 10],
    ['technical-share', 'technical-min', share(measured.technical), 1],
  ];
  // 0.01 point: the balance rounds its shares to two decimals.
  for (const [rule, balanceRule, actual, required] of shares) {
    if (actual < required - 0.01) c.add(rule, `${actual.toFixed(2)} % of the zone, Table 2.6 asks ≥ ${required} %`, reported(balanceRule));
  }
  // 2.5.2: a green strip ≥ 10 m round the whole industrial area (roads may cross it).
  const edge = c.outer.getExteriorRing();
  const built = [...c.of('plot'), ...c.of('facility')].filter((q) => q.g);
  const nearest = Math.min(Infinity, ...built.map((q) => q.g.distance(edge)));
  if (nearest < 10 - DISTANCE_TOLERANCE_M) c.add('isolation-strip', `built land ${nearest.toFixed(2)} m from the zone edge, 2.5.2 asks a 10 m strip`, reported('isolation-strip-min'));
}

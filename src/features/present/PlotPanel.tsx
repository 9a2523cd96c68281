/**
 * The plain-Vietnamese panel beside the map: plot code and area large, then frontage and depth, the
 * road, the envelope and setbacks, the neighbours, the price estimate (when a price is agreed) and
 * where the allocation stands.
 */
import type { PlotHolder } from '../../domain/plot-sheet/plot-allocation';
import type { PlotFacts } from '../../domain/plot-sheet/plot-facts';
import { formatAreaM2, formatLengthM, formatMoneyVnd } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { roadText } from './present-scene';

function statusText(t: (key: string, params?: Record<string, string | number>) => string, holder: PlotHolder | null): string {
  if (!holder) return t('present.status.free');
  return t(`present.status.${holder.allocation.status}`, { name: holder.entry?.name ?? '—' });
}

export function PlotPanel({ facts, holder }: { facts: PlotFacts; holder: PlotHolder | null | undefined }) {
  const { t, language } = useTranslation();
  const price = holder?.allocation.priceVndPerM2;
  const rows: [string, string, string][] = [
    ['frontage', t('present.frontage'), formatLengthM(facts.frontageM, language)],
    ['depth', t('present.depth'), formatLengthM(facts.depthM, language)],
    ['road', t('present.road'), facts.frontRoad ? roadText(t, language, facts.frontRoad.role, facts.frontRoad.widthM) : t('present.noRoad')],
    ...(facts.envelopeAreaM2 !== null ? [['envelope', t('present.envelope'), formatAreaM2(facts.envelopeAreaM2, language)] as [string, string, string]] : []),
    ['setbacks', t('present.setbacks'), t('present.setbacksValue', { front: formatLengthM(facts.frontSetbackM, language), rear: formatLengthM(facts.rearSetbackM, language) })],
    ['neighbours', t('present.neighbours'), facts.neighbours.length > 0 ? facts.neighbours.join(', ') : t('present.noNeighbours')],
    ...(typeof price === 'number' ? [['price', t('present.price'), formatMoneyVnd(price * facts.areaM2, language)] as [string, string, string]] : []),
    ...(holder !== undefined ? [['status', t('present.status'), statusText(t, holder)] as [string, string, string]] : []),
  ];
  return (
    <section className="present-facts" aria-labelledby="present-code">
      <h1 id="present-code" data-testid="present-code">{t('present.title', { code: facts.code })}</h1>
      <p className="present-area" data-testid="present-area">{formatAreaM2(facts.areaM2, language)}</p>
      <dl className="present-list">
        {rows.map(([id, term, value]) => (
          <div key={id} data-testid={`present-${id}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

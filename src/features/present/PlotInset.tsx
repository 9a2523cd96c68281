/**
 * The inset: where the plot lies in the zone, and where the zone lies against the village, so people
 * recognise the place. Two small SVG drawings in plane metres, north up; no map library needed.
 */
import type { ReactNode } from 'react';
import type { PlanePoint } from '../../geo/coordinates';
import type { LayoutResult } from '../../geo/layout';
import type { PlanePolygon } from '../../geo/plane-measure';
import { polygonsOf } from '../../domain/plot-sheet/plot-facts';
import type { ZoneSite } from '../../domain/site';
import type { ContextFeature } from '../../io/layers';
import { useTranslation } from '../../i18n/use-translation';

interface Box { minE: number; maxE: number; minN: number; maxN: number }

function boxOf(points: readonly PlanePoint[]): Box {
  const e = points.map((p) => p[0]);
  const n = points.map((p) => p[1]);
  return { minE: Math.min(...e), maxE: Math.max(...e), minN: Math.min(...n), maxN: Math.max(...n) };
}

const path = (polygon: PlanePolygon) =>
  polygon.map((ring) => `M${ring.map((p) => `${p[0].toFixed(1)},${(-p[1]).toFixed(1)}`).join('L')}Z`).join('');
const line = (points: readonly PlanePoint[]) => `M${points.map((p) => `${p[0].toFixed(1)},${(-p[1]).toFixed(1)}`).join('L')}`;

function Drawing({ box, label, children, testId }: { box: Box; label: string; children: ReactNode; testId: string }) {
  const pad = Math.max(box.maxE - box.minE, box.maxN - box.minN) * 0.06;
  const viewBox = `${box.minE - pad} ${-box.maxN - pad} ${box.maxE - box.minE + 2 * pad} ${box.maxN - box.minN + 2 * pad}`;
  return (
    <svg className="present-inset-drawing" viewBox={viewBox} role="img" aria-label={label} data-testid={testId} preserveAspectRatio="xMidYMid meet">
      {children}
    </svg>
  );
}

export function PlotInset({ layout, site, context, focus }: {
  layout: LayoutResult; site: ZoneSite; context: readonly ContextFeature[]; focus: PlanePolygon;
}) {
  const { t } = useTranslation();
  const zoneBox = boxOf(site.zone[0]);
  const villages = context.filter((f) => f.properties.kind === 'village').flatMap((f) => polygonsOf(f.geometry));
  const roads = context.filter((f) => f.properties.kind === 'road' && f.geometry.type === 'LineString');
  const wideBox = boxOf([...site.zone[0], ...villages.flatMap((v) => v[0])]);
  const unit = Math.max(zoneBox.maxE - zoneBox.minE, zoneBox.maxN - zoneBox.minN) / 100;
  const wideUnit = Math.max(wideBox.maxE - wideBox.minE, wideBox.maxN - wideBox.minN) / 100;
  const [focusE, focusN] = [(boxOf(focus[0]).minE + boxOf(focus[0]).maxE) / 2, (boxOf(focus[0]).minN + boxOf(focus[0]).maxN) / 2];
  return (
    <figure className="present-inset" aria-label={t('present.inset.label')}>
      <Drawing box={zoneBox} label={t('present.inset.label')} testId="present-inset-zone">
        <path d={path(site.zone)} fill="#f4efe6" stroke="#c0392b" strokeWidth={unit * 0.8} />
        {layout.features.filter((f) => f.properties.kind === 'road').map((f, i) => (
          polygonsOf(f.geometry).map((p, j) => <path key={`${i}-${j}`} d={path(p)} fill="#c9c5bd" />)
        ))}
        {layout.features.filter((f) => f.properties.kind === 'plot').map((f, i) => (
          polygonsOf(f.geometry).map((p, j) => <path key={`${i}-${j}`} d={path(p)} fill="#c8a2d6" stroke="#4a2a5a" strokeWidth={unit * 0.25} />)
        ))}
        <path d={path(focus)} fill="#ffd54a" stroke="#a3141c" strokeWidth={unit * 1.2} />
      </Drawing>
      <Drawing box={wideBox} label={t('present.inset.label')} testId="present-inset-village">
        {roads.map((f, i) => f.geometry.type === 'LineString' && (
          <path key={i} d={line(f.geometry.coordinates)} fill="none" stroke="#b5ada0" strokeWidth={wideUnit * 1.2} />
        ))}
        {villages.map((v, i) => <path key={i} d={path(v)} fill="#f6d5d5" stroke="#b0413e" strokeWidth={wideUnit * 0.4} />)}
        <path d={path(site.zone)} fill="#ffe9a8" stroke="#c0392b" strokeWidth={wideUnit * 0.8} />
        <circle cx={focusE} cy={-focusN} r={wideUnit * 2.2} fill="#a3141c" stroke="#ffffff" strokeWidth={wideUnit * 0.6} />
      </Drawing>
    </figure>
  );
}

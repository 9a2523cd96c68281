/**
 * Drawing a zone (vẽ khu): corners clicked on the map (snapping to parcel corners) or typed as VN-2000
 * X/Y, with live edge lengths and area in plane metres; typed lengths set an edge exactly; corners stay
 * editable (drag on the map, or type). The drawn zone opens as a new variant, as an imported one does;
 * editing the zone of a variant stores the new boundary in it (one undoable edit).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import { planeProjection, toXY, type PlanePoint } from '../../geo/coordinates';
import { drawnZoneProblems, drawnZoneSite, measureDrawnZone, openCorners } from '../../geo/drawn-zone';
import { withZoneBoundary } from '../../geo/zone-edges';
import { formatAreaM2, formatDecimal, formatHectares, formatLengthM, M2_PER_HECTARE } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import type { PlanMapTools, WgsPosition } from '../../map/plan-map-tools-adapter';
import { planSessionStores } from '../../state/plan-session';
import { createVariantFromDrawing, updateVariantZone } from '../../state/plan-zone-edits';
import { insertCorner, mergeMapCorners, parseCornerLines, removeCorner, setCornerXY, setDraftEdgeLength } from './zone-draft';

/** A new zone, or the boundary of variant `variantId` (the panel saves into the variant as stored then). */
export type DrawTarget = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly variantId: string; readonly site: ZoneSite };

/** "2306300,5" or "2306300.5" → 2306300.5 (spaces and non-breaking spaces ignored). */
const readNumber = (text: string): number => {
  const clean = text.replace(/[\s\u00A0]/g, '').replace(',', '.');
  return clean === '' ? Number.NaN : Number(clean);
};

/** A coordinate as typed into a field: no grouping, decimal comma in Vietnamese. */
const fieldText = (value: number, language: 'vi' | 'en', digits: number) => {
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return language === 'vi' ? text.replace('.', ',') : text;
};

export function ZoneDrawPanel({ tools, crs, snapPoints, target, variant, onClose }: {
  readonly tools: PlanMapTools | null;
  /** The open variant as stored now: an edit saves into it, so a parameter changed meanwhile is kept. */
  readonly variant: Variant | null;
  readonly crs: string;
  readonly snapPoints: readonly WgsPosition[];
  readonly target: DrawTarget;
  readonly onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const projection = useMemo(() => planeProjection(crs), [crs]);
  const initial = target.kind === 'edit' ? openCorners(target.site.zone[0]) : [];
  const [corners, setCorners] = useState<PlanePoint[]>(initial);
  const [closed, setClosed] = useState(target.kind === 'edit');
  const [pasteText, setPasteText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const held = useRef(corners);
  useEffect(() => { held.current = corners; });

  // The map session: clicks and drags report corners here (converted to the plane, kept exact).
  useEffect(() => {
    if (!tools) return;
    tools.startDrawing({
      snapPoints,
      onChange: (wgs, state) => {
        const fromMap = wgs.map((p) => projection.toPlane(p));
        setCorners(mergeMapCorners(held.current, fromMap));
        setClosed(state === 'closed');
      },
    });
    if (initial.length >= 3) tools.setDrawnCorners(initial.map((p) => projection.toLngLat(p)));
    return () => tools.stopDrawing();
    // The session starts once per panel; later corner edits go through setDrawnCorners.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [tools, snapPoints, projection]);

  /** A corner edit from the panel: held here, shown on the map as an editable closed ring. */
  const apply = (next: PlanePoint[] | null) => {
    if (!next) return;
    setCorners(next);
    if (next.length >= 3) {
      setClosed(true);
      tools?.setDrawnCorners(next.map((p) => projection.toLngLat(p)));
    }
  };

  const measures = measureDrawnZone(corners, closed || corners.length >= 3);
  const problems = corners.length >= 3 ? drawnZoneProblems(corners) : [];
  const canSave = closed && corners.length >= 3 && problems.length === 0 && !saving;

  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    const result = target.kind === 'new'
      ? await createVariantFromDrawing(drawnZoneSite(corners, crs, t('planDraw.drawnZoneName')), t)
      : variant && variant.id === target.variantId
        ? await updateVariantZone(variant, withZoneBoundary(variant.site ?? target.site, drawnZoneSite(corners, crs, target.site.name).zone), t)
        : { saved: false, message: '' };
    setSaving(false);
    if (result.saved) {
      if (target.kind === 'new') planSessionStores().view.getState().setTab('plots');
      onClose();
    }
  };

  const pasteCorners = () => {
    const read = parseCornerLines(pasteText);
    if ('badLines' in read) { setPasteError(t('planDraw.pasteBad', { lines: read.badLines.join(', ') })); return; }
    setPasteError(null);
    setPasteText('');
    apply(read.corners);
  };

  const cell = (value: number, onCommit: (n: number) => void, label: string, testId: string, digits = 3) => (
    <input
      key={`${testId}:${value}`} className="num" type="text" inputMode="decimal" aria-label={label} data-testid={testId}
      defaultValue={fieldText(value, language, digits)}
      onBlur={(event) => { const n = readNumber(event.target.value); if (Number.isFinite(n) && n !== value) onCommit(n); }}
      onKeyDown={(event) => { if (event.key === 'Enter') (event.target as HTMLInputElement).blur(); }}
    />
  );

  return (
    <section className="zone-draw" data-testid="zone-draw" aria-label={t('planDraw.title')}>
      <header>
        <h2>{t(target.kind === 'new' ? 'planDraw.title' : 'planDraw.editTitle')}</h2>
        <button type="button" onClick={onClose}>{t('planDraw.cancel')}</button>
      </header>
      <p className="zone-draw-help">{t(closed ? 'planDraw.helpClosed' : 'planDraw.help')}</p>
      <p className="zone-draw-measures" data-testid="zone-draw-measures" aria-live="polite">
        <span>{t('planDraw.area')}: <strong data-testid="zone-draw-area">{formatAreaM2(measures.areaM2, language)}</strong> ({formatHectares(measures.areaM2 / M2_PER_HECTARE, language, { maximumFractionDigits: 4 })})</span>
        <span>{t('planDraw.perimeter')}: {formatLengthM(measures.perimeterM, language)}</span>
        <span>{t('planDraw.cornerCount', { count: corners.length })}</span>
      </p>
      {problems.length > 0 && <p className="plan-problem" role="alert" data-testid="zone-draw-problem">{t(`planDraw.problem.${problems[0].kind}`)}</p>}
      {corners.length > 0 && (
        <table className="data-table zone-draw-corners" data-testid="zone-draw-corners">
          <thead>
            <tr><th>{t('planDraw.point')}</th><th>X (m)</th><th>Y (m)</th><th>{t('planDraw.edgeLength')}</th><th><span className="visually-hidden">{t('planDraw.actions')}</span></th></tr>
          </thead>
          <tbody>
            {corners.map((corner, i) => {
              const { x, y } = toXY(corner);
              const length = measures.edgeLengthsM[i];
              return (
                <tr key={i}>
                  <td>{i + 1}</td>
                  <td>{cell(x, (n) => apply(setCornerXY(corners, i, n, y)), t('planDraw.xOf', { n: i + 1 }), `zone-draw-x-${i}`)}</td>
                  <td>{cell(y, (n) => apply(setCornerXY(corners, i, x, n)), t('planDraw.yOf', { n: i + 1 }), `zone-draw-y-${i}`)}</td>
                  <td>{length === undefined ? '—' : cell(length, (n) => apply(setDraftEdgeLength(corners, i, n)), t('planDraw.lengthOf', { from: i + 1, to: (i + 1) % corners.length + 1 }), `zone-draw-length-${i}`, 2)}</td>
                  <td className="zone-draw-row-actions">
                    <button type="button" title={t('planDraw.insertAfter', { n: i + 1 })} aria-label={t('planDraw.insertAfter', { n: i + 1 })} onClick={() => apply(insertCorner(corners, i))}>+</button>
                    <button type="button" title={t('planDraw.remove', { n: i + 1 })} aria-label={t('planDraw.remove', { n: i + 1 })} disabled={corners.length <= 3} onClick={() => apply(removeCorner(corners, i))}>−</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <details className="zone-draw-paste">
        <summary>{t('planDraw.typeCorners')}</summary>
        <label>
          {t('planDraw.pasteLabel')}
          <textarea data-testid="zone-draw-paste" rows={5} value={pasteText} placeholder={t('planDraw.pastePlaceholder')} onChange={(e) => setPasteText(e.target.value)} />
        </label>
        {pasteError && <p className="plan-problem" role="alert">{pasteError}</p>}
        <button type="button" data-testid="zone-draw-paste-apply" onClick={pasteCorners} disabled={!pasteText.trim()}>{t('planDraw.pasteApply')}</button>
      </details>
      <p className="zone-draw-actions">
        <button type="button" className="primary" data-testid="zone-draw-save" disabled={!canSave} onClick={() => void save()}>
          {t(target.kind === 'new' ? 'planDraw.openAsVariant' : 'planDraw.saveZone')}
        </button>
        <small>{formatDecimal(measures.areaM2, language, 1)} m² · VN-2000 {crs}</small>
      </p>
    </section>
  );
}

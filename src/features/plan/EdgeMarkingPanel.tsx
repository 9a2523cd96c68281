/**
 * Marking the zone's edges (đánh dấu cạnh khu): where a file carried no roles, or for a drawn zone, the
 * planner clicks an edge on the map (or picks it in the list) and says what it faces — the public
 * road, homes, an accepted separation (a public road or canal the approving authority accepts instead
 * of the 2.5.2 strip, with the strip width kept there), or nothing. Each choice, and each width, is one
 * undoable edit of the variant's zone; the layout re-runs.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Variant } from '../../db/variants';
import type { ZoneSite } from '../../domain/site';
import { zoneEdges, type EdgeRole } from '../../geo/zone-edges';
import { formatLengthM } from '../../i18n/format';
import { parseUserNumber } from '../../i18n/parse-number';
import { formatNumber } from './plan-text';
import { useTranslation } from '../../i18n/use-translation';
import type { PlanMapTools } from '../../map/plan-map-tools-adapter';
import { TOOL_COLOURS } from '../../map/plan-map-tools-adapter';
import { markVariantEdge } from '../../state/plan-zone-edits';
import { zoneEdgesMapData } from './tool-map-data';
import { AccessRoadWidths } from './AccessRoadWidths';

const ROLES = ['access-road', 'residential', 'separation', 'none'] as const;
type RoleChoice = (typeof ROLES)[number];

export function EdgeMarkingPanel({ tools, variant, site, onClose }: {
  readonly tools: PlanMapTools | null;
  readonly variant: Variant;
  readonly site: ZoneSite;
  readonly onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const edges = useMemo(() => zoneEdges(site), [site]);
  const [chosen, setChosen] = useState<number | null>(null);

  useEffect(() => {
    if (!tools) return;
    tools.showZoneEdges(zoneEdgesMapData(site, (i, lengthM) => t('planEdges.mapLabel', { n: i + 1, length: formatLengthM(lengthM, language) })));
    const off = tools.onZoneEdgeClick((edge) => {
      setChosen(edge);
      document.querySelector<HTMLElement>(`[data-testid="edge-role-${edge}"] button[aria-pressed="true"]`)?.focus();
    });
    return () => { off(); tools.showZoneEdges(null); };
  }, [tools, site, t, language]);

  const mark = (index: number, role: RoleChoice, stripM = 0) => {
    setChosen(index);
    void markVariantEdge(variant, site, index, role === 'none' ? null : (role as EdgeRole), t, stripM);
  };
  const noRoad = !edges.some((e) => e.role === 'access-road' || e.fileRole === 'access-road');

  return (
    <section className="edge-marking" data-testid="edge-marking" aria-label={t('planEdges.title')}>
      <header>
        <h2>{t('planEdges.title')}</h2>
        <button type="button" onClick={onClose}>{t('planDraw.cancel')}</button>
      </header>
      <p className={noRoad ? 'plan-note' : 'zone-draw-help'}>{t(noRoad ? 'planEdges.needRoad' : 'planEdges.help')}</p>
      <p className="zone-draw-help">{t('stripEdges.note')}</p>
      <ul className="edge-legend">
        {ROLES.map((role) => (
          <li key={role}><span className="swatch line" style={{ background: TOOL_COLOURS.edge[role] }} />{t(`planEdges.role.${role}`)}</li>
        ))}
      </ul>
      <ol className="edge-list">
        {edges.map((edge) => {
          const current: RoleChoice = edge.role ?? 'none';
          return (
            <li key={edge.index} data-testid={`edge-role-${edge.index}`} data-role={current} className={chosen === edge.index ? 'chosen' : undefined}>
              <span className="edge-name">
                {t('planEdges.edge', { n: edge.index + 1, length: formatLengthM(edge.lengthM, language) })}
                {edge.role === null && edge.fileRole && (
                  <small className="edge-file-role" data-testid={`edge-file-role-${edge.index}`}>
                    {t(`planEdges.file.${edge.fileRole}`, { strip: formatLengthM(edge.stripM ?? 0, language) })}
                  </small>
                )}
              </span>
              <span className="segmented" role="group" aria-label={t('planEdges.edge', { n: edge.index + 1, length: formatLengthM(edge.lengthM, language) })}>
                {ROLES.map((role) => (
                  <button
                    key={role} type="button" aria-pressed={current === role} className={current === role ? 'active' : undefined}
                    data-testid={`edge-${edge.index}-${role}`} onClick={() => { if (current !== role) mark(edge.index, role); }}
                  >
                    {t(`planEdges.short.${role}`)}
                  </button>
                ))}
              </span>
              {edge.role === 'separation' && (
                <StripWidthField key={`${edge.index}-${edge.stripM}`} index={edge.index} stripM={edge.stripM ?? 0} onSave={(w) => mark(edge.index, 'separation', w)} />
              )}
            </li>
          );
        })}
      </ol>
      <AccessRoadWidths variant={variant} site={site} />
    </section>
  );
}

/** The strip width kept along a separation edge: typed in metres, saved as one undoable step. */
function StripWidthField({ index, stripM, onSave }: { readonly index: number; readonly stripM: number; readonly onSave: (stripM: number) => void }) {
  const { t, language } = useTranslation();
  const [text, setText] = useState(() => formatNumber(stripM, language));
  const value = parseUserNumber(text, language);
  const valid = value !== null && value >= 0 && value <= 200;
  const save = () => { if (valid && value !== stripM) onSave(value); };
  return (
    <span className="edge-strip">
      <label>
        {t('stripEdges.width')}
        <input
          type="text" inputMode="decimal" value={text} data-testid={`edge-${index}-strip`} aria-invalid={!valid}
          title={t('stripEdges.widthTitle', { n: index + 1 })}
          onChange={(e) => setText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') save(); }}
        />
      </label>
      <button type="button" data-testid={`edge-${index}-strip-apply`} disabled={!valid || value === stripM} onClick={save}>{t('stripEdges.apply')}</button>
      {!valid && <small className="plan-note" role="alert">{t('stripEdges.widthInvalid')}</small>}
    </span>
  );
}

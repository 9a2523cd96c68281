/**
 * The dialogs of the zone import: the errors of a refused file (what, then where), and the marking of
 * lines the file gives no role: each one a public road, an edge facing homes, or not used. A file with
 * no lines at all offers the zone's own edges instead, so that a bare boundary can still be laid out.
 */
import { useMemo, useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import type { PlanePoint } from '../../geo/coordinates';
import { formatDecimal } from '../../i18n/format';
import { describeImportIssue } from '../../i18n/messages/import';
import { useTranslation } from '../../i18n/use-translation';
// The assembler only, not the package index: the readers stay in their own on-demand chunk.
import { markLines, type ImportedZone, type UnmarkedLine } from '../../io/zone-import/assemble-zone';
import type { ZoneIssue } from '../../io/zone-import/zone-issues';

export function ZoneIssuesDialog({ file, errors, warnings, onClose }: {
  file: string; errors: readonly ZoneIssue[]; warnings: readonly ZoneIssue[]; onClose: () => void;
}) {
  const { t, language } = useTranslation();
  return (
    <ModalDialog titleId="zone-import-errors-title" onClose={onClose}>
      <div role="alert" data-testid="zone-import-errors">
        <h2 id="zone-import-errors-title">{t('zoneImport.errorsTitle', { file })}</h2>
        <p>{t('zoneImport.errorsIntro')}</p>
        <ul className="error">{errors.slice(0, 100).map((e, i) => <li key={i}>{describeImportIssue(e, t, language)}</li>)}</ul>
        {warnings.length > 0 && <ul>{warnings.slice(0, 100).map((w, i) => <li key={i}>{describeImportIssue(w, t, language)}</li>)}</ul>}
        <div className="button-row end">
          <button type="button" className="primary" onClick={onClose}>{t('zoneImport.close')}</button>
        </div>
      </div>
    </ModalDialog>
  );
}

type Mark = 'access-road' | 'residential' | null;

const lengthOf = (line: readonly PlanePoint[]) => line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - line[i][0], p[1] - line[i][1]), 0);

/** The zone's outer edges as lines to mark, when the file has no lines of its own. */
function zoneEdges(zone: ImportedZone): UnmarkedLine[] {
  const ring = zone.site.zone[0];
  return ring.slice(1).map((p, i) => ({ at: {}, name: '', line: [ring[i], p] }));
}

export function ZoneMarkingDialog({ file, zone, onApply, onClose }: {
  file: string; zone: ImportedZone; onApply: (marked: ImportedZone) => void; onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const edgesOnly = zone.unmarkedLines.length === 0;
  const candidates = useMemo(() => (edgesOnly ? { ...zone, unmarkedLines: zoneEdges(zone) } : zone), [zone, edgesOnly]);
  const [marks, setMarks] = useState<Mark[]>(() => candidates.unmarkedLines.map(() => null));
  const marked = markLines(candidates, marks);
  return (
    <ModalDialog titleId="zone-marking-title" onClose={onClose}>
      <div data-testid="zone-marking">
        <h2 id="zone-marking-title">{t('zoneImport.markTitle', { file })}</h2>
        <p>{t('zoneImport.markIntro')}</p>
        <ol className="zone-marking-list">
          {candidates.unmarkedLines.map((line, i) => (
            <li key={i} data-testid="zone-marking-line">
              <span>{t(edgesOnly ? 'zoneImport.markZoneEdge' : 'zoneImport.markLine', {
                n: i + 1, name: line.name ? ` “${line.name}”` : '', lengthM: formatDecimal(lengthOf(line.line), language, 1),
              })}</span>
              <span className="button-row" role="group">
                {(['access-road', 'residential', null] as const).map((mark) => (
                  <button key={String(mark)} type="button" aria-pressed={marks[i] === mark}
                    className={marks[i] === mark ? 'primary' : 'ghost'}
                    onClick={() => setMarks((m) => m.map((v, k) => (k === i ? mark : v)))}>
                    {t(mark === 'access-road' ? 'zoneImport.markRoad' : mark === 'residential' ? 'zoneImport.markHomes' : 'zoneImport.markNone')}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ol>
        {marked.needsMarking && <p className="warning" role="status">{t('zoneImport.markNeedRoad')}</p>}
        <div className="button-row end">
          <button type="button" className="ghost" onClick={onClose}>{t('settings.cancel')}</button>
          <button type="button" className="primary" disabled={marked.needsMarking} onClick={() => onApply(marked)}>{t('zoneImport.markApply')}</button>
        </div>
      </div>
    </ModalDialog>
  );
}

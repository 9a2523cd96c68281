/**
 * The "Open zone…" control of #/plan: a button over an <input type="file"> taking every zone format.
 * A file whose roles are marked is laid out as soon as it is chosen; one with unmarked lines opens the
 * marking dialog; one with errors lists them (file, feature, row) and changes nothing. The readers are
 * loaded on demand, so the workspace's first load does not carry them.
 */
import { useRef, useState } from 'react';
import { useSetting } from '../../db/use-setting';
import { describeImportIssue } from '../../i18n/messages/import';
import { useTranslation } from '../../i18n/use-translation';
import type { ImportedZone } from '../../io/zone-import/assemble-zone';
import type { ZoneIssue } from '../../io/zone-import/zone-issues';
import { openImportedZone } from './open-imported-zone';
import { ZoneIssuesDialog, ZoneMarkingDialog } from './ZoneImportDialogs';
import './ZoneImport.css';

/** Kept in step with ZONE_FILE_ACCEPT of src/io/zone-import (not imported, so the readers stay lazy). */
const ACCEPT = '.geojson,.json,.kml,.kmz,.dxf,.zip,.csv';

type Shown =
  | { kind: 'none' }
  | { kind: 'errors'; file: string; errors: readonly ZoneIssue[]; warnings: readonly ZoneIssue[] }
  | { kind: 'marking'; file: string; zone: ImportedZone; warnings: readonly ZoneIssue[] };

/** `ready`: the workspace and its map data are there, so an imported zone can open as a variant. */
export function ZoneImportControl({ ready }: { ready: boolean }) {
  const { t, language } = useTranslation();
  const planeCrs = useSetting('planeCrs');
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown>({ kind: 'none' });
  const [warnings, setWarnings] = useState<{ file: string; list: readonly ZoneIssue[] } | null>(null);

  const open = async (file: string, zone: ImportedZone, fileWarnings: readonly ZoneIssue[]) => {
    if (!ready) return;
    // A new variant: its notice says so and offers Hoàn tác; a failed write says why (commitEdit).
    if (!(await openImportedZone(zone.site, file, t))) return;
    setWarnings(fileWarnings.length > 0 ? { file, list: fileWarnings.filter((w) => w.code !== 'zone-roles-unmarked') } : null);
  };

  const choose = async (picked: File) => {
    setReading(picked.name);
    setWarnings(null);
    try {
      const [{ readZoneFile }, buffer] = await Promise.all([import('../../io/zone-import'), picked.arrayBuffer()]);
      const result = await readZoneFile({ name: picked.name, bytes: new Uint8Array(buffer) }, { planeCrs });
      if (!result.ok) setShown({ kind: 'errors', file: picked.name, errors: result.errors, warnings: result.warnings });
      else if (result.value.needsMarking) setShown({ kind: 'marking', file: picked.name, zone: result.value, warnings: result.warnings });
      else void open(picked.name, result.value, result.warnings);
    } finally {
      setReading(null);
    }
  };

  return (
    <>
      <button type="button" data-testid="plan-import" title={t('zoneImport.openHint')} disabled={!ready || reading !== null}
        onClick={() => input.current?.click()}>
        {reading !== null ? t('zoneImport.reading', { file: reading }) : t('zoneImport.open')}
      </button>
      <input ref={input} type="file" accept={ACCEPT} hidden data-testid="plan-import-file" aria-label={t('zoneImport.open')}
        onChange={(event) => {
          const picked = event.currentTarget.files?.[0];
          // The same file chosen again after a fix must fire a change again.
          event.currentTarget.value = '';
          if (picked) void choose(picked);
        }} />
      {warnings && warnings.list.length > 0 && (
        <details className="zone-import-warnings" data-testid="zone-import-warnings" open>
          <summary>{t('zoneImport.warningsTitle', { file: warnings.file })}</summary>
          <ul>{warnings.list.map((w, i) => <li key={i}>{describeImportIssue(w, t, language)}</li>)}</ul>
          <button type="button" className="ghost" onClick={() => setWarnings(null)}>{t('zoneImport.close')}</button>
        </details>
      )}
      {shown.kind === 'errors' && <ZoneIssuesDialog file={shown.file} errors={shown.errors} warnings={shown.warnings} onClose={() => setShown({ kind: 'none' })} />}
      {shown.kind === 'marking' && (
        <ZoneMarkingDialog file={shown.file} zone={shown.zone} onClose={() => setShown({ kind: 'none' })}
          onApply={(marked) => {
            setShown({ kind: 'none' });
            void open(shown.file, marked, shown.warnings);
          }} />
      )}
    </>
  );
}

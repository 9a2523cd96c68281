/**
 * Opening a user's own parcel layer in place of the demo: file → (coordinate system) → (field
 * mapping) → preview → replace. The file is validated whole at each step; nothing is written until
 * the user confirms a valid preview, and then in one transaction.
 */
import { useState } from 'react';
import '../../i18n/import-dialog-messages';
import { ModalDialog } from '../../app/ModalDialog';
import { database } from '../../db/database';
import { replaceParcelLayerEdit } from '../../db/parcel-layers';
import { rememberedFieldMapping } from '../../db/restore-field-mapping';
import { commitEdit } from '../../state/commit';
import { vn2000CrsId, WGS84, parseCrs } from '../../geo/coordinates';
import { multiPolygonAreaM2 } from '../../geo/plane-measure';
import { formatAreaM2, formatMeridian } from '../../i18n/format';
import { useSetting } from '../../db/use-setting';
import { describeImportIssue } from '../../i18n/messages/import';
import { useTranslation } from '../../i18n/use-translation';
import {
  importParcelFile, MAPPING_TARGETS, type FieldMapping, type ImportFile, type ImportParcelResult, type MappingTarget,
} from '../../io/parcel-import';
import { FilePicker } from './FilePicker';
import { formatSampleValue } from './sample-values';

const CORNER_TARGETS: readonly MappingTarget[] = ['cornerNo', 'x', 'y'];

/** Remembered mappings are keyed by the file's field names, sorted: the same export gives the same key. */
export const mappingSignature = (fieldNames: readonly string[]): string => [...fieldNames].sort().join('|');

function crsLabel(crs: string, wgs84Label: string): string {
  const parsed = parseCrs(crs);
  return parsed.kind === 'geographic' ? wgs84Label : `VN-2000 ${formatMeridian(parsed.meridianDeg)} (${vn2000CrsId(parsed.meridianDeg)})`;
}

export default function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, language } = useTranslation();
  const planeCrs = useSetting('planeCrs');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [reading, setReading] = useState(false);
  const [sourceCrs, setSourceCrs] = useState<string | null>(null);
  const [mapping, setMapping] = useState<FieldMapping | null>(null);
  const [result, setResult] = useState<ImportParcelResult | null>(null);
  const [crsChoice, setCrsChoice] = useState<string>(planeCrs);
  const [mappingDraft, setMappingDraft] = useState<FieldMapping | null>(null);
  /** The source field names the confirmed mapping was made for. */
  const [mappedFields, setMappedFields] = useState<string[] | null>(null);


  const run = async (input: ImportFile, options: { sourceCrs: string | null; mapping: FieldMapping | null }) => {
    setReading(true);
    // Let the "reading" state paint before a large file blocks the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const next = importParcelFile(input, {
      planeCrs,
      ...(options.sourceCrs ? { sourceCrs: options.sourceCrs } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    });
    if (next.kind === 'needs-crs') setCrsChoice(next.suggestion ?? planeCrs);
    if (next.kind === 'needs-mapping') {
      // Checked on the way in (src/db/restore-field-mapping.ts); what it lacks comes from the suggestion.
      const remembered = await rememberedFieldMapping(database(), mappingSignature(next.fields.map((f) => f.name)));
      setMappingDraft(remembered ? { ...next.suggestion, ...remembered } : next.suggestion);
    }
    setResult(next);
    setReading(false);
  };

  const chooseFile = async (picked: File | undefined) => {
    if (!picked) return;
    const input = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
    setFile(input);
    // The result shown belongs to the previous file until this one is read: never save it under this name.
    setResult(null);
    setSourceCrs(null);
    setMapping(null);
    setMappedFields(null);
    await run(input, { sourceCrs: null, mapping: null });
  };

  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const replace = async () => {
    if (!file || result?.kind !== 'ok' || saving) return;
    setSaving(true);
    try {
      // Remember the mapping only when the user confirmed one: it is keyed by the file's field names.
      const remembered = mappedFields && mapping ? { signature: mappingSignature(mappedFields), mapping: { ...mapping } } : null;
      const edit = replaceParcelLayerEdit(result.layer, file.name, remembered, new Date().toISOString());
      // The dialog closes only once saved: on failure it says why and the preview stays.
      const committed = await commitEdit(edit, t);
      if (committed.saved) onClose();
      else setSaveError(committed.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <ModalDialog titleId="import-title" className="import-dialog" onClose={onClose}>
      <div>
        <h2 id="import-title">{t('importDialog.title')}</h2>
        <p className="help">{t('importDialog.intro')}</p>
        <p className="help">{t('importDialog.dgnHelp')}</p>
        <FilePicker
          buttonLabel={file ? t('importDialog.chooseOtherFile') : t('importDialog.chooseFile')}
          fileName={file?.name ?? null}
          noFileText={t('importDialog.noFile')}
          accept=".geojson,.json,.zip,.csv,.txt,.dgn"
          disabled={saving}
          onChoose={(picked) => void chooseFile(picked)}
        />
        {file && reading && <p role="status">{t('importDialog.reading', { file: file.name })}</p>}

        {!reading && file && result?.kind === 'needs-crs' && (
          <section data-testid="import-crs">
            <h3>{t('importDialog.crsTitle')}</h3>
            <p className="help">{t('importDialog.crsHelp')}</p>
            <select value={crsChoice} onChange={(e) => setCrsChoice(e.target.value)} aria-label={t('importDialog.crsTitle')}>
              {result.choices.map((c) => <option key={c} value={c}>{crsLabel(c, t('importDialog.crsWgs84'))}</option>)}
            </select>
            <div className="button-row end">
              <button type="button" className="primary" data-testid="import-continue" onClick={() => { setSourceCrs(crsChoice); void run(file, { sourceCrs: crsChoice, mapping }); }}>
                {t('importDialog.continue')}
              </button>
            </div>
          </section>
        )}

        {!reading && file && result?.kind === 'needs-mapping' && mappingDraft && (
          <section data-testid="import-mapping">
            <h3>{t('importDialog.mappingTitle')}</h3>
            <p className="help">{t('importDialog.mappingHelp')}</p>
            <table className="mapping-table">
              <tbody>
                {/* Corner columns only for a corner table (its suggestion has them): not for a CSV of WKT polygons. */}
                {MAPPING_TARGETS.filter((target) => target in result.suggestion || !CORNER_TARGETS.includes(target)).map((target) => (
                  <tr key={target}>
                    <th scope="row">{t(`importDialog.target.${target}`)}</th>
                    <td>
                      <select
                        value={mappingDraft[target] ?? ''}
                        onChange={(e) => setMappingDraft({ ...mappingDraft, [target]: e.target.value || null })}
                        aria-label={t(`importDialog.target.${target}`)}
                        data-testid={`import-map-${target}`}
                      >
                        <option value="">{t('importDialog.mappingNone')}</option>
                        {result.fields.map((f) => (
                          <option key={f.name} value={f.name}>
                            {f.name}{f.samples.length ? ` — ${t('importDialog.samples', { samples: f.samples.map((v) => formatSampleValue(v, language)).join('; ') })}` : ''}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="button-row end">
              <button
                type="button"
                className="primary"
                data-testid="import-continue"
                onClick={() => {
                  setMapping(mappingDraft);
                  setMappedFields(result.fields.map((f) => f.name));
                  void run(file, { sourceCrs: sourceCrs ?? result.sourceCrs, mapping: mappingDraft });
                }}
              >
                {t('importDialog.continue')}
              </button>
            </div>
          </section>
        )}

        {!reading && result?.kind === 'error' && (
          <section className="import-errors" role="alert" data-testid="import-errors">
            <h3 className="error">{t('importDialog.errorsTitle', { count: result.errors.length })}</h3>
            <ul>{result.errors.slice(0, 100).map((e, i) => <li key={i}>{describeImportIssue(e, t, language)}</li>)}</ul>
            {mapping && <button type="button" onClick={() => file && void run(file, { sourceCrs, mapping: null })}>{t('importDialog.back')}</button>}
          </section>
        )}

        {!reading && result && result.kind !== 'error' && result.warnings.length > 0 && (
          // Open at once when the coordinates are too coarse: that warning is about every area of the layer.
          <details className="import-warnings" open={result.warnings.some((w) => w.code === 'coordinates-too-coarse')}>
            <summary className="warning">{t('importDialog.warningsTitle', { count: result.warnings.length })}</summary>
            <ul>{result.warnings.slice(0, 100).map((w, i) => <li key={i}>{describeImportIssue(w, t, language)}</li>)}</ul>
          </details>
        )}

        {!reading && result?.kind === 'ok' && (
          <section>
            <h3>{t('importDialog.previewTitle')}</h3>
            <p data-testid="import-summary">
              {t('importDialog.previewSummary', {
                count: result.layer.parcels.length,
                area: formatAreaM2(multiPolygonAreaM2(result.layer.parcels.map((p) => p.polygon)), language),
                crs: crsLabel(result.sourceCrs ?? WGS84, t('importDialog.crsWgs84')),
              })}
            </p>
          </section>
        )}

        {saveError && <p className="error" role="alert" data-testid="import-save-error">{saveError}</p>}
        <div className="button-row end">
          <button type="button" className="ghost" onClick={onClose}>{t('importDialog.cancel')}</button>
          <button type="button" className="primary" data-testid="import-replace" disabled={reading || saving || result?.kind !== 'ok'} onClick={() => void replace()}>
            {t('importDialog.replace')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

/**
 * Field data out and in: exports (GeoJSON in VN-2000 or WGS84, CSV with both, and the file the office
 * copy merges), the merge of another device's file (validated whole; adds, never overwrites, and says
 * what it added), and field mode's settings.
 */
import { useState } from 'react';
import { downloadFile } from '../../app/download';
import { database } from '../../db/database';
import { allFieldRecords, mergeFieldChecksEdit, planFieldMerge } from '../../db/field-checks';
import { writeFieldBackup, writeFieldChecksCsv, writeFieldChecksGeoJson } from '../../io/field-export';
import { readFieldFile, type FieldFileIssue } from '../../io/field-merge';
import { parseUserNumber } from '../../i18n/parse-number';
import { useTranslation } from '../../i18n/use-translation';
import { commitEdit } from '../../state/commit';
import { useFieldSession } from '../../state/field-session';

type MergeReport = { tone: 'ok' | 'error'; text: string; issues?: string[] };

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

export function DataPanel({ planeCrs }: { planeCrs: string }) {
  const { t, language } = useTranslation();
  const threshold = useFieldSession((s) => s.accuracyThresholdM);
  const seconds = useFieldSession((s) => s.averagingSeconds);
  const sunlight = useFieldSession((s) => s.sunlight);
  const [message, setMessage] = useState<string | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);

  const exportAs = async (format: 'geojson-plane' | 'geojson-wgs84' | 'csv' | 'backup') => {
    const { checks, photos } = await allFieldRecords(database());
    if (checks.length === 0) { setMessage(t('field.export.empty')); return; }
    setMessage(null);
    if (format === 'csv') {
      const counts = new Map<string, number>();
      for (const photo of photos) counts.set(photo.checkId, (counts.get(photo.checkId) ?? 0) + 1);
      downloadFile(writeFieldChecksCsv(checks, { planeCrs, photoCounts: counts }), `phanlo-kiem-tra-${stamp()}.csv`, 'text/csv;charset=utf-8');
    } else if (format === 'backup') {
      downloadFile(await writeFieldBackup(checks, photos, new Date()), `phanlo-hien-truong-${stamp()}.json`, 'application/json');
    } else {
      const crs = format === 'geojson-plane' ? 'plane' : 'wgs84';
      downloadFile(writeFieldChecksGeoJson(checks, { planeCrs, crs }), `phanlo-kiem-tra-${crs === 'plane' ? 'vn2000' : 'wgs84'}-${stamp()}.geojson`, 'application/geo+json');
    }
  };

  const issueText = (issue: FieldFileIssue) => t(`field.merge.issue.${issue.code}`, { row: issue.row ?? '', field: issue.field ?? '', ...issue.params });

  const merge = async (file: File | undefined) => {
    if (!file) return;
    const read = readFieldFile(await file.text(), file.name);
    if (!read.ok) {
      setReport({ tone: 'error', text: t('field.merge.failed', { file: file.name }), issues: read.errors.slice(0, 20).map(issueText) });
      return;
    }
    const plan = await planFieldMerge(database(), read.value.checks, read.value.photos);
    if (plan.checks.length === 0) { setReport({ tone: 'ok', text: t('field.merge.nothing', { file: file.name, skipped: plan.skippedChecks }) }); return; }
    const result = await commitEdit(mergeFieldChecksEdit(plan, file.name), t);
    // What was added, one line a check (plot, corner, finding, who), so the office sees what came in.
    const added = plan.checks.slice(0, 50).map((check) => [
      check.plotCode, check.cornerNo === null ? t('field.list.wholePlot') : t('field.list.corner', { no: check.cornerNo }),
      t(`field.kind.${check.kind}`), check.by.name || t('field.profile.default'),
    ].join(' · '));
    setReport(result.saved
      ? { tone: 'ok', text: t('field.merge.added', { count: plan.checks.length, photos: plan.photos.length, file: file.name, skipped: plan.skippedChecks }), issues: added }
      : { tone: 'error', text: result.message });
  };

  const setNumber = (key: 'accuracyThresholdM' | 'averagingSeconds', text: string) => {
    const value = parseUserNumber(text, language);
    if (value !== null && value > 0 && value <= (key === 'averagingSeconds' ? 600 : 1000)) useFieldSession.getState().setPreferences({ [key]: value });
  };

  return (
    <section className="field-data">
      <h3>{t('field.export.title')}</h3>
      <div className="button-row">
        <button type="button" data-testid="field-export-geojson-plane" onClick={() => void exportAs('geojson-plane')}>{t('field.export.geojsonPlane')}</button>
        <button type="button" data-testid="field-export-geojson-wgs84" onClick={() => void exportAs('geojson-wgs84')}>{t('field.export.geojsonWgs84')}</button>
        <button type="button" data-testid="field-export-csv" onClick={() => void exportAs('csv')}>{t('field.export.csv')}</button>
        <button type="button" data-testid="field-export-backup" onClick={() => void exportAs('backup')}>{t('field.export.backup')}</button>
      </div>
      {message && <p className="help">{message}</p>}
      <h3>{t('field.merge.title')}</h3>
      <p className="help">{t('field.merge.help')}</p>
      <label className="field-photo-button">
        {t('field.merge.file')}
        <input type="file" accept=".json,application/json" data-testid="field-merge-file" onChange={(e) => { void merge(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      {report && (
        <div data-testid="field-merge-report" className={report.tone === 'error' ? 'error' : ''} role={report.tone === 'error' ? 'alert' : 'status'}>
          <p>{report.text}</p>
          {report.issues && <ul>{report.issues.map((issue, i) => <li key={i}>{issue}</li>)}</ul>}
        </div>
      )}
      <h3>{t('field.settings.title')}</h3>
      <label className="field-setting">{t('field.settings.threshold')}
        <input inputMode="decimal" data-testid="field-threshold" defaultValue={String(threshold).replace('.', language === 'vi' ? ',' : '.')} onChange={(e) => setNumber('accuracyThresholdM', e.target.value)} />
      </label>
      <label className="field-setting">{t('field.settings.seconds')}
        <input inputMode="numeric" data-testid="field-seconds" defaultValue={String(seconds)} onChange={(e) => setNumber('averagingSeconds', e.target.value)} />
      </label>
      <label className="field-toggle">
        <input type="checkbox" checked={sunlight} data-testid="field-sunlight" onChange={(e) => useFieldSession.getState().setPreferences({ sunlight: e.target.checked })} />
        {t('field.settings.sunlight')}
      </label>
    </section>
  );
}

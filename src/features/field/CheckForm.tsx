/**
 * Recording a field check of a corner or a whole plot: the finding, the measured position (averaged,
 * current or none) with its accuracy, the offset from the planned corner (centimetres at 5 cm accuracy
 * or better, otherwise indicative), a note, photos from the camera (resized before they are stored), and
 * for a built workshop its corners against the plot's buildable envelope. Saved in one transaction.
 */
import { useEffect, useMemo, useState } from 'react';
import { database } from '../../db/database';
import { deviceId } from '../../db/device-id';
import { recordFieldCheckEdit, type FieldCheck, type FieldPhoto } from '../../db/field-checks';
import type { MeasuredPosition } from '../../db/field-rows';
import { getSetting } from '../../db/settings';
import type { PlanePoint } from '../../geo/coordinates';
import { checkBuilding, cornerOffset, type AveragedFix } from '../../domain/field';
import { formatAreaM2, formatLengthM } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { commitEdit } from '../../state/commit';
import { useFieldSession, type FieldPosition } from '../../state/field-session';
import type { FieldData } from './field-data';
import { resizePhoto, type ResizedPhoto } from './resize-photo';

const CORNER_KINDS = ['marker-found', 'marker-missing', 'marker-moved', 'marker-placed'] as const;
const PLOT_KINDS = ['plot', 'building'] as const;
type Kind = FieldCheck['kind'];
type Source = 'averaged' | 'current' | 'none';

export interface CheckFormProps {
  readonly data: FieldData;
  readonly variantId: string;
  readonly plotCode: string;
  readonly cornerNo: number | null;
  readonly planned: PlanePoint | null;
  readonly averaged: AveragedFix | null;
  readonly current: FieldPosition | null;
  readonly onClose: () => void;
}

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);

const measured = (position: FieldPosition): MeasuredPosition =>
  ({ easting: position.point[0], northing: position.point[1], accuracyM: position.accuracyM, source: position.source });

export function CheckForm({ data, variantId, plotCode, cornerNo, planned, averaged, current, onClose }: CheckFormProps) {
  const { t, language } = useTranslation();
  const kinds: readonly Kind[] = cornerNo === null ? PLOT_KINDS : CORNER_KINDS;
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [source, setSource] = useState<Source>(averaged ? 'averaged' : current ? 'current' : 'none');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<(ResizedPhoto & { at: string })[]>([]);
  const [building, setBuilding] = useState<FieldPosition[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A form with input is a measurement under way: no app update reloads under it.
  useEffect(() => {
    useFieldSession.getState().setRecording(true);
    return () => useFieldSession.getState().setRecording(false);
  }, []);

  const position: MeasuredPosition | null = kind === 'marker-missing' || kind === 'building' ? null
    : source === 'averaged' && averaged
      ? { easting: averaged.point[0], northing: averaged.point[1], accuracyM: averaged.accuracyM, source: 'averaged', fixes: averaged.fixes, spreadM: averaged.spreadM }
      : source === 'current' && current ? measured(current) : null;
  const offset = position && planned ? cornerOffset([position.easting, position.northing] as unknown as PlanePoint, planned, position.accuracyM) : null;
  const envelopes = useMemo(() => data.envelopes.get(plotCode) ?? [], [data, plotCode]);
  const buildingCheck = useMemo(
    () => (building.length >= 3 && envelopes.length ? checkBuilding(building.map((b) => b.point), envelopes) : null),
    [building, envelopes],
  );

  const addPhotos = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      try {
        const resized = await resizePhoto(file);
        setPhotos((list) => [...list, { ...resized, at: new Date().toISOString() }]);
      } catch {
        setError(t('field.check.photoFailed', { name: file.name }));
      }
    }
  };

  const save = async () => {
    if (kind === 'building' && building.length < 3) return setError(t('field.building.needCorners'));
    setSaving(true);
    const db = database();
    const profile = await getSetting(db, 'profile');
    const check: FieldCheck = {
      id: newId(), variantId, plotCode, cornerNo, kind, position,
      planned: planned ? { easting: planned[0], northing: planned[1] } : null,
      ...(kind === 'building' ? { buildingCorners: building.map(measured) } : {}),
      note: note.trim() || null, at: new Date().toISOString(),
      // No name set: stored empty, and said as the default name in the reader's language where shown.
      by: { name: profile.name ?? '', role: profile.role }, deviceId: await deviceId(db),
    };
    const rows: FieldPhoto[] = photos.map((photo) => ({ id: newId(), checkId: check.id, blob: photo.blob, width: photo.width, height: photo.height, at: photo.at }));
    const result = await commitEdit(recordFieldCheckEdit(check, rows), t);
    setSaving(false);
    if (result.saved) onClose();
    else setError(result.message);
  };

  return (
    <form className="field-form" data-testid="check-form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <h3>{cornerNo === null ? t('field.check.title', { plot: plotCode }) : t('field.check.titleCorner', { no: cornerNo, plot: plotCode })}</h3>
      <fieldset className="field-choice">
        <legend>{t('field.check.kind')}</legend>
        {kinds.map((value) => (
          <label key={value}>
            <input type="radio" name="check-kind" value={value} checked={kind === value} data-testid={`check-kind-${value}`} onChange={() => setKind(value)} />
            {t(`field.kind.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind !== 'marker-missing' && kind !== 'building' && (
        <fieldset className="field-choice">
          <legend>{t('field.check.position')}</legend>
          {averaged && <label><input type="radio" name="check-source" checked={source === 'averaged'} data-testid="check-source-averaged" onChange={() => setSource('averaged')} />{t('field.check.useAveraged')}</label>}
          {current && <label><input type="radio" name="check-source" checked={source === 'current'} data-testid="check-source-current" onChange={() => setSource('current')} />{t('field.check.useCurrent')}</label>}
          <label><input type="radio" name="check-source" checked={source === 'none'} onChange={() => setSource('none')} />{t('field.check.noPositionUsed')}</label>
        </fieldset>
      )}
      {offset && (
        <p data-testid="check-offset" data-cm={offset.distanceCm} data-indicative={offset.indicative}>
          {offset.indicative
            ? t('field.check.offsetIndicative', { value: formatLengthM(offset.distanceM, language) })
            : t('field.check.offset', { value: `${offset.distanceCm} cm` })}
        </p>
      )}
      {kind === 'building' && (
        <div className="field-building">
          <p>{t('field.building.corners', { count: building.length })}</p>
          <div className="button-row">
            <button type="button" data-testid="building-add-corner" disabled={!current} onClick={() => current && setBuilding((list) => [...list, current])}>{t('field.building.addCorner')}</button>
            <button type="button" onClick={() => setBuilding([])}>{t('field.building.clear')}</button>
          </div>
          {envelopes.length === 0 && <p className="warning">{t('field.building.noEnvelope')}</p>}
          {buildingCheck && (buildingCheck.withinEnvelope
            ? <p data-testid="building-result" data-outside="0">{t('field.building.within')}</p>
            : (
              <div data-testid="building-result" data-outside={buildingCheck.maxOutsideM}>
                <p className="warning">{t('field.building.outside', { area: formatAreaM2(buildingCheck.outsideAreaM2, language), distance: formatLengthM(buildingCheck.maxOutsideM, language) })}</p>
                <ul>{buildingCheck.corners.filter((c) => c.outsideM > 0).map((c) => <li key={c.cornerNo}>{t('field.building.corner', { no: c.cornerNo, distance: formatLengthM(c.outsideM, language) })}</li>)}</ul>
              </div>
            ))}
        </div>
      )}
      <label>{t('field.check.note')}<textarea data-testid="check-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} /></label>
      <label className="field-photo-button">
        {t('field.check.addPhoto')}
        <input type="file" accept="image/*" capture="environment" multiple data-testid="check-photo" onChange={(e) => { void addPhotos(e.target.files); e.target.value = ''; }} />
      </label>
      {photos.length > 0 && <p data-testid="check-photo-count">{t('field.check.photoCount', { count: photos.length })}</p>}
      {error && <p className="error" role="alert">{error}</p>}
      <div className="button-row">
        <button type="submit" className="primary" data-testid="check-save" disabled={saving}>{t('field.check.save')}</button>
        <button type="button" onClick={onClose}>{t('field.check.cancel')}</button>
      </div>
    </form>
  );
}

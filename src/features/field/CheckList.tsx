/**
 * The checks recorded for the approved variant, per plot, newest first within each corner: the history
 * of every marker as it was found, moved, replaced. Removing one goes through the same undo.
 */
import { useLiveQuery } from '../../db/live-query';
import { database } from '../../db/database';
import { fieldChecksOfVariant, photoCountsOf, removeFieldCheckEdit, type FieldCheck } from '../../db/field-checks';
import { offsetOf } from '../../io/field-export';
import { formatDate, formatLengthM } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { commitEdit } from '../../state/commit';
import { CheckPhotos } from './CheckPhotos';

export function CheckList({ variantId, onlyPlot }: { variantId: string; onlyPlot: string | null }) {
  const { t, language } = useTranslation();
  const checks = useLiveQuery(() => fieldChecksOfVariant(database(), variantId), [variantId]);
  const photoIds = useLiveQuery(async () => (checks ? photoCountsOf(database(), checks.map((c) => c.id)) : new Map<string, string[]>()), [checks]);
  if (!checks) return <p className="loading">{t('loading.data')}</p>;
  const shown = onlyPlot ? checks.filter((c) => c.plotCode === onlyPlot) : checks;
  if (shown.length === 0) return <p className="empty-state" data-testid="check-list-empty">{t('field.list.empty')}</p>;
  const byPlot = new Map<string, FieldCheck[]>();
  for (const check of shown) byPlot.set(check.plotCode, [...(byPlot.get(check.plotCode) ?? []), check]);
  return (
    <div className="field-checks" data-testid="check-list">
      {[...byPlot].sort(([a], [b]) => a.localeCompare(b, 'vi', { numeric: true })).map(([plot, list]) => (
        <section key={plot} data-testid="check-plot" data-plot={plot}>
          <h3>{t('field.list.plot', { plot, count: list.length })}</h3>
          <ol>
            {[...list].sort((a, b) => (a.cornerNo ?? 0) - (b.cornerNo ?? 0) || b.at.localeCompare(a.at)).map((check) => {
              const offset = offsetOf(check);
              const photos = photoIds?.get(check.id) ?? [];
              return (
                <li key={check.id} data-testid="check-row" data-kind={check.kind} data-corner={check.cornerNo ?? ''}>
                  <div>
                    <strong>{check.cornerNo === null ? t('field.list.wholePlot') : t('field.list.corner', { no: check.cornerNo })}</strong>
                    {' — '}{t(`field.kind.${check.kind}`)}
                    {check.position?.accuracyM !== null && check.position?.accuracyM !== undefined && <> · {t('field.list.accuracy', { value: formatLengthM(check.position.accuracyM, language) })}</>}
                    {offset && <> · {offset.indicative
                      ? t('field.check.offsetIndicative', { value: formatLengthM(offset.distanceM, language) })
                      : t('field.check.offset', { value: `${Math.round(offset.distanceM * 100)} cm` })}</>}
                    {photos.length > 0 && <> · {t('field.check.photoCount', { count: photos.length })}</>}
                  </div>
                  {check.note && <p className="field-note">{check.note}</p>}
                  {photos.length > 0 && <CheckPhotos checkId={check.id} />}
                  <div className="help">
                    {t('field.list.by', { name: check.by.name || t('field.profile.default'), when: `${formatDate(check.at, language)} ${new Date(check.at).toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}` })}
                    {' '}
                    <button type="button" className="ghost" onClick={() => void commitEdit(removeFieldCheckEdit(check, photos), t)}>{t('field.list.remove')}</button>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

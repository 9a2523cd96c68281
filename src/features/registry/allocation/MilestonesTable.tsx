/** The plan's milestones: target period, responsible steering-committee member and status, editable in place. */
import { useState } from 'react';
import { milestonesEdit, storedMilestones } from '../../../db/allocation-reads';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import { MILESTONE_STATUSES, milestonesWithDefaults, type MilestoneFacts, type MilestoneStatus } from '../../../domain/allocation';
import { useTranslation } from '../../../i18n/use-translation';
import { commitEdit } from '../../../state/commit';

export function MilestonesTable() {
  const { t } = useTranslation();
  const stored = useLiveQuery(() => storedMilestones(database()), []);
  const [editing, setEditing] = useState<MilestoneFacts | null>(null);
  if (!stored) return null;
  const rows = milestonesWithDefaults(stored);
  const title = (row: MilestoneFacts) => (row.key ? t(`allocation.milestone.${row.key}`) : row.title ?? '');

  const save = async () => {
    if (!editing) return;
    const result = await commitEdit(milestonesEdit([{ ...editing, responsible: editing.responsible?.trim() || null, period: editing.period.trim() }]), t);
    if (result.saved) setEditing(null);
  };

  return (
    <table className="milestones" data-testid="milestones">
      <thead><tr><th>{t('allocation.milestones.what')}</th><th>{t('allocation.milestones.period')}</th><th>{t('allocation.milestones.responsible')}</th><th>{t('allocation.milestones.status')}</th><th /></tr></thead>
      <tbody>
        {rows.map((row) => editing?.id === row.id ? (
          <tr key={row.id} data-milestone={row.key ?? row.id} className="editing">
            <td>{title(row)}</td>
            <td><input value={editing.period} onChange={(e) => setEditing({ ...editing, period: e.target.value })} aria-label={t('allocation.milestones.period')} data-testid="milestone-period" maxLength={30} /></td>
            <td><input value={editing.responsible ?? ''} onChange={(e) => setEditing({ ...editing, responsible: e.target.value })} aria-label={t('allocation.milestones.responsible')} data-testid="milestone-responsible" maxLength={120} /></td>
            <td>
              <select value={editing.status} onChange={(e) => setEditing({ ...editing, status: e.target.value as MilestoneStatus })} aria-label={t('allocation.milestones.status')} data-testid="milestone-status">
                {MILESTONE_STATUSES.map((s) => <option key={s} value={s}>{t(`allocation.milestones.state.${s}`)}</option>)}
              </select>
            </td>
            <td className="actions">
              <button type="button" className="primary" onClick={() => void save()} data-testid="milestone-save">{t('settings.save')}</button>
              <button type="button" className="ghost" onClick={() => setEditing(null)}>{t('settings.cancel')}</button>
            </td>
          </tr>
        ) : (
          <tr key={row.id} data-milestone={row.key ?? row.id} data-status={row.status}>
            <td>{title(row)}</td>
            <td>{row.period}</td>
            <td>{row.responsible ?? <span className="muted">{t('allocation.milestones.unassigned')}</span>}</td>
            <td><span className={`milestone-state state-${row.status}`}>{t(`allocation.milestones.state.${row.status}`)}</span></td>
            <td className="actions"><button type="button" className="ghost" onClick={() => setEditing(row)} data-testid="milestone-edit">{t('allocation.milestones.edit')}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The allocation guard's question: the allocations a change would move or remove, and apply or keep. */
import { ModalDialog } from '../../app/ModalDialog';
import { useTranslation } from '../../i18n/use-translation';
import { useGuardQuestion } from '../../state/plan-edit-prompt';

export function AllocationGuardDialog() {
  const { t } = useTranslation();
  const question = useGuardQuestion();
  if (!question) return null;
  return (
    <ModalDialog titleId="guard-title" className="guard-dialog" onClose={() => question.answer(false)}>
      <div data-testid="guard-dialog">
        <h2 id="guard-title">{t('planEdit.guard.title')}</h2>
        <p>{t(question.cause === 'edit' ? 'planEdit.guard.edit' : 'planEdit.guard.regenerate')}</p>
        <ul>
          {question.rows.map((row) => (
            <li key={row.allocationId} data-testid="guard-row" data-allocation={row.allocationId}>
              {t('planEdit.guard.row', { entry: row.entryName ?? t('planEdit.guard.unknownEntry', { id: row.entryId }), codes: row.codes.join(', ') })}
            </li>
          ))}
        </ul>
        <p>{t('planEdit.guard.question')}</p>
        <div className="button-row end">
          <button type="button" data-testid="guard-keep" autoFocus onClick={() => question.answer(false)}>{t('planEdit.guard.keep')}</button>
          <button type="button" data-testid="guard-apply" className="primary" onClick={() => question.answer(true)}>{t('planEdit.guard.apply')}</button>
        </div>
      </div>
    </ModalDialog>
  );
}

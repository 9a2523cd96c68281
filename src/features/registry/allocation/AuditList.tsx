/** The history (audit trail) of one entry or plot, oldest first: when, who, what, why. */
import { auditOf } from '../../../db/audit';
import { database } from '../../../db/database';
import { useLiveQuery } from '../../../db/live-query';
import { useTranslation } from '../../../i18n/use-translation';
import { auditActionText, personText, whenText } from './allocation-text';

export function AuditList({ subject, testId }: { subject: string; testId: string }) {
  const { t, language } = useTranslation();
  const lines = useLiveQuery(() => auditOf(database(), subject), [subject]);
  if (!lines) return null;
  if (lines.length === 0) return <p className="muted" data-testid={testId}>{t('allocation.history.empty')}</p>;
  return (
    <ol className="audit-list" data-testid={testId}>
      {lines.map((line) => (
        <li key={line.seq} data-action={line.action.key}>
          <time dateTime={line.at}>{whenText(line.at, language)}</time>{' · '}
          <span className="who">{personText(line.by, t)}</span>{' · '}
          <span className="what">{auditActionText(line, t, language)}</span>
          {line.reason && <span className="why">{' — '}{t('allocation.history.reason', { reason: line.reason })}</span>}
        </li>
      ))}
    </ol>
  );
}

/** Turns a reader's structured issue into one sentence: what is wrong, then where (file, row, field). */
import { importIssueMessage } from '../../i18n/messages/import';
import type { Translate } from '../../i18n/use-translation';
import type { DisplayIssue } from '../../io/demo-site';

export type { DisplayIssue };

export function describeIssue(issue: DisplayIssue, t: Translate): string {
  const what = importIssueMessage(issue, t);
  const where = [
    t('issue.file', { file: issue.file }),
    issue.row !== undefined ? t('issue.row', { row: issue.row }) : null,
    issue.feature !== undefined ? t('issue.feature', { feature: issue.feature }) : null,
    issue.field !== undefined ? t('issue.field', { field: issue.field }) : null,
  ].filter(Boolean);
  return `${what} (${where.join(', ')})`;
}

/** Turns a reader's structured issue into one sentence: what is wrong, then where (file, row, field). */
import { importIssueMessage } from '../../i18n/messages/import';
import type { Translate } from '../../i18n/use-translation';

export interface DisplayIssue {
  readonly file: string;
  readonly code: string;
  readonly row?: number;
  readonly feature?: number;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

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

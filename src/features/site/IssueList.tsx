/**
 * A list of a data file's issues in the user's words. Loaded on demand (issue-list-lazy.ts) with the
 * layer readers' words, which the first load does not carry: a file with problems is the rare case.
 */
import '../../i18n/import-messages';
import { useTranslation } from '../../i18n/use-translation';
import { describeIssue, type DisplayIssue } from './describe-issue';

export default function IssueList({ issues, limit }: { issues: readonly DisplayIssue[]; limit: number }) {
  const { t, language } = useTranslation();
  return <ul>{issues.slice(0, limit).map((issue, i) => <li key={i}>{describeIssue(issue, t, language)}</li>)}</ul>;
}

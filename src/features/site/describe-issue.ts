/** Turns a reader's structured issue into one sentence: what is wrong, then where (file, row, feature and parcel, field). */
import { describeImportIssue, type DescribedIssue } from '../../i18n/messages/import';
import type { Language } from '../../i18n/translate';
import type { Translate } from '../../i18n/use-translation';

export type DisplayIssue = DescribedIssue;

export function describeIssue(issue: DisplayIssue, t: Translate, language?: Language): string {
  return describeImportIssue(issue, t, language);
}

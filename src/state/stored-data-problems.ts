/**
 * Says in the notice bar when stored data could not be used as it was (src/db/restore.ts): the app goes
 * on with defaults, and the user learns which figures those are instead of finding out from a document.
 */
import { onRestoreIssue, type RestoreIssue } from '../db/restore';
import { lastReadSetting } from '../db/use-setting';
import { catalogue } from '../i18n/catalogue';
import { translate, type Translate } from '../i18n/translate';
import { useNoticeStore } from './notice';

/** The rates form's label of each field of the stored rates, so the notice names what the user sees. */
const RATE_FIELD_LABELS: Readonly<Record<string, string>> = {
  landPriceVndPerM2: 'recovery.rates.landPrice',
  cropVndPerM2: 'recovery.rates.cropRate',
  graveVnd: 'recovery.rates.grave',
  jobSupportMultiple: 'recovery.rates.jobSupportMultiple',
  stabilisingLifeVndPerM2: 'recovery.rates.stabilisingLife',
  organisationShare: 'recovery.rates.organisationShare',
  compensatePublicLand: 'recovery.rates.compensatePublicLand',
};

/** "LUC Giá đất (đ/m²)" for "landPriceVndPerM2.LUC": as the rates form labels its inputs. */
function fieldText(issue: RestoreIssue, field: string, t: Translate): string {
  if (issue.key !== 'compensationRates') return field;
  const [name, code] = field.split('.');
  const label = RATE_FIELD_LABELS[name];
  if (!label) return field;
  return code ? `${code} ${t(label)}` : t(label);
}

/** "compensation rates (Moving graves (VND per grave); LUC Land price (VND/m²))" */
export function restoreIssueText(issue: RestoreIssue, t: Translate): string {
  const what =
    issue.table === 'settings'
      ? ['compensationRates', 'budgetVnd'].includes(issue.key) ? t(`stored.what.${issue.key}`) : t('stored.what.setting', { key: issue.key })
      : t(`stored.what.${issue.table}`, { key: issue.key });
  const fields = issue.fields.map((field) => fieldText(issue, field, t));
  return fields.length ? t('stored.what.fields', { what, fields: fields.join('; ') }) : what;
}

/** Starts reporting (main.tsx); returns the stop function. Problems found together make one notice. */
export function showStoredDataProblems(): () => void {
  let pending: RestoreIssue[] = [];
  return onRestoreIssue((issue) => {
    pending.push(issue);
    if (pending.length > 1) return;
    queueMicrotask(() => {
      const issues = pending;
      pending = [];
      const language = lastReadSetting('language');
      const t: Translate = (key, params) => translate(catalogue, language, key, params);
      const key = issues.some((i) => i.code === 'newer') ? 'stored.newer' : 'stored.invalid';
      useNoticeStore.getState().show(t(key, { what: issues.map((i) => restoreIssueText(i, t)).join('; ') }), undefined, { tone: 'error' });
    });
  });
}

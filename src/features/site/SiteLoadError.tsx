/** Says, in the user's language, what is wrong with a data file and where, instead of drawing garbage. */
import { Suspense } from 'react';
import type { DisplayIssue } from './describe-issue';
import { IssueList } from './issue-list-lazy';
import { useTranslation } from '../../i18n/use-translation';

const SHOWN = 50;

export function SiteLoadError({ errors, onRetry }: { errors: readonly DisplayIssue[]; onRetry: () => void }) {
  const { t } = useTranslation();
  // The issues' words load with the list: the whole section waits for them.
  return (
    <Suspense fallback={<p className="loading" role="status">{t('loading.data')}</p>}>
      <section className="load-error" role="alert">
        <h2>{t('load.failed')}</h2>
        <IssueList issues={errors} limit={SHOWN} />
        {errors.length > SHOWN && <p>… +{errors.length - SHOWN}</p>}
        <button type="button" onClick={onRetry}>{t('load.retry')}</button>
      </section>
    </Suspense>
  );
}

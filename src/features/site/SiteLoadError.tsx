/** Says, in the user's language, what is wrong with a data file and where, instead of drawing garbage. */
import { describeIssue, type DisplayIssue } from './describe-issue';
import { useTranslation } from '../../i18n/use-translation';

export function SiteLoadError({ errors, onRetry }: { errors: readonly DisplayIssue[]; onRetry: () => void }) {
  const { t, language } = useTranslation();
  return (
    <section className="load-error" role="alert">
      <h2>{t('load.failed')}</h2>
      <ul>
        {errors.slice(0, 50).map((error, i) => <li key={i}>{describeIssue(error, t, language)}</li>)}
      </ul>
      {errors.length > 50 && <p>… +{errors.length - 50}</p>}
      <button type="button" onClick={onRetry}>{t('load.retry')}</button>
    </section>
  );
}

/** A route that a later issue fills: says what will be here and leads back to the map. */
import { useTranslation } from '../../i18n/use-translation';

export function PlaceholderPage({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder">
      <p>{text}</p>
      <a href="#/parcels">{t('placeholder.back')}</a>
    </section>
  );
}

/** A check's photos as thumbnails (from IndexedDB, no network); a tap shows one full width, another tap closes it. */
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { photosOfCheck } from '../../db/field-checks';
import { useLiveQuery } from '../../db/live-query';
import { useTranslation } from '../../i18n/use-translation';

export function CheckPhotos({ checkId }: { checkId: string }) {
  const { t } = useTranslation();
  const photos = useLiveQuery(() => photosOfCheck(database(), checkId), [checkId]);
  const [urls, setUrls] = useState<string[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    if (!photos) return;
    const made = photos.map((photo) => URL.createObjectURL(photo.blob));
    // Object URLs are an external resource made for these photos and revoked with them.
    // oxlint-disable-next-line react/set-state-in-effect
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [photos]);
  if (urls.length === 0) return null;
  return (
    <div className="field-photos">
      {urls.map((url, i) => (
        <button key={url} type="button" className={open === i ? 'field-photo open' : 'field-photo'} data-testid="check-photo-thumb"
          aria-label={t('field.check.photos')} aria-expanded={open === i} onClick={() => setOpen(open === i ? null : i)}>
          <img src={url} alt="" />
        </button>
      ))}
    </div>
  );
}

/** Shows the current notice with its Undo button; plain notices leave by themselves. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useNoticeStore } from '../state/notice';

const PLAIN_NOTICE_MS = 5000;
const UNDO_NOTICE_MS = 15000;

export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useNoticeStore((s) => s.notice);
  const dismiss = useNoticeStore((s) => s.dismiss);
  const [undoing, setUndoing] = useState(false);

  useEffect(() => {
    if (!notice) return;
    // Something that went wrong stays as long as an undo would: the user must get to read it.
    const timer = setTimeout(() => dismiss(notice.id), notice.undo || notice.tone === 'error' ? UNDO_NOTICE_MS : PLAIN_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  return (
    <div
      className={notice.tone === 'error' ? 'notice-bar error' : 'notice-bar'}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
      data-tone={notice.tone}
    >
      <span>{notice.text}</span>
      {notice.undo && (
        <button
          type="button"
          data-testid="notice-undo"
          disabled={undoing}
          onClick={async () => {
            setUndoing(true);
            try {
              await notice.undo!();
              dismiss(notice.id);
            } finally {
              setUndoing(false);
            }
          }}
        >
          {t('notice.undo')}
        </button>
      )}
      <button type="button" className="ghost" aria-label={t('common.close')} onClick={() => dismiss(notice.id)}>×</button>
    </div>
  );
}

/**
 * A modal dialog on the native <dialog>: focus trapped, Escape closes, the page behind inert.
 * `FormActions` is the Cancel / Save row every form dialog ends with.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';

export function ModalDialog({ titleId, className, onClose, children }: {
  titleId: string; className?: string; onClose: () => void; children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    // The control that opened it gets the focus back when it goes (closed, cancelled or unmounted):
    // a keyboard user is not sent back to the top of the page.
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => { if (opener?.isConnected) opener.focus(); };
  }, []);
  return (
    <dialog ref={ref} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {children}
    </dialog>
  );
}

export function FormActions({ onCancel, submitLabel, children }: { onCancel: () => void; submitLabel?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="button-row end">
      {children}
      <button type="button" className="ghost" onClick={onCancel}>{t('settings.cancel')}</button>
      <button type="submit" className="primary">{submitLabel ?? t('settings.save')}</button>
    </div>
  );
}

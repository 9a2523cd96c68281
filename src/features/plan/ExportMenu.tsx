/**
 * "Xuất": a menu of the layout's export formats (GeoJSON, DXF in VN-2000, KML, CSV corner tables),
 * each downloading the layout on screen. Keyboard: Enter/Space opens, arrows move, Escape closes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { downloadFile } from '../../app/download';
import { useTranslation } from '../../i18n/use-translation';
import { useNoticeStore } from '../../state/notice';
import { usePlanLayout } from '../../state/plan-session';
import { PlanMapMenuItem } from '../present';
import { EXPORT_FORMATS, exportLayout } from './export-layout';
import { exportPlanTables, XLSX_MIME_TYPE } from './export-tables';

/** `variantName` heads the plot schedule workbook. */
export function ExportMenu({ variantName = '' }: { readonly variantName?: string }) {
  const { t } = useTranslation();
  const layout = usePlanLayout((s) => s.layout);
  const site = usePlanLayout((s) => s.site);
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      setOpen(false);
      wrapRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  };

  const run = async (format: (typeof EXPORT_FORMATS)[number]) => {
    setOpen(false);
    if (!layout || !site) return;
    try {
      const file = await exportLayout(layout, format, site);
      downloadFile(file.text, file.fileName, file.mimeType);
      useNoticeStore.getState().show(t('plan.export.done', { file: file.fileName }));
    } catch (error) {
      useNoticeStore.getState().show(t('plan.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const runTables = async () => {
    setOpen(false);
    if (!layout || !site) return;
    try {
      const file = await exportPlanTables(layout, site, variantName, t);
      downloadFile(file.bytes, file.fileName, XLSX_MIME_TYPE);
      useNoticeStore.getState().show(t('plan.export.done', { file: file.fileName }));
    } catch (error) {
      useNoticeStore.getState().show(t('plan.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <div className="export-menu" ref={wrapRef}>
      <button
        type="button" data-testid="plan-export" aria-haspopup="menu" aria-expanded={open} disabled={!layout}
        title={t('plan.export.title')} onClick={() => setOpen((o) => !o)}
      >
        {t('plan.export')} ▾
      </button>
      {open && (
        <div className="menu" role="menu" ref={menuRef} aria-label={t('plan.export.title')} onKeyDown={onMenuKey}>
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" role="menuitem" data-testid={`plan-export-${format}`} onClick={() => void run(format)}>
              {t(`plan.export.${format}`)}
            </button>
          ))}
          <button type="button" role="menuitem" data-testid="plan-export-xlsx" onClick={() => void runTables()}>
            {t('plan.export.xlsx')}
          </button>
          <PlanMapMenuItem layout={layout} zone={site?.zone ?? null} onDone={(result) => {
            setOpen(false);
            useNoticeStore.getState().show(result.ok ? t('plan.export.done', { file: result.fileName }) : t('plan.export.failed', { message: result.message }));
          }} />
        </div>
      )}
    </div>
  );
}

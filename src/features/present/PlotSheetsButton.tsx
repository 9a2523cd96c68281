/**
 * "In sơ đồ lô (PDF)": one sheet, or all or the chosen plots as one PDF, with progress for many. The
 * PDF code loads only when pressed. Used by the household view, the planner's plot list and the register.
 */
import { useState } from 'react';
import { downloadFile } from '../../app/download';
import { database } from '../../db/database';
import { readPlotHolders } from '../../db/plot-allocations';
import { readApprovedVariant } from '../../db/variants';
import { useSetting } from '../../db/use-setting';
import type { LayoutResult } from '../../geo/layout';
import '../../i18n/present-messages';
import { useTranslation } from '../../i18n/use-translation';
import { makePlotSheets } from './make-sheets';

export interface PlotSheetsButtonProps {
  readonly layout: LayoutResult;
  /** The variant the allocations name (holders are printed from it); null: the approved one. */
  readonly variantId: string | null;
  readonly codes: readonly string[];
  readonly zone?: string | null;
  readonly label?: string;
  readonly className?: string;
  readonly testId?: string;
}

type Progress = { readonly done: number; readonly total: number } | null;

export function PlotSheetsButton({ layout, variantId, codes, zone = null, label, className, testId = 'sheets-button' }: PlotSheetsButtonProps) {
  const { t } = useTranslation();
  const places = useSetting('placeNames');
  const [progress, setProgress] = useState<Progress>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const make = async () => {
    setFailure(null);
    setProgress({ done: 0, total: codes.length });
    try {
      const holdersOf = variantId ?? (await readApprovedVariant(database()))?.id ?? null;
      const holders = holdersOf ? await readPlotHolders(database(), holdersOf) : new Map();
      const bytes = await makePlotSheets({ layout, codes, places, holders, zone }, (done, total) => setProgress({ done, total }));
      const name = codes.length === 1 ? `so-do-lo-${codes[0]}.pdf` : `so-do-lo-${codes.length}-lo.pdf`;
      downloadFile(bytes, name, 'application/pdf');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <span className="sheets-control">
      <button type="button" className={className} data-testid={testId} disabled={progress !== null || codes.length === 0} onClick={() => void make()}>
        {label ?? t('sheets.button')}
      </button>
      {progress && (
        <span role="status" className="sheets-progress" data-testid="sheets-progress">
          {t('sheets.progress', { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </span>
      )}
      {failure && <span role="alert" className="sheets-failure">{t('present.sheetFailed', { message: failure })}</span>}
    </span>
  );
}

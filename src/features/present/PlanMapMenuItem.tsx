/**
 * The planner's "Bản đồ quy hoạch in (PDF)" item of the export menu: the open variant's layout as an A3
 * plan map with title block, legend, scale bar, north arrow and the land-use balance. One page: made
 * on the page (the PDF code loads on demand), not in the sheets worker.
 */
import { downloadFile } from '../../app/download';
import { useSetting } from '../../db/use-setting';
import { useVariants } from '../../db/use-variants';
import type { LayoutResult } from '../../geo/layout';
import type { PlanePolygon } from '../../geo/plane-measure';
import '../../i18n/present-messages';
import { useTranslation } from '../../i18n/use-translation';
import { currentVariantOf, useCurrentVariantId, variantName } from '../../state/plan-variants';
import { sheetFonts } from './make-sheets';

export function PlanMapMenuItem({ layout, zone, onDone }: { layout: LayoutResult | null; zone: PlanePolygon | null; onDone: (result: { ok: true; fileName: string } | { ok: false; message: string }) => void }) {
  const { t } = useTranslation();
  const places = useSetting('placeNames');
  const variants = useVariants();
  const currentId = useCurrentVariantId();
  const make = async () => {
    if (!layout) return;
    try {
      const variant = variants && variants.length > 0 ? variantName(currentVariantOf(variants, currentId), t) : t('plan.variant.demoName');
      const [{ planMapPdf }, fonts] = await Promise.all([import('../../io/plot-sheet/plan-map.pdf'), sheetFonts()]);
      const bytes = await planMapPdf({ layout, zone, places, variant, date: new Date() }, fonts);
      const fileName = 'ban-do-quy-hoach.pdf';
      downloadFile(bytes, fileName, 'application/pdf');
      onDone({ ok: true, fileName });
    } catch (error) {
      onDone({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <button type="button" role="menuitem" data-testid="plan-export-pdf" disabled={!layout} onClick={() => void make()}>
      {t('planMap.menu')}
    </button>
  );
}

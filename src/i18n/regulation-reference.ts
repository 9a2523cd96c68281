/** A regulation reference from the layout engine in the reader's language ("Bảng 2.6" → "Table 2.6"). */
import type { Translate } from './translate';

export const regulationReference = (reference: string, t: Translate): string =>
  reference.replace(/\bBảng (?=[\dA-Z])/g, `${t('regulation.table')} `);

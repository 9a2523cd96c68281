/**
 * The plot sheet's words, from src/i18n/messages/present.ts. The sheet is an administrative document:
 * written in Vietnamese unless a caller asks otherwise.
 */
import { presentMessages } from '../../i18n/messages/present';
import { mergeCatalogues, translate, type Language, type MessageParams } from '../../i18n/translate';

export type SheetWords = (key: keyof (typeof presentMessages)['vi'], params?: MessageParams) => string;

const catalogue = mergeCatalogues(presentMessages as unknown as Parameters<typeof mergeCatalogues>[0]);

export const sheetWords = (language: Language = 'vi'): SheetWords => (key, params) => translate(catalogue, language, key, params);

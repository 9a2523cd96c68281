/**
 * The app's words. The first load carries only what #/parcels shows before any dialog opens and what
 * any screen may show at any time (undo labels, stored-data notices, the notice bar); a screen or dialog
 * loaded on demand brings its own with `addMessages` (plan-messages.ts, recovery-messages.ts,
 * import-messages.ts…), imported for its effect by the chunk that shows them, so they stay out of the
 * first load's budget. tests/i18n/first-load-catalogue.test.ts checks that every key the first-load code
 * names is here. Add a file here only when the first screens need it.
 */
import { appMessages } from './messages/app';
import { importLabelMessages } from './messages/import-labels';
import { recoveryLabelMessages } from './messages/recovery-labels';
import { storageMessages } from './messages/storage';
import { mergeCatalogues } from './translate';

export const catalogue = mergeCatalogues(appMessages, importLabelMessages, recoveryLabelMessages, storageMessages);

type MessageFile = Parameters<typeof mergeCatalogues>[0];
const added = new Set<MessageFile>();

/** Adds message files to the catalogue, each once; a key defined twice is a bug, as in mergeCatalogues. */
export function addMessages(...files: MessageFile[]): void {
  for (const file of files) {
    if (added.has(file)) continue;
    const merged = mergeCatalogues(file);
    for (const language of ['vi', 'en'] as const) {
      for (const key of Object.keys(merged[language])) {
        if (key in catalogue[language]) throw new Error(`i18n key defined twice: ${key}`);
      }
      Object.assign(catalogue[language], merged[language]);
    }
    added.add(file);
  }
}

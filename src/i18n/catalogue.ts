/**
 * The app's words. The first load carries the files every screen may need; a screen loaded on demand
 * brings its own with `addMessages` (the planner workspace: plan-messages.ts), so its words stay out of
 * the first load's budget. Add a file here only when the first screens need it.
 */
import { appMessages } from './messages/app';
import { importMessages } from './messages/import';
import { importDialogMessages } from './messages/import-dialog';
import { recoveryMessages } from './messages/recovery';
import { storageMessages } from './messages/storage';
import { mergeCatalogues } from './translate';

export const catalogue = mergeCatalogues(appMessages, importMessages, importDialogMessages, recoveryMessages, storageMessages);

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

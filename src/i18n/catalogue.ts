/** Every message file of the app, merged once. Add a file here when a feature brings its own words. */
import { appMessages } from './messages/app';
import { importMessages } from './messages/import';
import { importDialogMessages } from './messages/import-dialog';
import { layoutMessages } from './messages/layout';
import { planMessages } from './messages/plan';
import { recoveryMessages } from './messages/recovery';
import { storageMessages } from './messages/storage';
import { zoneImportMessages } from './messages/zone-import';
import { mergeCatalogues } from './translate';

export const catalogue = mergeCatalogues(appMessages, importMessages, importDialogMessages, recoveryMessages, storageMessages, layoutMessages, planMessages, zoneImportMessages);

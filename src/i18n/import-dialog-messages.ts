/** The parcel import dialog's words and the issues it reports, added when its chunk loads (imported for its effect). */
import './import-messages';
import { addMessages } from './catalogue';
import { importDialogMessages } from './messages/import-dialog';

addMessages(importDialogMessages);

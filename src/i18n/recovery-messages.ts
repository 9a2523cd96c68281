/**
 * The land-recovery screen's words, added to the catalogue when its chunk loads (imported for its effect
 * by RecoveryPage.tsx). Its undo labels and the rates' field labels are in the first load (recovery-labels.ts).
 */
import { addMessages } from './catalogue';
import { recoveryScreenMessages } from './messages/recovery';

addMessages(recoveryScreenMessages);

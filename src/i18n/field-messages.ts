/**
 * Field mode's words, for a caller other than the field screen (which adds them itself): the undo of a
 * field check from another screen (label-words.ts). Imported for its effect.
 */
import { addMessages } from './catalogue';
import { fieldMessages } from './messages/field';
import { fieldHolderMessages } from './messages/field-holder';
import { fieldNearestMessages } from './messages/field-nearest';

addMessages(fieldMessages, fieldHolderMessages, fieldNearestMessages);

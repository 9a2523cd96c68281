/** The suggestion's group words, added to the catalogue with the suggestion dialog's chunk (imported for its effect). */
import { addMessages } from './catalogue';
import { allocationGroupMessages } from './messages/allocation-groups';

addMessages(allocationGroupMessages);

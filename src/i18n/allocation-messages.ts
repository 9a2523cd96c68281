/**
 * The allocation's words, added to the catalogue when the registry's chunk loads: imported for its effect
 * by the allocation screens (src/features/registry/allocation).
 */
import { addMessages } from './catalogue';
import { allocationMessages } from './messages/allocation';

addMessages(allocationMessages);

/**
 * The words of the layer readers' issues (import.ts: what is wrong with a file, and where), added to
 * the catalogue when a chunk that describes issues loads: the import dialog, the issue lists of the
 * parcels page (src/features/site/IssueList.tsx) and the planner's zone import. Imported for its effect.
 */
import { addMessages } from './catalogue';
import { importMessages } from './messages/import';

addMessages(importMessages);

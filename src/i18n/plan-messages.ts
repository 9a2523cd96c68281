/**
 * The planner workspace's words (the layout engine's, the plan screen's, the zone import's), added to
 * the catalogue when the workspace's chunk loads: imported for its effect by PlanPage.tsx.
 */
import { addMessages } from './catalogue';
import './import-messages'; // the zone import describes its issues with the layer readers' words
import { layoutMessages } from './messages/layout';
import { planMessages } from './messages/plan';
import { zoneImportMessages } from './messages/zone-import';
import { planEditMessages } from './messages/plan-edits';
import { regulationWordMessages } from './messages/regulation-words';

addMessages(layoutMessages, planMessages, zoneImportMessages, planEditMessages, regulationWordMessages);

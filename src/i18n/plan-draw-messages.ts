/**
 * The words of zone drawing, edge marking, the compare map and the plan tables workbook, added to the
 * catalogue when the workspace's chunk loads: imported for its effect by PlanPage.tsx.
 */
import { addMessages } from './catalogue';
import { planDrawMessages } from './messages/plan-draw';
import { stripEdgesMessages } from './messages/strip-edges';

addMessages(planDrawMessages, stripEdgesMessages);

/**
 * The words of locked plots on the plan map, added to the catalogue when the workspace's chunk loads:
 * imported for its effect by PlanLegend.tsx.
 */
import { addMessages } from './catalogue';
import { planLockMessages } from './messages/plan-locks';

addMessages(planLockMessages);

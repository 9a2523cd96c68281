/**
 * The words of an undo label, whichever screen made the change. The history is stored, so Ctrl+Z on
 * #/parcels after a reload can undo a change made on #/plan, whose words load with the planner: before
 * the notice says what was undone, the catalogue that holds the label's key is loaded (precached, so
 * offline too). Keys already in the catalogue cost nothing.
 */
import { catalogue } from './catalogue';

/** By the key's first segment: the registration module that adds its catalogue. */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  plan: () => import('./plan-messages'),
  planEdit: () => import('./plan-messages'),
  planDraw: () => import('./plan-draw-messages'),
  registry: () => import('./registry-messages'),
  registryTrades: () => import('./registry-messages'),
  allocation: () => import('./allocation-messages'),
  field: () => import('./field-messages'),
  recovery: () => import('./recovery-messages'),
  importDialog: () => import('./import-dialog-messages'),
};

/** Resolves once `key` is in the catalogue, or when no catalogue has it (t() then shows the key). Never rejects. */
export async function loadWordsFor(key: string): Promise<void> {
  if (key in catalogue.vi) return;
  const load = LOADERS[key.split('.')[0]];
  if (!load) return;
  try {
    await load();
  } catch (error) {
    // A chunk that cannot load (an update replaced it) leaves the key shown as it is, not a lost undo.
    console.error('phanlo: could not load the words of', key, error);
  }
}

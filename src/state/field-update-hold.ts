/**
 * "A newer version is ready" is applied on the user's word, and never in the middle of a measurement:
 * while field mode measures (averaging, or a check form holding input), the app's update action — the
 * shell's banner button included — is held, and runs once the measurement is over. Field mode installs
 * the hold when it opens and removes it when it closes.
 */
import { useServiceWorkerStore } from './service-worker-status';
import { measuring, useFieldSession } from './field-session';

/** Installs the hold; returns the function that removes it (and gives the store its own action back). */
export function holdUpdatesWhileMeasuring(onHeld: () => void): () => void {
  let original = useServiceWorkerStore.getState().applyUpdate;
  let pending = false;
  let installing = false;
  const held = () => {
    if (!measuring(useFieldSession.getState())) { original(); return; }
    pending = true;
    onHeld();
  };
  const install = () => {
    installing = true;
    useServiceWorkerStore.setState({ applyUpdate: held });
    installing = false;
  };
  install();
  // The registration may hand the store a new action later (src/app/service-worker.ts): keep it, hold it.
  const stopWatchingStore = useServiceWorkerStore.subscribe((state) => {
    if (installing || state.applyUpdate === held) return;
    original = state.applyUpdate;
    install();
  });
  const stopWatchingSession = useFieldSession.subscribe((state) => {
    if (pending && !measuring(state)) { pending = false; original(); }
  });
  return () => {
    stopWatchingStore();
    stopWatchingSession();
    if (useServiceWorkerStore.getState().applyUpdate === held) useServiceWorkerStore.setState({ applyUpdate: original });
  };
}

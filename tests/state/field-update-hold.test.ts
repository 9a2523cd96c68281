// An update asked for during a measurement waits for its end; outside one it runs at once; removing the
// hold gives the store its own action back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFieldSession } from '../../src/state/field-session';
import { holdUpdatesWhileMeasuring } from '../../src/state/field-update-hold';
import { useServiceWorkerStore } from '../../src/state/service-worker-status';

afterEach(() => useFieldSession.setState({ averaging: null, recording: false }));

describe('holdUpdatesWhileMeasuring', () => {
  it('holds an update asked for while averaging until the averaging ends', () => {
    const update = vi.fn();
    const held = vi.fn();
    useServiceWorkerStore.setState({ applyUpdate: update });
    const release = holdUpdatesWhileMeasuring(held);
    useFieldSession.getState().startAveraging();
    useServiceWorkerStore.getState().applyUpdate();
    expect(update).not.toHaveBeenCalled();
    expect(held).toHaveBeenCalledOnce();
    useFieldSession.getState().stopAveraging();
    expect(update).toHaveBeenCalledOnce();
    useServiceWorkerStore.getState().applyUpdate(); // not measuring: at once
    expect(update).toHaveBeenCalledTimes(2);
    release();
    expect(useServiceWorkerStore.getState().applyUpdate).toBe(update);
  });

  it('holds an action the registration hands over later, too', () => {
    const release = holdUpdatesWhileMeasuring(() => {});
    const later = vi.fn();
    useServiceWorkerStore.setState({ applyUpdate: later });
    useFieldSession.getState().setRecording(true);
    useServiceWorkerStore.getState().applyUpdate();
    expect(later).not.toHaveBeenCalled();
    useFieldSession.getState().setRecording(false);
    expect(later).toHaveBeenCalledOnce();
    release();
  });
});

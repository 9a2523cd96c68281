/**
 * Starts the location service when field mode opens (watchPosition, high accuracy) and feeds the field
 * session with each fix in the plan's plane metres, with the accuracy it reports. An RTK receiver that
 * feeds the tablet's location service arrives the same way, with centimetre accuracy. Stops on leaving.
 */
import { useEffect } from 'react';
import { asPlane, type PlaneProjection } from '../../geo/coordinates';
import { useFieldSession } from '../../state/field-session';

export function useGeolocation(projection: PlaneProjection | null): void {
  useEffect(() => {
    const session = useFieldSession.getState();
    if (!projection) return;
    if (!('geolocation' in navigator)) { session.setLocation('unsupported'); return; }
    session.setLocation('starting');
    const id = navigator.geolocation.watchPosition(
      (fix) => {
        const { longitude, latitude, accuracy, heading } = fix.coords;
        const store = useFieldSession.getState();
        store.setLocation('watching');
        store.setGps({
          point: asPlane(projection.toPlane([longitude, latitude])), lngLat: [longitude, latitude],
          accuracyM: Number.isFinite(accuracy) ? accuracy : null, source: 'gps', at: fix.timestamp || Date.now(),
        });
        // A heading from the receiver (when moving) is used unless the compass gives one.
        if (heading !== null && Number.isFinite(heading) && !compassActive) store.setHeading(heading);
      },
      (error) => useFieldSession.getState().setLocation(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 60_000 },
    );
    return () => navigator.geolocation.clearWatch(id);
  }, [projection]);
}

let compassActive = false;

interface OrientationWithCompass extends DeviceOrientationEvent { webkitCompassHeading?: number }

/** Listens to the compass while the user asked the map to turn with the heading. */
export function useDeviceHeading(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onOrientation = (event: Event) => {
      const e = event as OrientationWithCompass;
      let heading: number | null = null;
      if (typeof e.webkitCompassHeading === 'number') heading = e.webkitCompassHeading;
      else if (e.absolute && typeof e.alpha === 'number') heading = 360 - e.alpha;
      if (heading === null) return;
      compassActive = true;
      // The screen's top, not the device's: a tablet held in landscape is turned by 90°.
      const screenAngle = typeof screen !== 'undefined' && screen.orientation ? screen.orientation.angle : 0;
      useFieldSession.getState().setHeading((((heading + screenAngle) % 360) + 360) % 360);
    };
    const events = ['deviceorientationabsolute', 'deviceorientation'];
    for (const name of events) window.addEventListener(name, onOrientation);
    return () => {
      compassActive = false;
      for (const name of events) window.removeEventListener(name, onOrientation);
    };
  }, [enabled]);
}

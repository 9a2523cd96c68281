/** The position in use (typed or GPS) against the approved layout: plot, parcel, boundary distance, accuracy. */
import { useMemo } from 'react';
import { locatePosition, type PositionPlace } from '../../domain/field';
import { currentPosition, useFieldSession, type FieldPosition } from '../../state/field-session';
import type { FieldData } from './field-data';

export interface FieldPlace {
  readonly position: FieldPosition | null;
  readonly place: PositionPlace | null;
  /** Accuracy worse than the threshold (or unknown for a GPS fix): greyed, plot named as uncertain. */
  readonly poor: boolean;
}

export function useFieldPlace(data: FieldData | null): FieldPlace {
  const gps = useFieldSession((s) => s.gps);
  const typed = useFieldSession((s) => s.typed);
  const threshold = useFieldSession((s) => s.accuracyThresholdM);
  const position = currentPosition({ gps, typed });
  const place = useMemo(() => (data && position ? locatePosition(position.point, data.plots, data.parcels, data.areas) : null), [data, position]);
  const poor = position ? (position.accuracyM === null ? position.source === 'gps' : position.accuracyM > threshold) : false;
  return { position, place, poor };
}

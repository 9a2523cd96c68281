/**
 * Field mode's session: the latest position (from the Geolocation API or typed in), the location
 * service's state, the device heading, the stake-out (plot, corner), hold-to-average, and whether a
 * measurement is under way (so that an app update never reloads in the middle of one). The user's
 * preferences (accuracy threshold, averaging time, follow, turn with heading) outlive the session in
 * localStorage: they are this tablet's habits, not records. So does the stake-out choice (plot, corner),
 * so a reload in the field goes on at the same marker; field mode drops it when the approved layout no
 * longer has that plot (src/domain/field/stake-out-choice.ts).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PlanePoint } from '../geo/coordinates';
import type { Fix } from '../domain/field';

export interface FieldPosition {
  readonly point: PlanePoint;
  readonly lngLat: readonly [number, number];
  /** Reported horizontal accuracy, m; null for typed coordinates without one. */
  readonly accuracyM: number | null;
  readonly source: 'gps' | 'typed';
  /** ms since the epoch. */
  readonly at: number;
}

export type LocationState = 'starting' | 'watching' | 'denied' | 'unavailable' | 'unsupported';

export interface FieldPreferences {
  /** A fix worse than this is greyed and its plot called uncertain, m (default 5). */
  accuracyThresholdM: number;
  /** Hold-to-average time, s. */
  averagingSeconds: number;
  follow: boolean;
  /** Turn the map and the stake-out arrow with the device heading. */
  turnWithHeading: boolean;
  /** The high-contrast theme for reading in sunlight. */
  sunlight: boolean;
}

export const DEFAULT_FIELD_PREFERENCES: FieldPreferences = { accuracyThresholdM: 5, averagingSeconds: 10, follow: true, turnWithHeading: false, sunlight: true };

interface FieldSessionState extends FieldPreferences {
  gps: FieldPosition | null;
  typed: FieldPosition | null;
  location: LocationState;
  /** Compass heading, degrees from true north clockwise; null when unknown. */
  headingDeg: number | null;
  stakeOutPlot: string | null;
  cornerIndex: number;
  /** Fixes collected while the user holds the average button; null when not averaging. */
  averaging: { startedAt: number; fixes: Fix[] } | null;
  /** A check form with the user's input is open. */
  recording: boolean;
  setPreferences(preferences: Partial<FieldPreferences>): void;
  setGps(position: FieldPosition): void;
  setTyped(position: FieldPosition | null): void;
  setLocation(location: LocationState): void;
  setHeading(headingDeg: number | null): void;
  stakeOut(plotCode: string | null): void;
  setCornerIndex(index: number): void;
  startAveraging(): void;
  stopAveraging(): Fix[];
  setRecording(recording: boolean): void;
}

export const useFieldSession = create<FieldSessionState>()(persist((set, get) => ({
  ...DEFAULT_FIELD_PREFERENCES,
  gps: null, typed: null, location: 'starting', headingDeg: null, stakeOutPlot: null, cornerIndex: 0, averaging: null, recording: false,
  setPreferences: (preferences) => set(preferences),
  setGps: (position) => set((state) => ({
    gps: position,
    averaging: state.averaging && position.accuracyM !== null
      ? { ...state.averaging, fixes: [...state.averaging.fixes, { point: position.point, accuracyM: position.accuracyM, at: position.at }] }
      : state.averaging,
  })),
  setTyped: (typed) => set({ typed }),
  setLocation: (location) => set({ location }),
  setHeading: (headingDeg) => set({ headingDeg }),
  stakeOut: (stakeOutPlot) => set({ stakeOutPlot, cornerIndex: 0 }),
  setCornerIndex: (cornerIndex) => set({ cornerIndex }),
  // The fix in hand counts as the first one: a receiver that reports once a second still averages.
  startAveraging: () => {
    const gps = get().gps;
    const first = gps && gps.accuracyM !== null ? [{ point: gps.point, accuracyM: gps.accuracyM, at: Date.now() }] : [];
    set({ averaging: { startedAt: Date.now(), fixes: first } });
  },
  stopAveraging: () => {
    const fixes = get().averaging?.fixes ?? [];
    set({ averaging: null });
    return fixes;
  },
  setRecording: (recording) => set({ recording }),
}), {
  name: 'phanlo.field.preferences',
  partialize: (state) => ({
    accuracyThresholdM: state.accuracyThresholdM, averagingSeconds: state.averagingSeconds, follow: state.follow, turnWithHeading: state.turnWithHeading, sunlight: state.sunlight,
    stakeOutPlot: state.stakeOutPlot, cornerIndex: state.cornerIndex,
  }),
}));

/** The position checks and the panel use: typed coordinates, while there are any, win over the GPS. */
export const currentPosition = (state: Pick<FieldSessionState, 'gps' | 'typed'>): FieldPosition | null => state.typed ?? state.gps;

/** A measurement is under way: averaging, or a check form holding input. */
export const measuring = (state: Pick<FieldSessionState, 'averaging' | 'recording'>): boolean => state.averaging !== null || state.recording;

/**
 * Saves MapLibre the frame it draws after new symbol tiles only to place their labels again. When a
 * frame finds new symbol buckets (a parameter change's labels, just tiled), MapLibre places every
 * label in that frame and then marks the placement stale "since the placement gets split over
 * multiple frames" (Style._updatePlacement), which asks for one more frame. With no fade
 * (fadeDuration 0, as on #/plan) the placement is never split: it is a full placement, forced at every
 * frame, and it ran after the new buckets were in. The follow-up frame places the same labels in the
 * same places and draws the same picture, and on software WebGL every drawn frame of the demo zone
 * blocks the main thread for 0.2–0.4 s (issue #8: two frames per parameter change where one suffices).
 *
 * Reaches into MapLibre GL JS 6.17's internals (ui/map.ts `_placementDirty`, style/style.ts
 * `placement` and `pauseablePlacement`, symbol/placement.ts `stale` and `fadeDuration`): at the map's
 * `render` event, after the frame is drawn and before MapLibre decides on a follow-up, a placement
 * that is finished, has no fade, and is dirty only for being stale is marked clean. Where any of these
 * is missing or of another shape (another MapLibre version), it does nothing: the follow-up is drawn.
 */
import type * as maplibregl from 'maplibre-gl';

/** The parts of MapLibre's map this reads and writes (MapLibre GL JS 6.17). */
interface PlacementInternals {
  _placementDirty?: unknown;
  style?: {
    placement?: { stale?: unknown; fadeDuration?: unknown };
    pauseablePlacement?: { isDone?: unknown };
  };
}

/**
 * Clears the stale mark of `map`'s finished, fadeless placement after each frame, so that no frame is
 * drawn only to place the same labels again. Returns the function that stops it.
 */
export function placeWithoutFollowUp(map: maplibregl.Map): () => void {
  const onRender = () => clearStalePlacement(map as unknown as PlacementInternals);
  map.on('render', onRender);
  return () => { map.off('render', onRender); };
}

/** True when the map's placement was dirty only for being stale and is now clean. */
export function clearStalePlacement(map: PlacementInternals): boolean {
  const placement = map.style?.placement;
  const pauseable = map.style?.pauseablePlacement;
  if (map._placementDirty !== true || !placement || placement.stale !== true || placement.fadeDuration !== 0) return false;
  // Unfinished (a placement split over frames): the next frame must go on with it.
  if (typeof pauseable?.isDone !== 'function' || pauseable.isDone() !== true) return false;
  placement.stale = false;
  map._placementDirty = false;
  return true;
}

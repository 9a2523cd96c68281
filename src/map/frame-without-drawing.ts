/**
 * Lets a MapLibre map's next frame do everything but draw. A source just added gets its tiles asked
 * for only from inside a frame (Map._render: the style update that resumes the source and sends its
 * layers to the worker, then the tile request), so that frame cannot be saved — but its drawing can.
 * On software WebGL (SwiftShader: this project's machines, low-end tablets) a drawn frame compiles
 * shader programs and then blocks the main thread at the compositor's read-back until the GPU has
 * drawn it: 0.1–0.5 s in the trace of the first load of #/parcels (bench/load-trace.ts), during which
 * the worker's finished tiles waited on this thread. A frame that draws nothing leaves the canvas
 * as it was and is not read back at all.
 *
 * Reaches into MapLibre (the map's `painter`): where it is not there (another MapLibre version), the
 * frame simply draws as before.
 */
import type * as maplibregl from 'maplibre-gl';

interface PainterHolder { painter?: { render?: (...args: unknown[]) => void } }

/**
 * The next frame of `map` skips its drawing (only that one; later frames draw). Call before asking
 * for the frame. Returns false when the map offers no way to do it (the frame will draw).
 */
export function skipDrawingOfNextFrame(map: maplibregl.Map): boolean {
  const painter = (map as unknown as PainterHolder).painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') return false;
  if (Object.prototype.hasOwnProperty.call(painter, 'render')) return true; // already skipping the next one
  painter.render = () => {
    delete painter.render; // the prototype's render again, from the next frame on
  };
  return true;
}

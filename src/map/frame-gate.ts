/**
 * Holds a MapLibre map's frames back while new data is being tiled, so that the next frame drawn is
 * the one with the new data. MapLibre asks for a frame as soon as a source's data changes and again
 * for every tile that comes back; each frame blocks the main thread until the GPU has drawn it (with
 * software WebGL, as on this project's machines and low-end tablets, 0.2–0.4 s a frame). Those frames
 * only draw the old data again, and while they block, the worker's answers wait on this thread: a new
 * layout took three or four frames to appear instead of one.
 *
 * Tiles do not wait for frames: a source's new data reloads its tiles from MapLibre's data event
 * (TileManager._dataHandler), so holding frames delays nothing but the useless drawing. A hold ends
 * once the source's new content has been announced (its tiles are then reloading) and every tile in
 * view has loaded, or after `maxMs` whatever happens. (The 'metadata' event before the content one
 * finds the old tiles still loaded: it must not end the hold; nor may a new source, which counts as
 * loaded before its first tile is even asked for.)
 */
import type * as maplibregl from 'maplibre-gl';
import { skipDrawingOfNextFrame } from './frame-without-drawing';

/**
 * What a hold waits for: the sources' announced new content, or (a new source, one) a first tile of
 * it; `seen`, the sources whose awaited event has come.
 */
interface Hold {
  readonly sourceIds: readonly string[];
  waitFor: 'content' | 'metadata' | 'tile' | 'release';
  readonly seen: Set<string>;
  /** Called when the hold ends before its data is on its tiles (time limit, error). */
  readonly onGiveUp?: () => void;
}

export interface HoldOptions {
  /** How long the hold lasts at most, ms. */
  readonly maxMs?: number;
  /**
   * Called when the hold ends without its data on its tiles (its time limit, a source's error), just
   * before the frame it held is asked for: what must not be drawn with half-tiled data is hidden
   * here, and only then (not at every hold, which would cost a frame to show it again).
   */
  readonly onGiveUp?: () => void;
}

export class FrameGate {
  private readonly repaint: () => void;
  private holding: Hold | null = null;
  /** Off screen (a map started before its screen): no frame draws until `attach`, whatever the holds. */
  private detached = false;
  private wanted = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly map: maplibregl.Map) {
    this.repaint = map.triggerRepaint.bind(map);
    // Every frame MapLibre asks for (its own, its handlers', ours) goes through triggerRepaint; its
    // resize observer draws at once through redraw(), which waits too (the size is taken all the same).
    map.triggerRepaint = () => {
      if (this.blocked) this.wanted = true;
      else this.repaint();
    };
    const redraw = map.redraw.bind(map);
    map.redraw = () => {
      if (!this.blocked) return redraw();
      this.wanted = true;
      return map;
    };
    map.on('sourcedata', this.check);
    map.on('error', this.onError);
  }

  /**
   * Holds frames until the new data of the source (or of every source given) is on its tiles (or
   * `maxMs` passed); call before setData. A hold replaced by a newer one neither ends nor gives up:
   * the newer one holds the same frames.
   */
  holdUntilLoaded(sourceIds: string | readonly string[], options: HoldOptions = {}): void {
    this.startHold({
      sourceIds: typeof sourceIds === 'string' ? [sourceIds] : sourceIds, waitFor: 'content', seen: new Set(), onGiveUp: options.onGiveUp,
    }, options.maxMs ?? 1500);
  }

  /** Holds frames until `release()` (or `maxMs`): a map with no data yet has nothing to draw. */
  holdUntilReleased(maxMs: number): void {
    this.startHold({ sourceIds: [], waitFor: 'release', seen: new Set() }, maxMs);
  }

  /**
   * For a source just added: a hold until the worker has read its data, one frame that asks for its
   * tiles and draws nothing (MapLibre asks for tiles only from a frame), then a hold until its tiles
   * have loaded.
   */
  holdNewSourceUntilLoaded(sourceId: string, maxMs = 1500): void {
    this.startHold({ sourceIds: [sourceId], waitFor: 'metadata', seen: new Set() }, maxMs);
  }

  /**
   * Holds every frame that would draw until `attach()`: the map is not on screen yet. The frame that
   * asks for a new source's tiles still runs, without drawing, so the tiles are cut meanwhile.
   */
  holdWhileDetached(): void {
    this.detached = true;
  }

  /** The map is on screen: frames draw again once the current hold (if any) ends. */
  attach(): void {
    if (!this.detached) return;
    this.detached = false;
    if (!this.holding && this.wanted) {
      this.wanted = false;
      this.repaint();
    }
  }

  private get blocked(): boolean { return this.holding !== null || this.detached; }

  private startHold(holding: Hold, maxMs: number): void {
    this.holding = holding;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.giveUp(), maxMs);
  }

  /** Ends the hold: its data is there, or (a hold until released) the caller says so. */
  release(): void {
    this.endHold(false);
  }

  private giveUp(): void {
    this.endHold(true);
  }

  private endHold(gaveUp: boolean): void {
    const holding = this.holding;
    if (!holding) return;
    this.holding = null;
    if (gaveUp) holding.onGiveUp?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.detached) return; // asked for again by attach()
    if (this.wanted) this.repaint();
    this.wanted = false;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.holding = null;
    this.map.off('sourcedata', this.check);
    this.map.off('error', this.onError);
  }

  private readonly check = (event: maplibregl.MapSourceDataEvent): void => {
    const holding = this.holding;
    if (!holding || !holding.sourceIds.includes(event.sourceId)) return;
    if (holding.waitFor === 'metadata') {
      if (event.sourceDataType !== 'metadata') return;
      // The frame that asks for the tiles, past the hold (a frame already asked for is that frame),
      // without its drawing: it has nothing new to draw, and drawing it on software WebGL blocks this
      // thread while the worker cuts the tiles (frame-without-drawing.ts). Whatever asks for another
      // frame meanwhile waits with the rest. Before its first tile a new source can count as loaded
      // (no tiles asked for yet): the hold waits for one.
      holding.waitFor = 'tile';
      skipDrawingOfNextFrame(this.map);
      this.repaint();
      return;
    }
    if (holding.waitFor === 'content' ? event.sourceDataType === 'content' : event.tile !== undefined) holding.seen.add(event.sourceId);
    if (holding.sourceIds.every((id) => holding.seen.has(id) && this.map.isSourceLoaded(id))) this.release();
  };

  /** A source or tile that failed shows what it can at once. */
  private readonly onError = (): void => this.giveUp();
}

// The frame gate against a stand-in for MapLibre's map (the events and calls it uses, no WebGL): frames
// asked for during a hold are drawn once when the new data is on its tiles, not before; the metadata
// event of a setData (old tiles still loaded) does not end a hold; a new source gets the one frame that
// asks for its tiles; a hold never outlives its time limit; a map not yet on screen (started before its
// screen) draws nothing until attached, but still gets the frame that asks for its tiles; a hold that
// ends without its data says so (onGiveUp) before its frame, and only then.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { FrameGate } from '../../src/map/frame-gate';

class FakeMap {
  frames = 0;
  redraws = 0;
  loaded = new Map<string, boolean>();
  private listeners = new Map<string, Set<(event: unknown) => void>>();
  triggerRepaint(): void { this.frames++; }
  redraw(): this { this.redraws++; return this; }
  isSourceLoaded(id: string): boolean { return this.loaded.get(id) ?? false; }
  on(type: string, listener: (event: unknown) => void): this {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
    return this;
  }
  off(type: string, listener: (event: unknown) => void): this { this.listeners.get(type)?.delete(listener); return this; }
  fire(type: string, event: Record<string, unknown> = {}): void { for (const l of this.listeners.get(type) ?? []) l(event); }
  /** What MapLibre does on a source event: set the state first, then tell. */
  sourceEvent(sourceId: string, sourceDataType: string | undefined, loaded: boolean, tile?: object): void {
    this.loaded.set(sourceId, loaded);
    this.fire('sourcedata', { sourceId, sourceDataType, ...(tile ? { tile } : {}) });
  }
}

describe('FrameGate', () => {
  let map: FakeMap;
  let gate: FrameGate;
  beforeEach(() => {
    vi.useFakeTimers();
    map = new FakeMap();
    gate = new FrameGate(map as unknown as maplibregl.Map);
  });
  afterEach(() => {
    gate.dispose();
    vi.useRealTimers();
  });

  it('lets frames through when nothing is held', () => {
    map.triggerRepaint();
    map.redraw();
    expect(map.frames).toBe(1);
    expect(map.redraws).toBe(1);
  });

  it('holds a setData\'s frames until its content is on loaded tiles, then draws once', () => {
    gate.holdUntilLoaded('plan');
    map.triggerRepaint(); // MapLibre's dataloading
    map.sourceEvent('plan', 'metadata', true); // old tiles still loaded: not the new data
    map.triggerRepaint();
    map.redraw(); // the resize observer
    expect(map.frames).toBe(0);
    expect(map.redraws).toBe(0);
    map.sourceEvent('plan', 'content', false); // tiles reloading
    map.sourceEvent('other', undefined, true, {}); // another source's tile ends nothing
    map.triggerRepaint();
    expect(map.frames).toBe(0);
    map.sourceEvent('plan', undefined, true, {}); // the last tile back
    expect(map.frames).toBe(1);
    map.triggerRepaint();
    expect(map.frames).toBe(2); // no hold any more
  });

  it('holds two sources\' frames until the new data of both is on loaded tiles, in whichever order they come', () => {
    gate.holdUntilLoaded(['plan', 'details']);
    map.sourceEvent('plan', 'content', false);
    map.sourceEvent('details', 'content', false);
    map.triggerRepaint();
    map.sourceEvent('plan', undefined, true, {}); // the plots tiled, the details not yet
    expect(map.frames).toBe(0);
    map.sourceEvent('details', undefined, true, {});
    expect(map.frames).toBe(1);
    gate.holdUntilLoaded(['plan', 'details']);
    map.sourceEvent('details', 'metadata', true); // old tiles still loaded
    map.sourceEvent('details', 'content', false);
    map.sourceEvent('details', undefined, true, {});
    map.triggerRepaint();
    map.sourceEvent('plan', 'metadata', true);
    expect(map.frames).toBe(1); // the plots' new content not announced yet
    map.sourceEvent('plan', 'content', false);
    map.sourceEvent('plan', undefined, true, {});
    expect(map.frames).toBe(2);
  });

  it('gives a new source the one frame that asks for its tiles once its data is read, then waits for a tile', () => {
    gate.holdUntilReleased(3000);
    map.triggerRepaint();
    expect(map.frames).toBe(0);
    gate.holdNewSourceUntilLoaded('parcels');
    map.sourceEvent('parcels', 'metadata', true); // no tiles asked for yet: "loaded"
    expect(map.frames).toBe(1); // the frame that asks for them
    map.triggerRepaint(); // asked for during that frame
    map.sourceEvent('parcels', 'content', true);
    expect(map.frames).toBe(1);
    map.sourceEvent('parcels', undefined, false, {}); // one tile of two
    expect(map.frames).toBe(1);
    map.sourceEvent('parcels', undefined, true, {});
    expect(map.frames).toBe(2);
  });

  it('lets the frame that asks for a new source\'s tiles draw nothing, and the frames after it draw', () => {
    const drawn: string[] = [];
    class Painter { render(): void { drawn.push('frame'); } }
    const painter = new Painter();
    Object.assign(map, { painter });
    const renderFrame = () => painter.render(); // what MapLibre's _render does after asking for tiles
    gate.holdUntilReleased(3000);
    gate.holdNewSourceUntilLoaded('parcels');
    map.sourceEvent('parcels', 'metadata', true);
    expect(map.frames).toBe(1); // the frame that asks for the tiles…
    renderFrame();
    expect(drawn).toEqual([]); // …draws nothing
    map.sourceEvent('parcels', undefined, true, {});
    renderFrame(); // the frame with the parcels
    renderFrame();
    expect(drawn).toEqual(['frame', 'frame']);
  });

  it('ends a hold after its time limit, or on an error, drawing what was asked for', () => {
    gate.holdUntilLoaded('plan', { maxMs: 1000 });
    map.triggerRepaint();
    vi.advanceTimersByTime(999);
    expect(map.frames).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.frames).toBe(1);

    gate.holdUntilLoaded('plan', { maxMs: 1000 });
    map.triggerRepaint();
    map.fire('error');
    expect(map.frames).toBe(2);

    gate.holdUntilReleased(1000);
    vi.advanceTimersByTime(2000);
    expect(map.frames).toBe(2); // nothing was asked for: nothing drawn
  });

  it('gives up (onGiveUp, before the frame) only when a hold ends without its data: not when it loads, nor when a newer hold replaces it', () => {
    const gaveUp: string[] = [];
    const onGiveUp = (name: string) => () => gaveUp.push(`${name} at frame ${map.frames}`);
    gate.holdUntilLoaded(['plan', 'details'], { maxMs: 1000, onGiveUp: onGiveUp('loaded') });
    map.triggerRepaint();
    for (const id of ['plan', 'details']) {
      map.sourceEvent(id, 'content', false);
      map.sourceEvent(id, undefined, true, {});
    }
    expect(map.frames).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(gaveUp).toEqual([]);

    gate.holdUntilLoaded('plan', { maxMs: 1000, onGiveUp: onGiveUp('replaced') });
    gate.holdUntilLoaded('plan', { maxMs: 1000, onGiveUp: onGiveUp('timed out') });
    map.triggerRepaint();
    vi.advanceTimersByTime(1000);
    expect(gaveUp).toEqual(['timed out at frame 1']); // told before its held frame was asked for
    expect(map.frames).toBe(2);

    gate.holdUntilLoaded('plan', { onGiveUp: onGiveUp('failed') });
    map.triggerRepaint();
    map.fire('error');
    expect(gaveUp).toEqual(['timed out at frame 1', 'failed at frame 2']);
    expect(map.frames).toBe(3);
  });

  it('draws nothing while detached, whatever the holds, but lets the tiles be asked for; draws once attached', () => {
    gate.holdUntilReleased(3000);
    gate.holdWhileDetached();
    gate.holdNewSourceUntilLoaded('parcels');
    map.sourceEvent('parcels', 'metadata', true);
    expect(map.frames).toBe(1); // the frame that asks for the tiles (it draws nothing)
    map.triggerRepaint();
    map.sourceEvent('parcels', undefined, true, {}); // the tiles are in: the hold ends…
    map.redraw();
    vi.advanceTimersByTime(5000);
    expect(map.frames).toBe(1); // …but off screen nothing draws
    expect(map.redraws).toBe(0);
    gate.attach();
    expect(map.frames).toBe(2); // the frames asked for meanwhile, drawn once
    map.triggerRepaint();
    expect(map.frames).toBe(3);
  });

  it('once attached during a hold, draws when the hold ends, not before', () => {
    gate.holdWhileDetached();
    gate.holdUntilLoaded('parcels');
    map.triggerRepaint();
    gate.attach();
    expect(map.frames).toBe(0);
    map.sourceEvent('parcels', 'content', false);
    map.sourceEvent('parcels', undefined, true, {});
    expect(map.frames).toBe(1);
  });

  it('attached without anything asked for, draws nothing', () => {
    gate.holdWhileDetached();
    gate.attach();
    expect(map.frames).toBe(0);
  });
});

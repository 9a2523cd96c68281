// placeWithoutFollowUp against a stand-in for MapLibre 6.17's map (its render event and the internals
// the file reads): after a frame whose finished, fadeless placement is dirty only for being stale, no
// follow-up frame is asked for; a placement still in progress, one with a fade, or a map without those
// internals (another MapLibre version) is left as it was.
import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { placeWithoutFollowUp } from '../../src/map/placement-without-follow-up';

/** The end of MapLibre's Map._render: the render event, then a follow-up frame if placement is dirty. */
class FakeMap {
  followUps = 0;
  _placementDirty: unknown = true;
  style: Record<string, unknown> | undefined;
  private listeners = new Set<() => void>();
  constructor(style: Record<string, unknown> | undefined) { this.style = style; }
  on(type: string, listener: () => void): this { if (type === 'render') this.listeners.add(listener); return this; }
  off(type: string, listener: () => void): this { if (type === 'render') this.listeners.delete(listener); return this; }
  renderFrame(): void {
    for (const listener of this.listeners) listener();
    if (this._placementDirty) this.followUps++;
  }
}

const placement = (stale: boolean, fadeDuration = 0) => ({ stale, fadeDuration });
const pauseable = (done: boolean) => ({ isDone: () => done });

/** A map with placeWithoutFollowUp on it, after one frame. */
function afterOneFrame(style: Record<string, unknown> | undefined): FakeMap {
  const map = new FakeMap(style);
  placeWithoutFollowUp(map as unknown as maplibregl.Map);
  map.renderFrame();
  return map;
}

describe('placeWithoutFollowUp', () => {
  it('asks for no follow-up frame after a finished, fadeless placement that is only stale', () => {
    const style = { placement: placement(true), pauseablePlacement: pauseable(true) };
    const map = afterOneFrame(style);
    expect(map.followUps).toBe(0);
    expect(style.placement.stale).toBe(false);
  });

  it('keeps the follow-up of a placement in progress, or with a fade running', () => {
    for (const style of [
      { placement: placement(true), pauseablePlacement: pauseable(false) },
      { placement: placement(true, 300), pauseablePlacement: pauseable(true) },
    ]) {
      const map = afterOneFrame(style);
      expect(map.followUps).toBe(1);
      expect(style.placement.stale).toBe(true);
    }
  });

  it('leaves a placement dirty for another reason than staleness alone', () => {
    const style = { placement: placement(false), pauseablePlacement: pauseable(true) };
    const map = afterOneFrame(style);
    expect(map.followUps).toBe(1);
  });

  it('does nothing on a map without those internals (another MapLibre version), and throws nothing', () => {
    for (const style of [undefined, {}, { placement: placement(true) }, { placement: { fadeDuration: 0 }, pauseablePlacement: pauseable(true) },
      { placement: placement(true), pauseablePlacement: { isDone: true } }]) {
      const map = new FakeMap(style);
      placeWithoutFollowUp(map as unknown as maplibregl.Map);
      expect(() => map.renderFrame()).not.toThrow();
      expect(map.followUps).toBe(1);
    }
    const renamedStyle = { placement: placement(true), pauseablePlacement: pauseable(true) };
    const renamed = new FakeMap(renamedStyle);
    renamed._placementDirty = undefined; // the flag renamed: nothing to clear
    placeWithoutFollowUp(renamed as unknown as maplibregl.Map);
    renamed.renderFrame();
    expect(renamedStyle.placement.stale).toBe(true);
  });

  it('stops when asked', () => {
    const map = new FakeMap({ placement: placement(true), pauseablePlacement: pauseable(true) });
    placeWithoutFollowUp(map as unknown as maplibregl.Map)();
    map.renderFrame();
    expect(map.followUps).toBe(1);
  });
});

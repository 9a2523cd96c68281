/**
 * The dividing line of two selected plots on the planner's map, and its drag (mouse or touch): the
 * line follows the pointer across itself while dragged (a preview; nothing is edited), and on release
 * the adapter reports where the drag started and ended. The workspace turns that into metres.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { DividerDrag } from './plan-map-adapter';

export const DIVIDER_SOURCE = 'plan-divider';
export const DIVIDER_LAYER = 'plan-divider-line';
const DIVIDER_HIT_LAYER = 'plan-divider-hit';
import { MAP_PALETTE } from './map-palette';

const DIVIDER_COLOUR = MAP_PALETTE.divider;

type Line = readonly [readonly [number, number], readonly [number, number]];

const collection = (line: Line | null): FeatureCollection => ({
  type: 'FeatureCollection',
  features: line ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line.map((q) => [q[0], q[1]]) } }] : [],
});

export class DividerDragHandler {
  private line: Line | null = null;
  private grabbed: { from: maplibregl.LngLat; point: maplibregl.Point } | null = null;
  private readonly listeners = new Set<(drag: DividerDrag) => void>();

  constructor(private readonly map: maplibregl.Map) {
    map.addSource(DIVIDER_SOURCE, { type: 'geojson', data: collection(null) as never });
    map.addLayer({ id: DIVIDER_LAYER, type: 'line', source: DIVIDER_SOURCE, paint: { 'line-color': DIVIDER_COLOUR, 'line-width': 5, 'line-dasharray': [2, 1] } });
    // A wide, unseen line to grab: a finger is wider than the line drawn.
    map.addLayer({ id: DIVIDER_HIT_LAYER, type: 'line', source: DIVIDER_SOURCE, paint: { 'line-color': DIVIDER_COLOUR, 'line-width': 24, 'line-opacity': 0 } });
    const start = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent) => {
      if (!this.line) return;
      event.preventDefault();
      map.dragPan.disable();
      this.grabbed = { from: event.lngLat, point: event.point };
    };
    map.on('mousedown', DIVIDER_HIT_LAYER, start);
    map.on('touchstart', DIVIDER_HIT_LAYER, start);
    const move = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent) => {
      if (!this.grabbed || !this.line) return;
      (map.getSource(DIVIDER_SOURCE) as maplibregl.GeoJSONSource).setData(collection(this.shifted(event.point)));
      this.emit(event.lngLat, false);
    };
    map.on('mousemove', move);
    map.on('touchmove', move);
    const end = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent) => {
      if (!this.grabbed) return;
      this.emit(event.lngLat, true);
      this.grabbed = null;
      map.dragPan.enable();
    };
    map.on('mouseup', end);
    map.on('touchend', end);
    map.on('mouseenter', DIVIDER_HIT_LAYER, () => { map.getCanvas().style.cursor = 'move'; });
    map.on('mouseleave', DIVIDER_HIT_LAYER, () => { map.getCanvas().style.cursor = ''; });
  }

  setLine(line: Line | null): void {
    this.line = line;
    (this.map.getSource(DIVIDER_SOURCE) as maplibregl.GeoJSONSource).setData(collection(line));
  }

  get current(): Line | null {
    return this.line;
  }

  onDrag(callback: (drag: DividerDrag) => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  private emit(to: maplibregl.LngLat, done: boolean): void {
    if (!this.grabbed) return;
    const drag: DividerDrag = { from: [this.grabbed.from.lng, this.grabbed.from.lat], to: [to.lng, to.lat], done };
    for (const listener of this.listeners) listener(drag);
  }

  /** The line moved across itself by the pointer's move across it, in screen pixels. */
  private shifted(point: maplibregl.Point): Line {
    const [a, b] = this.line!.map((q) => this.map.project([q[0], q[1]]));
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len, ny = dx / len;
    const across = (point.x - this.grabbed!.point.x) * nx + (point.y - this.grabbed!.point.y) * ny;
    const at = (p: maplibregl.Point) => this.map.unproject([p.x + nx * across, p.y + ny * across]);
    const [p, q] = [at(a), at(b)];
    return [[p.lng, p.lat], [q.lng, q.lat]];
  }
}

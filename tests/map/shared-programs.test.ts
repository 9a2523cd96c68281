// The layers that share shader programs (src/map/shared-programs.ts), checked with MapLibre's own
// style-spec expression engine: the per-feature colours paint what the constants did, and the
// layers of the first #/plan frame fall into as few program keys as MapLibre makes
// (src/data/program_configuration.ts: per paint property, constant `u_`, feature `a_`, zoom and feature `z_`).
import { describe, expect, it } from 'vitest';
import { expression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { perFeatureColour, sharedProgramConstant } from '../../src/map/shared-programs';
import { dataLayers } from '../../src/map/style';
import { layoutBaseLayers, layoutTopLayers, plotFillColour } from '../../src/map/layout-layers';

type Spec = Record<string, Record<string, { 'property-type'?: string; type?: string; default?: unknown }>>;

function compiled(value: unknown, layerType: string, property: string) {
  const spec = (latest as unknown as Spec)[`paint_${layerType}`][property];
  const made = expression.createPropertyExpression(value as never, `paint.${property}`, spec as never);
  if (made.result !== 'success') throw new Error(JSON.stringify(made.value));
  return made.value;
}

/** MapLibre's program key of a layer: its type and, per data-driven-capable paint property, how it is bound. */
function programKey(layer: LayerSpecification): string {
  const spec = (latest as unknown as Spec)[`paint_${layer.type}`];
  const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
  const keys = Object.keys(spec).filter((p) => /data-driven/.test(spec[p]['property-type'] ?? '') && !p.endsWith('-pattern')).map((p) => {
    if (p === 'line-dasharray') return paint[p] ? 'dashed' : 'solid';
    const kind = paint[p] === undefined ? 'constant' : compiled(paint[p], layer.type, p).kind;
    return `${p}:${kind === 'constant' || kind === 'camera' ? 'u' : kind === 'source' ? 'a' : 'z'}`;
  });
  return `${layer.type} ${keys.sort().join(' ')}`;
}

describe('layers sharing shader programs', () => {
  it('paints a per-feature colour as the colour, whatever the feature holds', () => {
    const colour = compiled(perFeatureColour('#c9c5bd'), 'fill', 'fill-color');
    expect(colour.kind).toBe('source');
    for (const properties of [{}, { kind: 'road' }, { 'phanlo-shared-program': 'x' }]) {
      expect(colour.evaluate({ zoom: 16 }, { type: 'Polygon', properties } as never)).toEqual(compiled('#c9c5bd', 'fill', 'fill-color').evaluate({ zoom: 16 }));
    }
    expect(sharedProgramConstant(perFeatureColour('#c9c5bd'))).toBe('#c9c5bd');
    expect(sharedProgramConstant(['get', 'color'])).toEqual(['get', 'color']);
  });

  it('puts the fills and the dashed lines of the plan map into one program key each, the solid lines into two', () => {
    const layers = [...dataLayers('vi-VN'), ...layoutBaseLayers(), ...layoutTopLayers('vi-VN')]
      .filter((l) => l.type === 'fill' || l.type === 'line')
      .filter((l) => !('paint' in l && l.paint && 'fill-pattern' in l.paint));
    const keys = new Map<string, string[]>();
    for (const layer of layers) keys.set(programKey(layer), [...(keys.get(programKey(layer)) ?? []), layer.id]);
    expect([...keys.keys()].filter((k) => k.startsWith('fill'))).toHaveLength(1);
    // Constant widths, and the context roads' widths per feature and zoom.
    expect([...keys.keys()].filter((k) => k.startsWith('line') && k.includes('solid'))).toHaveLength(2);
    expect([...keys.keys()].filter((k) => k.startsWith('line') && k.includes('dashed'))).toHaveLength(1);
  });

  it('keys every plot colouring with the other fills', () => {
    const plotFill = (mode: 'kind' | 'area' | 'rule') => programKey({ id: 'p', type: 'fill', source: 's', paint: { 'fill-color': plotFillColour(mode), 'fill-opacity': 0.9 } });
    expect(new Set([plotFill('kind'), plotFill('area'), plotFill('rule')]).size).toBe(1);
  });
});

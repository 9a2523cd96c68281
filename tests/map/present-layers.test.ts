import { describe, expect, it } from 'vitest';
import { PRESENT_LAYER_IDS, presentLayers } from '../../src/map/present-layers';

const layers = presentLayers();
const layer = (id: string) => {
  const index = layers.findIndex((l) => l.id === id);
  const found = layers[index];
  if (!found || found.type !== 'symbol') throw new Error(`no symbol layer ${id}`);
  return { index, layout: found.layout ?? {} };
};

describe("the household view's labels", () => {
  it("always draw the shown plot's code, area, edge lengths and front road, and keep their room", () => {
    for (const id of [PRESENT_LAYER_IDS.focusLabel, PRESENT_LAYER_IDS.edgeLabel, PRESENT_LAYER_IDS.roadLabel]) {
      const { layout } = layer(id);
      expect(layout['text-allow-overlap'], id).toBe(true);
      // Ignoring placement would let the neighbours' codes and the road name be drawn over them.
      expect(layout['text-ignore-placement'] ?? false, id).toBe(false);
    }
  });

  it("let the neighbours' codes give way to them (placed after: lower in the list)", () => {
    const own = Math.min(...[PRESENT_LAYER_IDS.focusLabel, PRESENT_LAYER_IDS.edgeLabel, PRESENT_LAYER_IDS.roadLabel].map((id) => layer(id).index));
    for (const id of [PRESENT_LAYER_IDS.neighbourLabel]) {
      const { index, layout } = layer(id);
      expect(layout['text-allow-overlap'] ?? false, id).toBe(false);
      expect(index, `${id} lies under the plot's own labels`).toBeLessThan(own);
    }
  });
});

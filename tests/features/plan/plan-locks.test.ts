// Locked plots on the planner's map (issue 8): the workspace tells the map which plots are locked (as
// the variant stores them), and the map's hatch is a tiling diagonal in the locked colour.
import { describe, expect, it } from 'vitest';
import { PlanWorkspace } from '../../../src/features/plan/plan-workspace';
import { planLockMessages } from '../../../src/i18n/messages/plan-locks';
import { KIND_COLOURS } from '../../../src/map/layout-colours';
import { lockedFilter, lockHatchImage } from '../../../src/map/layout-layers';
import { createPlanLayoutStore } from '../../../src/state/plan-layout';
import { createPlanParametersStore } from '../../../src/state/plan-parameters';
import { createPlanViewStore } from '../../../src/state/plan-view';
import { FakePlanMap, ManualRunner } from './fakes';

const setup = () => new PlanWorkspace({
  runner: new ManualRunner(), stores: { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() },
});

describe('locked plots on the map', () => {
  it('the map is told the locked plots when attached and whenever they change', () => {
    const workspace = setup();
    workspace.setLockedCodes(['A-03']);
    const map = new FakePlanMap();
    workspace.attachMap(map);
    expect(map.locked).toEqual(['A-03']);
    workspace.setLockedCodes(['A-03', 'B-01']);
    expect(map.locked).toEqual(['A-03', 'B-01']);
    workspace.setLockedCodes([]);
    expect(map.locked).toEqual([]);
  });

  it('the filter names plots by id and nothing else', () => {
    expect(lockedFilter(['A-03'])).toEqual(['all', ['==', ['get', 'kind'], 'plot'], ['in', ['get', 'id'], ['literal', ['A-03']]]]);
  });

  it('the hatch tiles into unbroken diagonals of the locked colour', () => {
    const { width, height, data } = lockHatchImage();
    expect(data).toHaveLength(width * height * 4);
    const opaque = (x: number, y: number) => data[(((y + height) % height) * width + ((x + width) % width)) * 4 + 3] > 0;
    let inked = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // Along the diagonal (one right, one up) a pixel keeps its ink, across tile edges too.
        expect(opaque(x + 1, y - 1), `${x},${y}`).toBe(opaque(x, y));
        if (opaque(x, y)) {
          inked++;
          const i = (y * width + x) * 4;
          expect('#' + [...data.slice(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')).toBe(KIND_COLOURS.locked);
        }
      }
    }
    // Some ink, mostly see-through: the plot's own colour stays readable under it.
    expect(inked / (width * height)).toBeGreaterThan(0.1);
    expect(inked / (width * height)).toBeLessThan(0.4);
  });

  it('its legend words exist in Vietnamese and English', () => {
    expect(Object.keys(planLockMessages.en)).toEqual(Object.keys(planLockMessages.vi));
  });
});

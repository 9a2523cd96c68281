// Hand edits in the hand-edit worker: the request and answer cross a structured clone as in the browser,
// and what comes back is what the same command gives on this thread (layout, touched plots, warnings,
// refusals); the editor stores and shows it, and an edit overtaken by another layout is refused as stale.
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/db/change';
import type { Variant } from '../../src/db/variants';
import { PlanEditor } from '../../src/features/plan/plan-editor';
import { PlanWorkspace } from '../../src/features/plan/plan-workspace';
import { DEFAULT_LAYOUT_PARAMETERS, generateLayout, type LayoutResult } from '../../src/geo/layout';
import { applyEditCommand, type EditMessage, type LayoutEditCommand } from '../../src/geo/layout-edits';
import { createPlanLayoutStore } from '../../src/state/plan-layout';
import { createPlanParametersStore } from '../../src/state/plan-parameters';
import { createPlanViewStore } from '../../src/state/plan-view';
import { EditWorkerClient, type EditWorkerPort } from '../../src/workers/layout-edits-client';
import { editRequestHandler, handleEditRequest, type EditRequest, type EditResponse } from '../../src/workers/layout-edits-protocol';
import { planEditPicks } from '../e2e/plan-edit-picks';
import { demoSite, FakePlanMap, ManualRunner } from '../features/plan/fakes';

const site = demoSite();
const layout = generateLayout(site, DEFAULT_LAYOUT_PARAMETERS) as LayoutResult;
// Plots picked by what the steps need (a pair that merges, another plot), not by code: the demo's plots change with the engine.
const picks = planEditPicks();
const MERGE: [string, string] = [...picks.merge];
const OTHER = picks.allocated;

/** Runs the real handler on a structured clone of each request, answering later, as a browser worker does. */
class CloningEditWorker implements EditWorkerPort {
  onmessage: ((event: MessageEvent<EditResponse>) => void) | null = null;
  readonly sent: EditRequest[] = [];
  terminated = false;
  private readonly handle = editRequestHandler();
  postMessage(message: EditRequest): void {
    const copy = structuredClone(message);
    this.sent.push(copy);
    setTimeout(() => this.onmessage?.({ data: structuredClone(this.handle(copy)) } as MessageEvent<EditResponse>), 0);
  }
  terminate(): void { this.terminated = true; }
}

const COMMANDS: LayoutEditCommand[] = [
  { kind: 'split', code: 'A-01', direction: 'frontage', parts: 2 },
  { kind: 'merge', codes: MERGE },
  { kind: 'move', codes: MERGE, offsetM: 1.5 },
  { kind: 'convert', codes: ['B-01'], into: { to: 'green' } },
  { kind: 'rename', code: 'A-01', newCode: 'X-1' },
  { kind: 'split', code: 'A-01', direction: 'frontage', parts: 9 }, // refused: too narrow
];

describe('the hand-edit worker', () => {
  it('gives what the same command gives on this thread, refusals included', async () => {
    const client = new EditWorkerClient(new CloningEditWorker());
    for (const command of COMMANDS) {
      const here = applyEditCommand(command, layout, site, ['C-01']);
      const there = await client.run(command, layout, site, ['C-01']);
      expect(there, command.kind).toEqual(JSON.parse(JSON.stringify(here)));
    }
    expect(COMMANDS.map((c) => applyEditCommand(c, layout, site).ok)).toContain(false);
    client.dispose();
  });

  it('the layout its last edit made is not sent again, and the next edit of it gives what this thread gives', async () => {
    const worker = new CloningEditWorker();
    const client = new EditWorkerClient(worker);
    const first = await client.run({ kind: 'merge', codes: MERGE }, layout, site, []);
    expect(first.ok).toBe(true);
    const made = first.ok ? first.layout : layout;
    // A refused edit of the layout made: not sent, and the worker still holds it afterwards.
    const refused = await client.run({ kind: 'split', code: OTHER, direction: 'frontage', parts: 9 }, made, site, []);
    expect(refused.ok).toBe(false);
    const second = await client.run({ kind: 'convert', codes: [OTHER], into: { to: 'green' } }, made, site, []);
    expect(worker.sent.map((r) => r.layout === null)).toEqual([false, true, true]);
    expect(second).toEqual(JSON.parse(JSON.stringify(applyEditCommand({ kind: 'convert', codes: [OTHER], into: { to: 'green' } }, made, site))));
    // Another layout (a regeneration, an undo) is sent whole.
    await client.run({ kind: 'merge', codes: MERGE }, layout, site, []);
    expect(worker.sent.at(-1)!.layout).not.toBeNull();
    expect(handleEditRequest({ id: 1, command: { kind: 'merge', codes: MERGE }, layout: null, site, locked: [] })).toHaveProperty('crash');
    client.dispose();
  });

  it('a crash in the worker rejects the edit; dispose ends the worker and what waited', async () => {
    const worker = new CloningEditWorker();
    const client = new EditWorkerClient(worker);
    await expect(client.run({ kind: 'merge', codes: MERGE }, { ...layout, features: null } as never, site, [])).rejects.toThrow();
    const waiting = client.run({ kind: 'merge', codes: MERGE }, layout, site, []);
    client.dispose();
    await expect(waiting).rejects.toThrow(/ended/);
    expect(worker.terminated).toBe(true);
  });

  it('the editor stores and shows the worker\'s outcome; one overtaken by another layout is refused as stale', async () => {
    const stores = { parameters: createPlanParametersStore(), layout: createPlanLayoutStore(), view: createPlanViewStore() };
    const workspace = new PlanWorkspace({ runner: new ManualRunner(), stores });
    workspace.attachMap(new FakePlanMap());
    workspace.openVariant(site, DEFAULT_LAYOUT_PARAMETERS, layout);
    const variant: Variant = { id: 'demo', name: null, site: null, parameters: DEFAULT_LAYOUT_PARAMETERS, layout, approved: true, createdAt: '2026-01-01T00:00:00.000Z' };
    const commits: Edit[] = [];
    const told: EditMessage[] = [];
    const client = new EditWorkerClient(new CloningEditWorker());
    const editor = new PlanEditor({
      workspace, variant: () => variant, allocations: async () => [], confirm: async () => true,
      commit: async (edit) => { commits.push(edit); return true; }, tell: (message) => told.push(message),
      runEdit: (command, shown, zone, locked) => client.run(command, shown, zone, locked),
    });
    expect(await editor.apply({ kind: 'merge', codes: MERGE })).toBe('applied');
    const expected = applyEditCommand({ kind: 'merge', codes: MERGE }, layout, site);
    expect(expected.ok && stores.layout.getState().layout).toEqual(expected.ok && JSON.parse(JSON.stringify(expected.layout)));
    expect(commits).toHaveLength(1);
    // Another layout arrives while the next edit runs (an undo elsewhere): that edit is not stored.
    const next = editor.apply({ kind: 'split', code: OTHER, direction: 'frontage', parts: 2 });
    workspace.showEdited(layout);
    expect(await next).toBe('refused');
    expect(told.at(-1)?.key).toBe('planEdit.refused.stale');
    expect(commits).toHaveLength(1);
    client.dispose();
  });
});

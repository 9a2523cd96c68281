/**
 * The road network's last look at its dead ends, as the layout will write them: the centre lines
 * fitted to the drawn roads (centre-lines.ts) and the dead ends measured on them (dead-ends.ts), the
 * way the balance and an independent checker measure them. The draft measures dead ends on its own
 * plan of branches and spines, which a pond or a strip can split where the plan sees one road: a pond
 * sitting on a branch writes it as two lines, the far one a 537 m dead end behind a second gate
 * (random strip-end 154). Each dead end found here still over `maxDeadEndM` gets a turning square
 * (turning-areas.ts: the whole `turnaroundM` square on the land, moved back up to `maxDeadEndM` from
 * the end) before the plots are cut; one with no room stays open and is warned by the layout.
 */
import type { PlanePoint } from '../coordinates';
import { fitCentreLinesOnly } from './centre-lines';
import { openDeadEnds } from './dead-ends';
import { toLocal } from './frame';
import type { RoadDraft } from './road-draft';
import type { RoadNetwork } from './road-network';
import { placeTurningAreas, type DeadEnd, type TurningArea } from './turning-areas';
import type { LayoutWarning } from './types';

/** Turning squares for the dead ends the written roads would have open (none when there are none). */
export function squaresForWrittenDeadEnds(
  d: RoadDraft, network: RoadNetwork, accessRoads: readonly (readonly PlanePoint[])[],
): { areas: TurningArea[]; warnings: LayoutWarning[] } {
  const { f, p } = d;
  const lines = fitCentreLinesOnly(network.centrelines, d.zone, network.all);
  const turnarounds = network.pieces.filter((q) => q.role === 'turnaround').flatMap((q) => q.polygons);
  const open = openDeadEnds(lines, turnarounds, d.zone[0], accessRoads, p.maxDeadEndM, p.turnaroundM, network.all);
  if (!open.length) return { areas: [], warnings: [] };
  const ends = open.map((o): DeadEnd => {
    const [s, t] = toLocal(f, o.end), [s0, t0] = toLocal(f, o.from);
    // Every road of a pattern runs along s or t of the frame: the end's way is the larger difference.
    return Math.abs(s - s0) >= Math.abs(t - t0)
      ? { s, t: t0, dir: Math.sign(s - s0), lengthM: o.lengthM, role: 'branch' }
      : { s: s0, t, dir: Math.sign(t - t0), lengthM: o.lengthM, role: 'spine' };
  });
  const placed = placeTurningAreas(f, d.inner, ends, p);
  return { areas: placed.areas, warnings: placed.warnings };
}

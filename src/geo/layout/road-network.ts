/**
 * The internal roads as right-of-way polygons: the main road from the entrance across the zone, the
 * branch roads of the row plan, secondary spines reaching branch pieces the main road cannot (behind a
 * notch or a pond), loops joining long branch ends, cross streets in long blocks, corner cuts for kerb
 * radii at junctions (QCVN 01:2021 2.9.3.2) and turning areas at dead ends still longer than
 * `maxDeadEndM` (QCVN 06:2022 6.2.5). Pieces of a road cut off from the entrance are dropped.
 */
import type { PlanePoint } from '../coordinates';
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons, subtractPolygons, unitePolygons } from './clip';
import { localExtent, localRect, makeFrame, sSlab, toLocal, toPlane, tSlab, type LocalFrame } from './frame';
import { cornerCut } from './kerb-corners';
import { keepConnected, solid, type RoadPiece } from './road-pieces';
import { boundingBox } from '../ring-helpers';
import { pointInPolygon } from './segments';
import { fullWidthEnds } from './branch-whole-width';
import { chooseSecondGates, type GateSite } from './second-gates';
import { deadEndWarning, placeTurningAreas, type DeadEnd } from './turning-areas';
import type { LayoutParameters, LayoutWarning } from './types';

/** Longest block between two cross connections of neighbouring branches, m (an industrial-park block). */
const MAX_BLOCK_LENGTH_M = 250;

/** How far a loop joining two branch ends may move inward to find a free lane, m, and in what steps. */
const MAX_LOOP_SHIFT_M = 30;
const LOOP_SHIFT_STEP_M = 2;

/** A branch end shorter than this past a loop is no stub, m. */
const STUB_MIN_M = 0.01;

/** Area a whole lane may lack to grid rounding: this much plus this much per metre of lane, m². */
const LANE_SLACK_M2 = 0.02;
const LANE_SLACK_PER_M = 0.0005;

/** A branch cut back for want of room for a turning area ends this far inside maxDeadEndM, m. */
const DEAD_END_MARGIN_M = 0.5;

/** How many positions on the plot grid are tried for a secondary spine. */
const MAX_SPINE_CANDIDATES = 40;

/** A road along v: the main road (s = 0) or a secondary spine reaching rows the main road cannot. */
interface Spine { s: number; half: number; tFrom: number; tTo: number; down?: boolean; loop?: number; cross?: boolean }

export type { RoadPiece } from './road-pieces';

export interface RoadLine {
  readonly role: 'main' | 'branch';
  readonly widthM: number;
  readonly points: PlanePoint[];
}

export interface RoadNetwork {
  readonly pieces: RoadPiece[];
  readonly centrelines: RoadLine[];
  readonly kerbs: PlanePoint[][];
  /** Every road polygon as drawn (clipped to the zone). */
  readonly all: PlanePolygon[];
  /** The raw shapes the roads were drawn from: the land for plots loses exactly these. */
  readonly raw: PlanePolygon[];
  /** The raw shapes of the main road at the entrance, which cross the green strips. */
  readonly crossing: PlanePolygon[];
  readonly warnings: LayoutWarning[];
  /** Branch ends running on past a loop, which may lead nowhere. */
  readonly stubs: RoadStub[];
}

/** A branch end past a loop: the road land it covers and where the branch ends without it. */
export interface RoadStub {
  readonly region: PlanePolygon;
  readonly end: PlanePoint;
}

/**
 * @param zone the zone (holes kept free)
 * @param inner the zone less its green strips: where roads other than the entrance may run
 * @param tStart t where the buildable area starts behind the entrance, m
 * @param branchT t of each branch centre line, m
 * @param gateSite the public roads, homes strip and main gate, for second gates (second-gates.ts)
 */
export function buildRoadNetwork(
  f: LocalFrame, zone: PlanePolygon, inner: PlanePolygon[], tStart: number, branchT: readonly number[], p: LayoutParameters,
  gateSite?: GateSite,
): RoadNetwork {
  const halfMain = p.mainRoadWidthM / 2;
  const halfBranch = p.branchRoadWidthM / 2;
  const r = p.kerbRadiusM;
  const warnings: LayoutWarning[] = [];
  const lastT = branchT.length ? branchT[branchT.length - 1] : f.tHi;
  // Roads are drawn as raw shapes (slabs, corner cuts, squares) and clipped to the zone for display;
  // the land for plots loses the raw shapes, so both sides of a road edge share the same line.
  const raw: PlanePolygon[] = [];
  // The main road: through the strip at the entrance, then inside the inner area.
  const crossing = intersectPolygons([zone], [localRect(f, -halfMain - r, halfMain + r, -1, tStart + 1)]);
  const allowed = unitePolygons(inner, crossing);
  const lane = sSlab(f, -halfMain, halfMain);
  const mainAll = intersectPolygons(intersectPolygons(allowed, [lane]), [tSlab(f, f.tLo, lastT)]);
  const probe = toPlane(f, 0, Math.min(0.5, tStart / 2 + 0.01));
  let main = mainAll.filter((poly) => pointInPolygon(probe[0], probe[1], poly));
  if (!main.length) main = mainAll.slice(0, 1);
  const mainTEnd = localExtent(f, main)[3];
  const rawMain = intersectPolygons([lane], [tSlab(f, f.tLo, Math.min(lastT, mainTEnd))]);
  raw.push(...rawMain);
  const kerbs: PlanePoint[][] = [];
  const entranceCuts: PlanePolygon[] = [];
  for (const sigma of r > 0 ? [-1, 1] : []) {
    const cut = cornerCut(f, sigma * halfMain, 0, sigma, 1, r);
    entranceCuts.push(cut.triangle);
    kerbs.push(cut.arc);
  }
  if (entranceCuts.length) main = unitePolygons(main, intersectPolygons([zone], entranceCuts));
  raw.push(...entranceCuts);
  const crossingShapes = [...intersectPolygons([lane], [tSlab(f, f.tLo, tStart + 1)]), ...entranceCuts];
  const pieces: RoadPiece[] = [{ role: 'main', widthM: p.mainRoadWidthM, polygons: main }];
  const centrelines: RoadLine[] = [{ role: 'main', widthM: p.mainRoadWidthM, points: [toPlane(f, 0, 0), toPlane(f, 0, mainTEnd)] }];
  let lastJunctionT = 0;
  /** Road ends beyond the last junction; `dir` is the way the road runs out (+1 towards greater s or t). */
  const deadEnds: DeadEnd[] = [];
  // Roads other than the main one, drawn at the end in this order: each loses what came before it.
  const later: { role: 'branch'; raw: PlanePolygon[] }[] = [];
  const spines: Spine[] = [{ s: 0, half: halfMain, tFrom: 0, tTo: mainTEnd }];
  const reached: { t: number; sMin: number; sMax: number }[] = [];
  const laneInside = (s: number, half: number, t0: number, t1: number): boolean =>
    t1 <= t0 || multiPolygonAreaM2(intersectPolygons(intersectPolygons(inner, [sSlab(f, s - half, s + half)]), [tSlab(f, t0, t1)])) >= 0.98 * 2 * half * (t1 - t0);
  // A loop or cross street must be whole: a pond corner poking into its lane breaks the junction.
  const laneWhole = (s: number, half: number, t0: number, t1: number): boolean =>
    t1 <= t0 || 2 * half * (t1 - t0) - multiPolygonAreaM2(intersectPolygons(intersectPolygons(inner, [sSlab(f, s - half, s + half)]), [tSlab(f, t0, t1)])) <= LANE_SLACK_M2 + LANE_SLACK_PER_M * (t1 - t0);
  const laneOnPiece = (piece: PlanePolygon, s: number, half: number): boolean =>
    multiPolygonAreaM2(intersectPolygons([piece], [sSlab(f, s - half, s + half)])) >= 0.98 * 2 * half * p.branchRoadWidthM;
  /**
   * A secondary spine (a branch along v) from a reached branch to this piece, on the plot grid: up from
   * the branch below, or (second pass) down from the branch above.
   */
  const newSpine = (piece: PlanePolygon, pMin: number, pMax: number, t: number, down: boolean): Spine | null => {
    const centre = (pMin + pMax) / 2;
    const candidates: number[] = [];
    for (let j = 0; j < MAX_SPINE_CANDIDATES; j++) {
      for (const sigma of [1, -1]) {
        const sc = sigma * (halfMain + j * p.targetFrontageM);
        if (sc - halfBranch >= pMin && sc + halfBranch <= pMax) candidates.push(sc);
      }
    }
    candidates.sort((x, y) => Math.abs(x - centre) - Math.abs(y - centre) || x - y);
    for (const sc of candidates.slice(0, MAX_SPINE_CANDIDATES)) {
      if (!laneOnPiece(piece, sc, halfBranch)) continue;
      const near = reached.filter((q) => (down ? q.t > t : q.t < t) && q.sMin <= sc - halfBranch - r && sc + halfBranch + r <= q.sMax)
        .sort((x, y) => Math.abs(x.t - t) - Math.abs(y.t - t))[0];
      if (!near) continue;
      const [t0, t1] = down ? [t, near.t] : [near.t, t];
      if (laneInside(sc, halfBranch, t0, t1)) return { s: sc, half: halfBranch, tFrom: t0, tTo: t1, down };
    }
    return null;
  };
  const unreached: { t: number; slab: PlanePolygon; piece: PlanePolygon }[] = [];
  /** Each branch piece reached; s0, s1 the ends of its road (equal when none was drawn). */
  const built: {
    t: number; pMin: number; pMax: number; fMin: number; fMax: number; leftFree: boolean; rightFree: boolean; s0: number; s1: number;
    road?: number; line?: number; slab: PlanePolygon; cuts: PlanePolygon[];
  }[] = [];
  /** Connects one piece of a branch slab to the spines; false when it cannot be reached. */
  const connect = (t: number, slab: PlanePolygon, piece: PlanePolygon, down: boolean): boolean => {
      const [pMin, pMax] = localExtent(f, [piece]);
      // An existing spine serves the piece where its lane meets it (an oblique zone edge may cut the lane).
      const onPiece = (sp: Spine) => sp.s + sp.half > pMin && sp.s - sp.half < pMax &&
        multiPolygonAreaM2(intersectPolygons([piece], [sSlab(f, sp.s - sp.half, sp.s + sp.half)])) > 1;
      let touching = spines.filter((sp) => sp.tFrom <= t + 0.01 && sp.tTo >= t - halfBranch && onPiece(sp));
      if (!touching.length) {
        // Carry a spine that stopped lower up to this branch, if its lane is free.
        touching = spines.filter((sp) => sp !== spines[0] && sp.tTo < t && onPiece(sp) && laneInside(sp.s, sp.half, sp.tTo, t));
        for (const sp of touching) sp.tTo = t;
      }
      if (!touching.length) {
        const spine = newSpine(piece, pMin, pMax, t, down);
        if (spine) { spines.push(spine); touching = [spine]; }
      }
      if (!touching.length) return false;
      touching.sort((x, y) => x.s - y.s);
      const first = touching[0], last = touching[touching.length - 1];
      // An end too short to front one plot is not built.
      const leftFree = first.s - first.half - pMin >= p.minFrontageM;
      const rightFree = pMax - (last.s + last.half) >= p.minFrontageM;
      const s0 = leftFree ? pMin - 1 : first.s;
      const s1 = rightFree ? pMax + 1 : last.s;
      reached.push({ t, sMin: leftFree ? pMin : first.s, sMax: rightFree ? pMax : last.s });
      if (first === spines[0] || touching.includes(spines[0])) lastJunctionT = Math.max(lastJunctionT, t);
      const cuts: PlanePolygon[] = [];
      for (const sp of touching) {
        for (const sigma of [-1, 1]) {
          if (r <= 0 || (sigma > 0 ? s1 < sp.s + sp.half + r : s0 > sp.s - sp.half - r)) continue;
          for (const tau of [-1, 1]) {
            if (tau < 0 ? sp.tFrom > t - halfBranch - r - 1 : sp.tTo < t + halfBranch + r + 1) continue;
            const cut = cornerCut(f, sp.s + sigma * sp.half, t + tau * halfBranch, sigma, tau, r);
            cuts.push(cut.triangle);
            kerbs.push(cut.arc);
          }
        }
      }
      const drawn = s1 - s0 > 0.01;
      const [fMin, fMax] = fullWidthEnds(f, piece, t, halfBranch, pMin, pMax);
      built.push({
        t, pMin, pMax, fMin, fMax, leftFree, rightFree, s0, s1: drawn ? s1 : s0, slab, cuts,
        ...(drawn ? { road: later.length, line: centrelines.length } : {}),
      });
      if (drawn) {
        later.push({ role: 'branch', raw: [...intersectPolygons([slab], [sSlab(f, s0, s1)]), ...cuts] });
        centrelines.push({ role: 'branch', widthM: p.branchRoadWidthM, points: [toPlane(f, Math.max(s0, pMin), t), toPlane(f, Math.min(s1, pMax), t)] });
      }
      return true;
  };
  for (const t of branchT) {
    const slab = tSlab(f, t - halfBranch, t + halfBranch);
    for (const piece of intersectPolygons(inner, [slab])) if (!connect(t, slab, piece, false)) unreached.push({ t, slab, piece });
  }
  // Second pass: pieces cut off below a hole or a notch may hang from the branch above.
  for (const u of unreached) connect(u.t, u.slab, u.piece, true);
  const spinesOnWithHalf = (b: (typeof built)[number]) =>
    spines.filter((sp) => sp.tFrom <= b.t + 0.01 && sp.tTo >= b.t - halfBranch && sp.s > b.pMin && sp.s < b.pMax);
  // Road ends carried through the strip to a second public road (`index:dir` of built, or 'main').
  const gatedEnds = new Set<string>();
  // How far a branch runs on past the edge of its last junction (as QCVN 06 6.2.5 and the written
  // centre lines measure a dead end), where it has its whole width.
  const runOut = (b: (typeof built)[number], dir: number): number => {
    const on = spinesOnWithHalf(b);
    if (!on.length || !(dir > 0 ? b.rightFree : b.leftFree)) return 0;
    return dir > 0 ? b.fMax - Math.max(...on.map((sp) => sp.s + sp.half)) : Math.min(...on.map((sp) => sp.s - sp.half)) - b.fMin;
  };
  const gates = gateSite ? chooseSecondGates(f, zone, gateSite, built, runOut, mainTEnd, p) : [];
  for (const g of gates) gatedEnds.add(g.key);
  // Loops: where neighbouring branches both run on past maxDeadEndM on the same side, a spine joins
  // their ends (moved inward until its lane is free), so that neither is a dead end.
  const byT = [...built].sort((x, y) => x.t - y.t || x.pMin - y.pMin);
  for (const a of byT) {
    const nextT = branchT.find((t) => t > a.t + 0.01);
    const b = byT.find((q) => nextT !== undefined && Math.abs(q.t - nextT) < 0.01 && q.pMin < a.pMax && a.pMin < q.pMax);
    if (!b) continue;
    for (const dir of [-1, 1]) {
      if (runOut(a, dir) <= p.maxDeadEndM || runOut(b, dir) <= p.maxDeadEndM) continue;
      const end = dir > 0 ? Math.min(a.fMax, b.fMax) : Math.max(a.fMin, b.fMin);
      for (let back = 0; back <= MAX_LOOP_SHIFT_M; back += LOOP_SHIFT_STEP_M) {
        const sc = end - dir * (halfBranch + back);
        if (laneWhole(sc, halfBranch, a.t, b.t)) { spines.push({ s: sc, half: halfBranch, tFrom: a.t, tTo: b.t, loop: dir }); break; }
      }
    }
  }
  // Cross streets: a block longer than MAX_BLOCK_LENGTH_M between neighbouring branches is cut by
  // spines on the plot grid, evenly spaced.
  const onGrid = (x: number) => {
    const j = Math.max(0, Math.round((Math.abs(x) - halfMain) / p.targetFrontageM));
    return Math.sign(x || 1) * (halfMain + j * p.targetFrontageM);
  };
  for (const a of byT) {
    const nextT = branchT.find((t) => t > a.t + 0.01);
    const b = byT.find((q) => nextT !== undefined && Math.abs(q.t - nextT) < 0.01 && q.pMin < a.pMax && a.pMin < q.pMax);
    if (!b) continue;
    const lo = Math.max(a.pMin, b.pMin), hi = Math.min(a.pMax, b.pMax);
    const across = spines.filter((sp) => sp.tFrom <= a.t + 0.01 && sp.tTo >= b.t - 0.01 && sp.s > lo && sp.s < hi).map((sp) => sp.s);
    const stops = [lo, ...across.sort((x, y) => x - y), hi];
    for (let i = 0; i + 1 < stops.length; i++) {
      const gap = stops[i + 1] - stops[i];
      const streets = Math.ceil(gap / MAX_BLOCK_LENGTH_M) - 1;
      for (let k = 1; k <= streets; k++) {
        const sc = onGrid(stops[i] + (gap * k) / (streets + 1));
        if (laneWhole(sc, halfBranch, a.t, b.t)) spines.push({ s: sc, half: halfBranch, tFrom: a.t, tTo: b.t, cross: true });
      }
    }
  }
  // Stubs: a branch running on past the outer edge of a loop, with no other road joining it there.
  // The caller drops those that no plot or facility fronts (see withoutStubs).
  const stubs: RoadStub[] = [];
  for (const sp of spines) {
    if (!sp.loop) continue;
    const dir = sp.loop;
    const edge = sp.s + dir * sp.half;
    for (const b of built.filter((q) => (Math.abs(q.t - sp.tFrom) < 0.01 || Math.abs(q.t - sp.tTo) < 0.01) && q.pMin < sp.s && sp.s < q.pMax)) {
      const far = dir > 0 ? b.s1 : b.s0;
      if (b.s1 === b.s0 || !(dir > 0 ? b.rightFree : b.leftFree) || dir * ((dir > 0 ? b.pMax : b.pMin) - edge) < STUB_MIN_M) continue;
      const [lo, hi] = [Math.min(edge, far), Math.max(edge, far)];
      const joined = spines.some((other) => other !== sp && other.s - other.half < hi && other.s + other.half > lo &&
        other.tFrom <= b.t + halfBranch && other.tTo >= b.t - halfBranch);
      if (!joined) stubs.push({ region: localRect(f, lo, hi, b.t - halfBranch, b.t + halfBranch), end: toPlane(f, edge, b.t) });
    }
  }
  // Dead ends, once every spine is known (a spine made in the second pass or a loop may close one).
  for (const [i, b] of built.entries()) {
    // A gated end is open to a public road: no dead end (a loop may still join it, for its neighbour).
    const left = gatedEnds.has(`${i}:-1`) ? 0 : runOut(b, -1), right = gatedEnds.has(`${i}:1`) ? 0 : runOut(b, 1);
    if (left > 0) deadEnds.push({ s: b.fMin, t: b.t, dir: -1, lengthM: left, role: 'branch' });
    if (right > 0) deadEnds.push({ s: b.fMax, t: b.t, dir: 1, lengthM: right, role: 'branch' });
  }
  // The main road's end where it has its whole width (a slanted far edge makes a taper), measured from
  // the edge of its last junction, as for the branches.
  const along = makeFrame(f.origin, f.v);
  const mainEnd = main.length ? fullWidthEnds(along, main[main.length - 1], 0, halfMain, ...localExtent(f, main).slice(2) as [number, number])[1] : mainTEnd;
  const mainRunOut = mainEnd - (lastJunctionT > 0 ? lastJunctionT + halfBranch : 0);
  if (mainRunOut > p.maxDeadEndM && !gatedEnds.has('main')) {
    deadEnds.push({ s: 0, t: mainEnd, dir: 1, lengthM: mainRunOut, role: 'main' });
  }
  // Turning areas where they fit; a branch end with no room for one is cut back to maxDeadEndM past
  // its last junction (the plot slot beyond is lost: cheaper than an illegal dead end).
  const turning = placeTurningAreas(f, inner, deadEnds, p);
  for (const end of turning.unplaced) {
    const b = built.find((q) => end.role === 'branch' && q.t === end.t && (end.dir > 0 ? q.fMax : q.fMin) === end.s);
    if (!b || b.road === undefined || b.line === undefined) { warnings.push(deadEndWarning('dead-end-needs-turnaround', end, p)); continue; }
    const on = spinesOnWithHalf(b);
    const junction = end.dir > 0 ? on.reduce((x, y) => (y.s > x.s ? y : x)) : on.reduce((x, y) => (y.s < x.s ? y : x));
    const cap = junction.s + end.dir * (junction.half + p.maxDeadEndM - DEAD_END_MARGIN_M);
    if (end.dir > 0) b.s1 = Math.min(b.s1, cap); else b.s0 = Math.max(b.s0, cap);
    later[b.road] = { role: 'branch', raw: [...intersectPolygons([b.slab], [sSlab(f, b.s0, b.s1)]), ...b.cuts] };
    centrelines[b.line] = { ...centrelines[b.line], points: [toPlane(f, Math.max(b.s0, b.pMin), b.t), toPlane(f, Math.min(b.s1, b.pMax), b.t)] };
  }
  // Secondary spines go first (after the main road), with the kerb cuts at the junction they start from.
  for (const sp of spines.slice(1)) {
    const cuts: PlanePolygon[] = [];
    // A loop gets its corners at both ends on its inner side, a cross street at both ends on both sides,
    // other spines at the junction they start from.
    const corners: [number, number, number][] = sp.loop
      ? [[-sp.loop, sp.tFrom + halfBranch, 1], [-sp.loop, sp.tTo - halfBranch, -1]]
      : sp.cross
        ? [[-1, sp.tFrom + halfBranch, 1], [1, sp.tFrom + halfBranch, 1], [-1, sp.tTo - halfBranch, -1], [1, sp.tTo - halfBranch, -1]]
        : [-1, 1].map((sigma): [number, number, number] => (sp.down ? [sigma, sp.tTo - halfBranch, -1] : [sigma, sp.tFrom + halfBranch, 1]));
    for (const [sigma, ct, tau] of r > 0 ? corners : []) {
      const cut = cornerCut(f, sp.s + sigma * sp.half, ct, sigma, tau, r);
      cuts.push(cut.triangle);
      kerbs.push(cut.arc);
    }
    later.unshift({ role: 'branch', raw: [...intersectPolygons([sSlab(f, sp.s - sp.half, sp.s + sp.half)], [tSlab(f, sp.tFrom, sp.tTo)]), ...cuts] });
    centrelines.push({ role: 'branch', widthM: p.branchRoadWidthM, points: [toPlane(f, sp.s, sp.tFrom), toPlane(f, sp.s, sp.tTo)] });
  }
  for (const road of later) {
    const drawn = solid(subtractPolygons(intersectPolygons(inner, road.raw), raw));
    raw.push(...road.raw);
    if (drawn.length) pieces.push({ role: 'branch', widthM: p.branchRoadWidthM, polygons: drawn });
  }
  // Second gates cross the strip like the main road at the entrance; their centre lines run on to the edge.
  for (const { key, gate } of gates) {
    // The road end is drawn to the land's edge: the gate is what lies beyond it, in the strip.
    const drawn = solid(subtractPolygons(intersectPolygons([zone], [gate.raw]), inner));
    raw.push(gate.raw);
    crossingShapes.push(gate.raw);
    const isMain = key === 'main';
    if (drawn.length) pieces.push({ role: isMain ? 'main' : 'branch', widthM: isMain ? p.mainRoadWidthM : p.branchRoadWidthM, polygons: drawn });
    const b = isMain ? null : built[Number(key.split(':')[0])];
    const index = isMain ? 0 : b!.line!;
    const line = centrelines[index];
    const points = isMain || key.endsWith(':1') ? [line.points[0], gate.point] : [gate.point, line.points[line.points.length - 1]];
    centrelines[index] = { ...line, points };
    warnings.push({ code: 'second-entrance', params: { distanceM: Math.round(Math.hypot(gate.point[0] - f.origin[0], gate.point[1] - f.origin[1])) } });
  }
  for (const area of turning.areas) {
    raw.push(area.square);
    // The turning area is written whole, the road under it included (carved out of the roads drawn
    // before), so that its own polygon holds the turnaroundM square a checker looks for; a square no
    // wider than a branch adds nothing.
    const turn = p.turnaroundM > p.branchRoadWidthM ? solid(area.polygons) : [];
    if (!turn.length) continue;
    for (let i = 0; i < pieces.length; i++) pieces[i] = { ...pieces[i], polygons: solid(subtractPolygons(pieces[i].polygons, turn)) };
    pieces.push({ role: 'turnaround', widthM: p.turnaroundM, polygons: turn });
  }
  warnings.push(...turning.warnings);
  const connected = keepConnected(pieces);
  const all = connected.flatMap((q) => q.polygons);
  // Centre lines of roads that were dropped (cut off by a hole) go too: a line stays when at least a
  // third of it runs on kept roads.
  const boxes = all.map((poly) => boundingBox(poly[0]));
  const onRoad = (line: RoadLine) => {
    const [a, b] = [line.points[0], line.points[line.points.length - 1]];
    const n = Math.max(2, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 2));
    let on = 0;
    for (let k = 0; k <= n; k++) {
      const x = a[0] + ((b[0] - a[0]) * k) / n, y = a[1] + ((b[1] - a[1]) * k) / n;
      if (all.some((poly, i) => x >= boxes[i][0] && x <= boxes[i][2] && y >= boxes[i][1] && y <= boxes[i][3] && pointInPolygon(x, y, poly))) on++;
    }
    return on * 3 >= n + 1;
  };
  return { pieces: connected, centrelines: centrelines.filter(onRoad), kerbs, all, raw, crossing: crossingShapes, warnings, stubs };
}

/** Local t where the inner area starts behind the entrance, or null when the entrance is blocked. */
export function innerStartT(f: LocalFrame, inner: PlanePolygon[], mainRoadWidthM: number): number | null {
  // No land inside the strips (a zone narrower than two strips): nothing to enter.
  if (!inner.length) return null;
  const [, , , tMax] = localExtent(f, inner);
  const lane = intersectPolygons(inner, [localRect(f, -mainRoadWidthM / 2, mainRoadWidthM / 2, -1, tMax + 1)]);
  if (!lane.length) return null;
  let best = Infinity;
  for (const poly of lane) for (const q of poly[0]) best = Math.min(best, toLocal(f, q)[1]);
  return Math.max(0, best);
}

export { withoutStubs } from './road-stubs';

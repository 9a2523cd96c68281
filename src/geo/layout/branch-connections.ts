/**
 * The second step of the road network: every piece of every branch slab of the row plan is joined to
 * a road along `t` (the main road, or a spine already there), or gets a secondary spine (a branch-wide
 * road along `t`, on the plot grid) from a branch already reached: first up from the branch below,
 * then, for pieces cut off below a hole or a notch, down from the branch above. Kerb corners are cut
 * at each junction; a branch end too short to front one plot is not built. A branch a pond or a jog of
 * the land bites into between its ends is first shifted clear of the bite or split at it, so that
 * every road has its whole width between junctions.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, sSlab, toPlane, tSlab } from './frame';
import { bitesBetweenEnds, fullWidthEnds } from './branch-whole-width';
import { cornerCut } from './kerb-corners';
import { laneInside, type RoadDraft, type Spine } from './road-draft';

/** How many positions on the plot grid are tried for a secondary spine. */
const MAX_SPINE_CANDIDATES = 40;

/**
 * Joins every branch piece the spines can reach, in two passes (up, then down). A piece split at a
 * bite (wholeWidthParts) whose parts are not all reached is joined whole instead, narrow stretch and
 * all (warned `road-narrower-than-width`): the parts beyond the bite, with their rows, were the
 * layout's (random trapezoid 51: 51 % of the zone in plots, 10 % with the far parts cut off).
 */
export function connectBranches(d: RoadDraft, branchT: readonly number[]): void {
  const before = draftState(d);
  const whole = new Set<string>();
  for (;;) {
    const cutOff = connectOnce(d, branchT, whole);
    if (!cutOff.length) return;
    for (const key of cutOff) whole.add(key);
    restoreDraftState(d, before);
  }
}

/** One run of the two passes; the keys of split pieces some part of which stayed unreached. */
function connectOnce(d: RoadDraft, branchT: readonly number[], whole: ReadonlySet<string>): string[] {
  const unreached: SlabPiece[] = [];
  for (const t of branchT) {
    const slab = tSlab(d.f, t - d.halfBranch, t + d.halfBranch);
    for (const [k, q] of intersectPolygons(d.inner, [slab]).entries()) {
      const key = `${t}:${k}`;
      const parts = whole.has(key) ? [{ t, slab, piece: q }] : wholeWidthParts(d, t, slab, q);
      for (const part of parts) if (!connectPiece(d, part.t, part.slab, part.piece, false)) unreached.push({ ...part, key: parts.length > 1 ? key : undefined });
    }
  }
  // Second pass: pieces cut off below a hole or a notch may hang from the branch above.
  const cutOff = new Set<string>();
  for (const u of unreached) {
    if (!connectPiece(d, u.t, u.slab, u.piece, true) && u.key !== undefined && lengthAlongM(d, u.piece) >= d.p.minFrontageM) cutOff.add(u.key);
  }
  return [...cutOff];
}

const lengthAlongM = (d: RoadDraft, piece: PlanePolygon): number => {
  const [pMin, pMax] = localExtent(d.f, [piece]);
  return pMax - pMin;
};

/** What connectPiece changes in the draft, copied (spines by value: a spine's tTo may be carried up). */
const draftState = (d: RoadDraft) => ({
  spines: d.spines.map((sp) => ({ ...sp })), reached: [...d.reached], built: [...d.built], later: [...d.later],
  centrelines: [...d.centrelines], kerbs: [...d.kerbs], lastJunctionT: d.lastJunctionT,
});

function restoreDraftState(d: RoadDraft, s: ReturnType<typeof draftState>): void {
  d.spines.splice(0, d.spines.length, ...s.spines.map((sp) => ({ ...sp })));
  d.reached.splice(0, d.reached.length, ...s.reached);
  d.built.splice(0, d.built.length, ...s.built);
  d.later.splice(0, d.later.length, ...s.later);
  d.centrelines.splice(0, d.centrelines.length, ...s.centrelines);
  d.kerbs.splice(0, d.kerbs.length, ...s.kerbs);
  d.lastJunctionT = s.lastJunctionT;
}

/** Step of the search for a branch shifted clear of a bite, m; the shift is at most half the branch. */
const SHIFT_STEP_M = 0.5;

/** A piece of a branch slab at `t` (its centre line) and the slab it was cut from. */
interface SlabPiece { t: number; slab: PlanePolygon; piece: PlanePolygon; key?: string }

/**
 * The branch where a hole or a jog of the land bites into it between its ends (random rectangle 11 of
 * the CI seeds: a pond takes 4 m of a branch over 14 m), which would make a road narrower than it
 * says between junctions (QCVN 06 6.2.1). First the branch shifted across, by the least multiple of
 * SHIFT_STEP_M up to half its width, to where it is whole from end to end: its rows still reach its
 * centre line's old place (row-plan.ts), so one row gets shallower by the shift and the other deeper,
 * and both still front the road. Else the piece split at the bites: each part a road with its whole
 * width to its square end, the bitten stretch left to plots or green, and a part no road reaches not
 * built.
 */
function wholeWidthParts(d: RoadDraft, t: number, slab: PlanePolygon, piece: PlanePolygon): SlabPiece[] {
  const { f, halfBranch } = d;
  const [pMin, pMax] = localExtent(f, [piece]);
  const bites = bitesBetweenEnds(f, piece, t, halfBranch, pMin, pMax);
  if (!bites.length) return [{ t, slab, piece }];
  const whole = fullWidthEnds(f, piece, t, halfBranch, pMin, pMax);
  for (let k = 1; whole && k * SHIFT_STEP_M <= halfBranch; k++) {
    for (const sign of [-1, 1]) {
      const shifted = shiftedPiece(d, t + sign * k * SHIFT_STEP_M, whole);
      if (shifted) return [shifted];
    }
  }
  const cuts = [pMin - 1, ...bites.flat(), pMax + 1];
  const parts: SlabPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    for (const part of intersectPolygons([piece], [sSlab(f, cuts[i], cuts[i + 1])])) parts.push({ t, slab, piece: part });
  }
  return parts;
}

/** The branch piece at `t` covering the whole-width stretch `whole` (s) with no bite, or null. */
function shiftedPiece(d: RoadDraft, t: number, whole: readonly [number, number]): SlabPiece | null {
  const { f, halfBranch } = d;
  const slab = tSlab(f, t - halfBranch, t + halfBranch);
  for (const piece of intersectPolygons(d.inner, [slab])) {
    const [pMin, pMax] = localExtent(f, [piece]);
    const ends = fullWidthEnds(f, piece, t, halfBranch, pMin, pMax);
    if (!ends || ends[0] > whole[0] + SHIFT_STEP_M || ends[1] < whole[1] - SHIFT_STEP_M) continue;
    if (!bitesBetweenEnds(f, piece, t, halfBranch, pMin, pMax).length) return { t, slab, piece };
  }
  return null;
}

/** Connects one piece of a branch slab to the spines; false when it cannot be reached. */
function connectPiece(d: RoadDraft, t: number, slab: PlanePolygon, piece: PlanePolygon, down: boolean): boolean {
  const { f, p, spines, halfBranch } = d;
  const r = p.kerbRadiusM;
  const [pMin, pMax] = localExtent(f, [piece]);
  // An existing spine serves the piece where its lane meets it (an oblique zone edge may cut the lane).
  const onPiece = (sp: Spine) => sp.s + sp.half > pMin && sp.s - sp.half < pMax &&
    multiPolygonAreaM2(intersectPolygons([piece], [sSlab(f, sp.s - sp.half, sp.s + sp.half)])) > 1;
  let touching = spines.filter((sp) => sp.tFrom <= t + 0.01 && sp.tTo >= t - halfBranch && onPiece(sp));
  if (!touching.length) {
    // Carry a spine that stopped lower up to this branch, if its lane is free.
    touching = spines.filter((sp) => sp !== spines[0] && sp.tTo < t && onPiece(sp) && laneInside(d, sp.s, sp.half, sp.tTo, t));
    for (const sp of touching) sp.tTo = t;
  }
  if (!touching.length) {
    const spine = newSpine(d, piece, pMin, pMax, t, down);
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
  d.reached.push({ t, sMin: leftFree ? pMin : first.s, sMax: rightFree ? pMax : last.s });
  // A branch whole nowhere (cut on the slant all along) is no junction and has no dead end to measure.
  const whole = fullWidthEnds(f, piece, t, halfBranch, pMin, pMax);
  const [fMin, fMax] = whole ?? [Infinity, -Infinity];
  const meetsMain = whole !== null && fMin <= d.halfMain && fMax >= -d.halfMain;
  // A branch too short to build on either side (s0 = s1) is no junction either.
  if (touching.includes(spines[0]) && meetsMain && s1 - s0 > 0.01) d.lastJunctionT = Math.max(d.lastJunctionT, t);
  const cuts: PlanePolygon[] = [];
  for (const sp of touching) {
    for (const sigma of [-1, 1]) {
      if (r <= 0 || (sigma > 0 ? s1 < sp.s + sp.half + r : s0 > sp.s - sp.half - r)) continue;
      for (const tau of [-1, 1]) {
        if (tau < 0 ? sp.tFrom > t - halfBranch - r - 1 : sp.tTo < t + halfBranch + r + 1) continue;
        const cut = cornerCut(f, sp.s + sigma * sp.half, t + tau * halfBranch, sigma, tau, r);
        cuts.push(cut.triangle);
        d.kerbs.push(cut.arc);
      }
    }
  }
  const drawn = s1 - s0 > 0.01;
  d.built.push({
    t, pMin, pMax, fMin, fMax, leftFree, rightFree, s0, s1: drawn ? s1 : s0, slab, cuts,
    ...(drawn ? { road: d.later.length, line: d.centrelines.length } : {}),
  });
  if (drawn) {
    d.later.push({ role: 'branch', raw: [...intersectPolygons([slab], [sSlab(f, s0, s1)]), ...cuts] });
    d.centrelines.push({ role: 'branch', widthM: p.branchRoadWidthM, points: [toPlane(f, Math.max(s0, pMin), t), toPlane(f, Math.min(s1, pMax), t)] });
  }
  return true;
}

/**
 * A secondary spine (a branch along v) from a reached branch to this piece, on the plot grid: up from
 * the branch below, or (second pass) down from the branch above.
 */
function newSpine(d: RoadDraft, piece: PlanePolygon, pMin: number, pMax: number, t: number, down: boolean): Spine | null {
  const { f, p, halfMain, halfBranch } = d;
  const r = p.kerbRadiusM;
  const centre = (pMin + pMax) / 2;
  const candidates: number[] = [];
  for (let j = 0; j < MAX_SPINE_CANDIDATES; j++) {
    for (const sigma of [1, -1]) {
      const sc = sigma * (halfMain + j * p.targetFrontageM);
      if (sc - halfBranch >= pMin && sc + halfBranch <= pMax) candidates.push(sc);
    }
  }
  candidates.sort((x, y) => Math.abs(x - centre) - Math.abs(y - centre) || x - y);
  const laneOnPiece = (s: number, half: number): boolean =>
    multiPolygonAreaM2(intersectPolygons([piece], [sSlab(f, s - half, s + half)])) >= 0.98 * 2 * half * p.branchRoadWidthM;
  for (const sc of candidates.slice(0, MAX_SPINE_CANDIDATES)) {
    if (!laneOnPiece(sc, halfBranch)) continue;
    const near = d.reached.filter((q) => (down ? q.t > t : q.t < t) && q.sMin <= sc - halfBranch - r && sc + halfBranch + r <= q.sMax)
      .sort((x, y) => Math.abs(x.t - t) - Math.abs(y.t - t))[0];
    if (!near) continue;
    const [t0, t1] = down ? [t, near.t] : [near.t, t];
    if (laneInside(d, sc, halfBranch, t0, t1)) return { s: sc, half: halfBranch, tFrom: t0, tTo: t1, down };
  }
  return null;
}

/**
 * The second step of the road network: every piece of every branch slab of the row plan is joined to
 * a road along `t` (the main road, or a spine already there), or gets a secondary spine (a branch-wide
 * road along `t`, on the plot grid) from a branch already reached: first up from the branch below,
 * then, for pieces cut off below a hole or a notch, down from the branch above. Kerb corners are cut
 * at each junction; a branch end too short to front one plot is not built.
 */
import { multiPolygonAreaM2, type PlanePolygon } from '../plane-measure';
import { intersectPolygons } from './clip';
import { localExtent, sSlab, toPlane, tSlab } from './frame';
import { fullWidthEnds } from './branch-whole-width';
import { cornerCut } from './kerb-corners';
import { laneInside, type RoadDraft, type Spine } from './road-draft';

/** How many positions on the plot grid are tried for a secondary spine. */
const MAX_SPINE_CANDIDATES = 40;

/** Joins every branch piece the spines can reach, in two passes (up, then down). */
export function connectBranches(d: RoadDraft, branchT: readonly number[]): void {
  const unreached: { t: number; slab: PlanePolygon; piece: PlanePolygon }[] = [];
  for (const t of branchT) {
    const slab = tSlab(d.f, t - d.halfBranch, t + d.halfBranch);
    for (const piece of intersectPolygons(d.inner, [slab])) if (!connectPiece(d, t, slab, piece, false)) unreached.push({ t, slab, piece });
  }
  // Second pass: pieces cut off below a hole or a notch may hang from the branch above.
  for (const u of unreached) connectPiece(d, u.t, u.slab, u.piece, true);
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

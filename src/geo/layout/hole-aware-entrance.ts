/**
 * Entrance places beside a pond that blocks the main road's lane (issue 7's pond zones). entrance.ts
 * moves the middle of the access stretch to the nearest place whose lane runs clear of holes
 * (`entrance-moved-for-hole`); that is one side of the pond only, and the middle itself may still be
 * best when the comb's first branch passes in front of the pond. Here the middle and a place just clear
 * of each side of every pond across the lane are offered as well, each laid out in full, and the
 * normal score (choose-layout.ts) keeps the best; the earlier place wins a tie, so a zone whose
 * lane-clear place stays best is laid out as before.
 */
import type { PlanePoint } from '../coordinates';
import { chooseOverGroups, type CandidateGroup, type ChooseHooks } from './choose-layout';
import { findEntrance, type Entrance, type LaneClearance } from './entrance';
import { toLocal, toPlane } from './frame';
import type { PlaneRing } from '../plane-measure';
import { ringSegments } from './segments';
import type { LayoutFailure, LayoutResult, PreviousLayout } from './types';

/** Places nearer than this to one already offered are not laid out again, m. */
const SAME_PLACE_M = 1;

/** An entrance place to lay out, and the warning it is chosen with (none: the middle itself). */
export interface EntrancePlace {
  readonly entrance: Entrance;
  readonly warning?: { readonly code: 'entrance-moved-for-hole' | 'entrance-beside-pond'; readonly params: { readonly fromMiddleM: number } };
}

const roundedM = (m: number) => Math.round(Math.abs(m) * 10) / 10;

/**
 * Local s (frame of the middle entrance) of the places just clear of each side of the holes that lie
 * across the lane within `clearance.clearM` of the edge: the lane's half width past the hole's ends.
 */
function besidePondS(middle: Entrance, clearance: LaneClearance): number[] {
  const half = clearance.laneM / 2;
  const out: number[] = [];
  for (const hole of clearance.holes) {
    const local = hole.map((q) => toLocal(middle.frame, q));
    const s0 = Math.min(...local.map((q) => q[0])), s1 = Math.max(...local.map((q) => q[0]));
    const t0 = Math.min(...local.map((q) => q[1]));
    if (s1 < -half || s0 > half || t0 > clearance.clearM) continue;
    out.push(s0 - half, s1 + half);
  }
  return out;
}

/**
 * The entrance places to lay out for a zone without a given entrance point: `first` (entrance.ts's
 * place, moved for a hole or not); where it was moved, also the middle of the stretch and the places
 * beside each pond across the middle's lane (kept on the access edge with the main road's kerb
 * corners), nearest the middle first.
 */
export function entrancePlaces(
  outer: PlaneRing, accessRoads: readonly (readonly PlanePoint[])[], first: Entrance, clearance: LaneClearance,
): EntrancePlace[] {
  const places: EntrancePlace[] = [{
    entrance: first,
    ...(first.movedForHoleM > 0 ? { warning: { code: 'entrance-moved-for-hole', params: { fromMiddleM: roundedM(first.movedForHoleM) } } } : {}),
  }];
  if (first.movedForHoleM <= 0) return places;
  const middle = findEntrance(outer, accessRoads, null, 0.5);
  if (!middle) return places;
  const [a, b] = middle.edgeS;
  const lo = Math.min(a, b) + clearance.endMarginM, hi = Math.max(a, b) - clearance.endMarginM;
  const offered = [toLocal(middle.frame, first.point)[0]];
  const wanted = [0, ...besidePondS(middle, clearance).sort((x, y) => Math.abs(x) - Math.abs(y) || y - x)];
  for (const s of wanted) {
    if (s < lo || s > hi || offered.some((o) => Math.abs(o - s) < SAME_PLACE_M)) continue;
    offered.push(s);
    if (s === 0) { places.push({ entrance: middle }); continue; }
    const entrance = findEntrance(outer, accessRoads, toPlane(middle.frame, s, 0) as PlanePoint);
    if (entrance) places.push({ entrance, warning: { code: 'entrance-beside-pond', params: { fromMiddleM: roundedM(s) } } });
  }
  return places;
}

/** A zone edge within this of square to the access edge runs along the main road (tan 10°). */
const ALONG_MAIN_SLOPE = 0.18;
/** Kept between the main road and the strip along a zone edge beside it, m (the strip's jogs on the 1 mm grid). */
const OFF_STRIP_M = 0.5;

/**
 * Places that keep the main road's lane a strip's width off a zone edge running beside it (random U
 * 8, 21, 47, 50, 53: the notch side of a U 1–7 m inside the lane over 58–167 m, the road narrower than
 * its width there, `road-narrower-than-width`): for each edge within ALONG_MAIN_SLOPE of square to
 * the access edge whose strip reaches into the lane, the place whose lane ends OFF_STRIP_M short of
 * that strip, on the access edge with the main road's kerb corners. Laid out like the places beside
 * a pond (bestOverPlaces): the score counts a narrowed road against a layout (choose-layout.ts).
 * @param stripM the green strip along the zone's edges, m
 */
export function offZoneEdgePlaces(
  outer: PlaneRing, accessRoads: readonly (readonly PlanePoint[])[], first: Entrance, clearance: LaneClearance, mainRoadWidthM: number, stripM: number,
): EntrancePlace[] {
  const f = first.frame, half = mainRoadWidthM / 2, reach = half + stripM;
  const [a, b] = first.edgeS;
  const lo = Math.min(a, b) + clearance.endMarginM, hi = Math.max(a, b) - clearance.endMarginM;
  const wanted: number[] = [];
  for (const [x0, y0, x1, y1] of ringSegments(outer)) {
    const [s0, t0] = toLocal(f, [x0, y0]), [s1, t1] = toLocal(f, [x1, y1]);
    if (Math.max(t0, t1) <= stripM || Math.abs(s1 - s0) > ALONG_MAIN_SLOPE * Math.abs(t1 - t0)) continue;
    // The edge's end nearest the lane, on one side of it: the strip along it takes stripM inside it.
    if (Math.sign(s0) !== Math.sign(s1) || s0 === 0) continue;
    const near = s0 > 0 ? Math.min(s0, s1) : Math.max(s0, s1);
    if (Math.abs(near) >= reach) continue;
    wanted.push(near > 0 ? near - reach - OFF_STRIP_M : near + reach + OFF_STRIP_M);
  }
  const places: EntrancePlace[] = [];
  for (const s of wanted) {
    if (s < lo || s > hi || places.some((q) => Math.abs(toLocal(f, q.entrance.point)[0] - s) < SAME_PLACE_M)) continue;
    const entrance = findEntrance(outer, accessRoads, toPlane(f, s, 0) as PlanePoint);
    if (entrance) places.push({ entrance });
  }
  return places;
}

/**
 * The best layout over the places (entrancePlaces), by the chooser's score, ties to the earlier
 * place, with the chosen place's warning first; the first place's failure when none is laid out.
 * Every place's candidates go to one chooser (choose-layout.ts chooseOverGroups), so a place whose
 * candidates cannot beat the best one found is never finished.
 * @param cut a place's candidates as cut, or the failure that leaves it none
 */
export function bestOverPlaces(
  places: readonly EntrancePlace[], cut: (entrance: Entrance) => CandidateGroup, previous?: PreviousLayout | null, hooks?: ChooseHooks,
): LayoutResult | LayoutFailure {
  const groups: CandidateGroup[] = [];
  for (const place of places) {
    const group = cut(place.entrance);
    groups.push(group);
    if (!Array.isArray(group) && (group as LayoutFailure).errors[0]?.code === 'cancelled') return group as LayoutFailure;
  }
  const chosen = chooseOverGroups(groups, previous, hooks);
  if (!chosen || !('group' in chosen)) return chosen ?? { ok: false, errors: [{ code: 'zone-too-small' }] };
  const { warning } = places[chosen.group];
  return warning ? { ...chosen.result, warnings: [warning, ...chosen.result.warnings] } : chosen.result;
}

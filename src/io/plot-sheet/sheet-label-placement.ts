/**
 * Where a plot sheet writes its corner numbers: just outside each corner, away from the plot's centre,
 * unless that spot is taken by another corner's number or an edge length. Two corners a metre apart
 * (a short jog where neighbours meet) drew "7" over "6" and both over the edge length between them;
 * a number that cannot take its first spot moves further out, then turns about its corner, until it
 * is clear. Page millimetres, y down. Pure.
 */
export type Mm = readonly [number, number];

/** Labels closer than this (centre to centre, mm) overlap at the sheet's 8 pt numbers (a line is ~3.4 mm tall). */
export const LABEL_CLEARANCE_MM = 4.2;

/** Distances out from the corner, mm, tried in turn; then each turned by these angles, degrees. */
const DISTANCES_MM = [3.2, 5, 7];
const TURNS_DEG = [0, 35, -35, 70, -70, 110, -110, 150, -150, 180];

/**
 * Centres (mm) of the corner numbers, one per corner in order: the first spot along the centre → corner
 * line that keeps `LABEL_CLEARANCE_MM` from the numbers placed before, from `taken` (edge-length
 * labels) and from every corner but its own; the first spot when none is clear.
 */
export function placeCornerLabels(corners: readonly Mm[], centre: Mm, taken: readonly Mm[] = []): Mm[] {
  const placed: Mm[] = [];
  corners.forEach(([x, y], index) => {
    const d = Math.hypot(x - centre[0], y - centre[1]) || 1;
    const out: Mm = [(x - centre[0]) / d, (y - centre[1]) / d];
    const clear = (p: Mm) =>
      [...placed, ...taken].every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= LABEL_CLEARANCE_MM)
      && corners.every((c, j) => j === index || Math.hypot(p[0] - c[0], p[1] - c[1]) >= LABEL_CLEARANCE_MM / 2);
    let chosen: Mm | null = null;
    for (const turn of TURNS_DEG) {
      const a = (turn * Math.PI) / 180;
      const dir: Mm = [out[0] * Math.cos(a) - out[1] * Math.sin(a), out[0] * Math.sin(a) + out[1] * Math.cos(a)];
      for (const r of DISTANCES_MM) {
        const p: Mm = [x + dir[0] * r, y + dir[1] * r];
        if (clear(p)) { chosen = p; break; }
      }
      if (chosen) break;
    }
    placed.push(chosen ?? [x + out[0] * DISTANCES_MM[0], y + out[1] * DISTANCES_MM[0]]);
  });
  return placed;
}

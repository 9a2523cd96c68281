/**
 * The comb of the layout in local metres: where branch roads cross the main road (t of each centre
 * line) and the rows of plots between them, two rows back to back between neighbouring branches.
 * Branches are spaced from the entrance by a fixed pitch (2 × row depth + branch width), so editing the
 * far end of the zone does not move the rows near the entrance.
 */

export interface PlotRow {
  /**
   * Local t of the row's near and far side, m. On its road side the row reaches the road's centre
   * line (the road itself is taken out of the land first), so no cut runs along a road edge.
   */
  readonly tLow: number;
  readonly tHigh: number;
  /** Which side of the row fronts its branch road. */
  readonly front: 'low' | 'high';
  /** Index of the branch it fronts. */
  readonly branch: number;
}

export interface RowPlan {
  /** t of each branch centre line, ascending, m. */
  readonly branchT: number[];
  readonly rows: PlotRow[];
}

/**
 * @param tStart t where the buildable area begins behind the entrance, m
 * @param tMax farthest t of the buildable area, m
 * @param depthM regular row depth, m; minDepthM / maxDepthM the legal range
 * @param roadWidthM branch right-of-way width, m
 */
export function planRows(tStart: number, tMax: number, depthM: number, minDepthM: number, maxDepthM: number, roadWidthM: number): RowPlan {
  const half = roadWidthM / 2;
  const branchT: number[] = [];
  const rows: PlotRow[] = [];
  const firstDepth = Math.min(depthM, tMax - tStart - roadWidthM);
  if (firstDepth < minDepthM) return { branchT, rows };
  let t = tStart + firstDepth + half;
  let rowFrom = tStart;
  for (;;) {
    const branch = branchT.length;
    branchT.push(t);
    rows.push({ tLow: rowFrom, tHigh: t, front: 'high', branch });
    let farHigh = Math.min(t + half + depthM, tMax);
    if (farHigh - (t + half) < minDepthM) break;
    // A remainder too shallow for another branch and row joins this row while the row stays a legal
    // depth (else it would only go to the green).
    if (tMax - farHigh < minDepthM + roadWidthM && tMax - (t + half) <= maxDepthM) farHigh = tMax;
    rows.push({ tLow: t, tHigh: farHigh, front: 'low', branch });
    rowFrom = farHigh;
    const next = t + 2 * depthM + roadWidthM;
    if (next + half + minDepthM <= tMax) {
      t = next;
      continue;
    }
    // No room for another full branch: close the comb with a last branch along the far edge.
    if (tMax - rowFrom >= minDepthM + roadWidthM) {
      const last = tMax - half;
      branchT.push(last);
      rows.push({ tLow: Math.max(rowFrom, last - half - maxDepthM), tHigh: last, front: 'high', branch: branch + 1 });
    }
    break;
  }
  return { branchT, rows };
}

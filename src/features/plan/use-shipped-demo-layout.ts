/**
 * The build's demo layout (shipped-demo-layout.ts) as a React hook, for the planner and for the screens
 * that draw the approved variant: fetched once per session, and only when asked for (`wanted`), so a
 * variant of one's own costs no request.
 */
import { useEffect, useState } from 'react';
import type { LaidOutLayout } from '../../db/variant-row';
import { loadShippedDemoLayout, shippedDemoLayoutNow } from './shipped-demo-layout';

export interface ShippedDemoLayoutWait {
  /** Fetch the file at all (false: the variant shown has a layout of its own). */
  readonly wanted?: boolean;
  /**
   * How long to wait for it, ms; shipped-demo-layout.ts's bound when not given (the planner has a map
   * to show meanwhile). The register's screens wait longer, since their alternative is the engine's run.
   */
  readonly waitMs?: number;
}

/** The layout once fetched (null: none to be had), undefined while on its way or not wanted. */
export function useShippedDemoLayout({ wanted = true, waitMs }: ShippedDemoLayoutWait = {}): LaidOutLayout | null | undefined {
  const [shipped, setShipped] = useState(shippedDemoLayoutNow);
  useEffect(() => {
    if (!wanted || shipped !== undefined) return;
    let live = true;
    void loadShippedDemoLayout(undefined, waitMs).then((value) => { if (live) setShipped(value); });
    return () => { live = false; };
  }, [wanted, waitMs, shipped]);
  return shipped;
}

/**
 * The build's demo layout (src/features/plan/shipped-demo-layout.ts) for screens that draw the approved
 * variant: fetched once per session, and only when asked for (`wanted`), so a variant of one's own costs
 * no request.
 */
import { useEffect, useState } from 'react';
import type { LaidOutLayout } from '../../db/variant-row';
import { loadShippedDemoLayout, shippedDemoLayoutNow } from '../plan';

/**
 * How long these screens wait for the file, ms: longer than the planner's bound (it has a map to show
 * meanwhile), since the alternative here is the engine's run, which takes longer still on a busy machine.
 */
const WAIT_MS = 10_000;

/** The layout once fetched (null: none to be had), undefined while on its way or not wanted. */
export function useShippedDemoLayout(wanted: boolean): LaidOutLayout | null | undefined {
  const [shipped, setShipped] = useState(shippedDemoLayoutNow);
  useEffect(() => {
    if (!wanted || shipped !== undefined) return;
    let live = true;
    void loadShippedDemoLayout(undefined, WAIT_MS).then((value) => { if (live) setShipped(value); });
    return () => { live = false; };
  }, [wanted, shipped]);
  return shipped;
}

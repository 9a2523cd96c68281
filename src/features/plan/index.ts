/** What other screens take from the planner: the map's WGS84 copy of a layout (the allocation map draws it too). */
export { layoutMapData } from './layout-map-data';
/**
 * The planner's rule for a kept layout (layout-cache.ts) and the build's demo layout, for the screens
 * that draw the approved variant without running the engine (src/features/site/kept-approved-layout.ts).
 */
export { engineBuild, laidOutKey, runKey } from './layout-cache';
export { useShippedDemoLayout } from './use-shipped-demo-layout';

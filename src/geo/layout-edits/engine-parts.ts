/**
 * The layout engine's parts that hand edits use beyond its public index (judgePlot): the envelope
 * builder, the road-to-wall test, the balance table and the clipping on the engine's grid. Kept in this
 * one file so that, once the engine exports them from src/geo/layout/index.ts, only this file changes.
 * Hand edits never re-implement a rule: they call the engine's own.
 */
export { buildEnvelopes, unbuildablePlots } from '../layout/envelopes';
export { roadGridOf } from '../layout/judge-plot';
export { landUseBalance, type LandUseAreas } from '../layout/land-use-balance';
export { intersectPolygons, subtractPolygons, unitePolygons } from '../layout/clip';
export { collinearOverlapM, ringSegments, type Segment } from '../layout/segments';
export { roadContact } from '../layout/plot-shape';

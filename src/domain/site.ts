/**
 * The planned zone and its surroundings as the rest of the app names them. `ZoneSite` itself lives in
 * src/geo/zone-site.ts (the layout engine in geo needs it); it is re-exported here for every other caller.
 */
export type { SeparationEdge, ZoneSite } from '../geo/zone-site';

/** Context drawn around the zone: roads, canals, village edges (not used in calculations). */
export type ContextKind = 'road' | 'canal' | 'village';

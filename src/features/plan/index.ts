/** What other screens take from the planner: the map's WGS84 copy of a layout (the allocation map draws it too). */
export { layoutMapData } from './layout-map-data';

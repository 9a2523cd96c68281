/** The part of shpjs (v6) the import uses: shape parsing without reprojection (no .prj passed). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** One geometry per .shp record (null for null shapes); coordinates as stored, unless `prj` is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string | false): (Geometry | null)[];
}

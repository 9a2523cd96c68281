/** Reading a zone from the files planners have: GeoJSON, KML/KMZ, DXF, zipped shapefile, CSV corners. */
export { readZoneFile, detectZoneFormat, ZONE_FILE_ACCEPT, type ZoneFile, type ZoneFormat, type ReadZoneOptions } from './read-zone-file';
export { markLines, type ImportedZone, type UnmarkedLine } from './assemble-zone';
export { ZONE_IMPORT_ERROR_CODES, ZONE_IMPORT_WARNING_CODES, type ZoneIssue, type ZoneReadResult } from './zone-issues';

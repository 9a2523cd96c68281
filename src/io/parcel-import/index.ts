/** Opening a user's own parcel layer: GeoJSON, zipped shapefile or CSV corner table, with field mapping. */
export {
  detectFormat, importParcelFile, SOURCE_CRS_CHOICES,
  type ImportFile, type ImportFormat, type ImportParcelOptions, type ImportParcelResult,
} from './import-parcel-file';
export {
  applyFieldMapping, isOwnFieldNaming, listSourceFields, ownFieldMapping, suggestFieldMapping,
  type FieldMapping, type SourceField, type SuggestOptions,
} from './field-mapping';
export { FIELD_ALIASES, MAPPING_TARGETS, normaliseFieldName, type MappingTarget } from './field-names';
export { crsOfPrj, type PrjReading } from './prj-crs';
export { decodeText, encodingOfLabel, guessEncoding, TCVN3_TABLE, type TextEncoding } from './text-encoding';
export { readCsvTable, detectDelimiter, type CsvTable, type CsvRow } from './corner-csv';
export { readShapefileZip, type ShapefileContents } from './shapefile-zip';
export { readDbf, type DbfTable, type DbfField } from './dbf-table';

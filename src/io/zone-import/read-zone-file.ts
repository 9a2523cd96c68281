/**
 * The one entry point for a zone file: chooses the reader by extension, then by content (a .json
 * that is KML, a .zip that holds a .kml…), and loads the XML parser only where it is needed.
 */
import { DEFAULT_PLANE_CRS, type CrsId } from '../../geo/coordinates';
import { decodeText } from '../parcel-import/text-encoding';
import type { ImportedZone } from './assemble-zone';
import { readCsvZone } from './read-csv-zone';
import { readDxfZone } from './read-dxf-zone';
import { readGeoJsonZone } from './read-geojson-zone';
import { readKmlZone, readKmzZone } from './read-kml-zone';
import { readShapefileZone } from './read-shapefile-zone';
import { loadXmlParser, type XmlParser } from './xml-document';
import { zoneFailure, zoneIssue, type ZoneReadResult } from './zone-issues';

export type ZoneFormat = 'geojson' | 'kml' | 'kmz' | 'dxf' | 'shapefile' | 'csv';

/** What the file picker offers. */
export const ZONE_FILE_ACCEPT = '.geojson,.json,.kml,.kmz,.dxf,.zip,.csv';

export interface ZoneFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ReadZoneOptions {
  /** The VN-2000 plane of Settings: the target, and the plane of files that name none (DXF, CSV). */
  readonly planeCrs?: CrsId;
  /** An XML parser to use instead of the platform's (tests). */
  readonly parseXml?: XmlParser;
}

const zipHolds = (bytes: Uint8Array, extension: string): boolean => {
  // Zip central-directory names are plain bytes; a .kml member name shows up in the raw bytes.
  const needle = [...extension].map((c) => c.charCodeAt(0));
  const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 32 : b);
  for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (needle.every((c, k) => lower(bytes[i + k]) === c)) return true;
  }
  return false;
};

/** The format of a file, by extension first and content second; null when it is none we read. */
export function detectZoneFormat(file: ZoneFile): ZoneFormat | null {
  const extension = /\.([^./\\]+)$/.exec(file.name.toLowerCase())?.[1] ?? '';
  const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b;
  if (extension === 'kmz' || (isZip && zipHolds(file.bytes, '.kml') && !zipHolds(file.bytes, '.shp'))) return 'kmz';
  if (extension === 'zip' || isZip) return 'shapefile';
  const head = decodeText(file.bytes.subarray(0, 4096), 'utf-8').replace(/^\uFEFF/, '').trimStart();
  if (extension === 'kml' || /^<\?xml|^<kml/i.test(head)) return 'kml';
  if (extension === 'dxf' || /^0\s*\r?\n\s*SECTION/.test(head)) return 'dxf';
  if (extension === 'geojson' || extension === 'json' || head.startsWith('{')) return 'geojson';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  return null;
}

export async function readZoneFile(file: ZoneFile, options: ReadZoneOptions = {}): Promise<ZoneReadResult<ImportedZone>> {
  const planeCrs = options.planeCrs ?? DEFAULT_PLANE_CRS;
  const format = detectZoneFormat(file);
  if (file.bytes.length === 0) return zoneFailure([zoneIssue(file.name, 'file-empty')]);
  switch (format) {
    case 'geojson': return readGeoJsonZone(decodeText(file.bytes, 'utf-8').replace(/^\uFEFF/, ''), file.name, planeCrs);
    case 'kml': return readKmlZone(file.bytes, file.name, planeCrs, options.parseXml ?? await loadXmlParser());
    case 'kmz': return readKmzZone(file.bytes, file.name, planeCrs, options.parseXml ?? await loadXmlParser());
    case 'dxf': return readDxfZone(file.bytes, file.name, planeCrs);
    case 'shapefile': return readShapefileZone(file.bytes, file.name, planeCrs);
    case 'csv': return readCsvZone(file.bytes, file.name, planeCrs);
    default: return zoneFailure([zoneIssue(file.name, 'zone-format-unknown')]);
  }
}

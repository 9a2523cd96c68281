/**
 * A zone from Google Earth: KML, or KMZ (a zip holding doc.kml and perhaps more .kml files). Placemarks
 * with a Polygon, LineString or Point (inside a MultiGeometry too), always in WGS84 longitude,latitude.
 * The role is an ExtendedData <Data name="role"> or <SimpleData name="role"> (as GDAL and QGIS write
 * attributes); failing that, a Placemark or Folder named like a role ("zone", "Ranh giới", "Đường").
 */
import { unzipSync } from 'fflate';
import { WGS84, type CrsId } from '../../geo/coordinates';
import { baseName, type ReadError } from '../layers/read-result';
import { geometryToPlane, planeConverter, type SourceGeometry } from '../layers/to-plane';
import { zipFailureCause } from '../parcel-import/shapefile-zip';
import { decodeText } from '../parcel-import/text-encoding';
import { assembleZone, type DraftFeature, type ImportedZone } from './assemble-zone';
import { childElements, childText, descendants, type XmlParser } from './xml-document';
import { zoneFailure, zoneIssue, type ZoneIssue, type ZoneReadResult } from './zone-issues';
import { roleOfName } from './zone-roles';

/** An ExtendedData value by name: <Data name><value>, or <SimpleData name> of a SchemaData. */
function extendedValue(placemark: Element, name: string): string | null {
  for (const extended of childElements(placemark, 'ExtendedData')) {
    for (const data of descendants(extended, 'Data')) {
      if (data.getAttribute('name') === name) return childText(data, 'value') ?? (data.textContent ?? '').trim();
    }
    for (const data of descendants(extended, 'SimpleData')) {
      if (data.getAttribute('name') === name) return (data.textContent ?? '').trim();
    }
  }
  return null;
}

/** "lon,lat[,alt] lon,lat…" → positions; null when a tuple is not two numbers. */
function positionsOf(element: Element | undefined): number[][] | null {
  const text = element ? childText(element, 'coordinates') : null;
  if (text === null) return null;
  const positions = text.split(/\s+/).filter((t) => t !== '').map((t) => t.split(',').slice(0, 2).map(Number));
  return positions.every((p) => p.length === 2 && p.every(Number.isFinite)) ? positions : null;
}

function geometriesOf(container: Element): (SourceGeometry | null)[] {
  const out: (SourceGeometry | null)[] = [];
  for (const g of childElements(container)) {
    if (g.localName === 'MultiGeometry') out.push(...geometriesOf(g));
    else if (g.localName === 'Point') {
      const p = positionsOf(g);
      out.push(p && p.length === 1 ? { type: 'Point', coordinates: p[0] } : null);
    } else if (g.localName === 'LineString') {
      const p = positionsOf(g);
      out.push(p ? { type: 'LineString', coordinates: p } : null);
    } else if (g.localName === 'Polygon') {
      const ring = (boundary: Element) => positionsOf(childElements(boundary, 'LinearRing')[0]);
      const rings = [...childElements(g, 'outerBoundaryIs'), ...childElements(g, 'innerBoundaryIs')].map(ring);
      out.push(rings.length > 0 && rings.every((r) => r !== null) ? { type: 'Polygon', coordinates: rings as number[][][] } : null);
    }
  }
  return out;
}

/** The nearest name, from the placemark up through its folders, that stands for a role. */
function roleFromNames(placemark: Element): string | null {
  for (let node: Node | null = placemark; node !== null && node.nodeType === 1; node = node.parentNode) {
    const name = childText(node, 'name');
    if (name !== null && roleOfName(name) !== null) return name;
  }
  return null;
}

/** Reads KML documents (one file, or every .kml of a KMZ) into one zone. */
export function readKmlDocuments(texts: readonly string[], fileName: string, planeCrs: CrsId, parseXml: XmlParser): ZoneReadResult<ImportedZone> {
  const errors: ZoneIssue[] = [];
  const drafts: DraftFeature[] = [];
  const converter = planeConverter(WGS84, planeCrs);
  let documentName: string | null = null;
  let index = 0;
  for (const text of texts) {
    const doc = parseXml(text);
    if (doc === null) {
      errors.push(zoneIssue(fileName, 'xml-invalid'));
      continue;
    }
    documentName ??= descendants(doc, 'Document').map((d) => childText(d, 'name')).find((n) => n) ?? null;
    for (const placemark of descendants(doc, 'Placemark')) {
      const at = { feature: index++ };
      const stated = extendedValue(placemark, 'role');
      const name = childText(placemark, 'name') ?? '';
      const role = stated !== null && stated !== '' ? stated : roleFromNames(placemark);
      for (const source of geometriesOf(placemark)) {
        if (source === null) {
          errors.push(zoneIssue(fileName, 'geometry-coordinates-invalid', at));
          continue;
        }
        const plane = geometryToPlane(source, converter);
        if ('outOfRange' in plane) {
          errors.push(zoneIssue(fileName, 'coordinates-out-of-range', at, { ...plane.outOfRange, crs: WGS84 }));
          continue;
        }
        drafts.push({ at, role, roleStated: stated !== null && stated !== '', name, widthM: extendedValue(placemark, 'widthM') ?? undefined,
          stripM: extendedValue(placemark, 'stripM') ?? undefined, geometry: plane.geometry });
      }
    }
  }
  if (errors.length === 0 && index === 0) errors.push(zoneIssue(fileName, 'kml-no-placemarks'));
  if (errors.some((e) => e.code === 'xml-invalid' || e.code === 'kml-no-placemarks')) return zoneFailure(errors);
  return assembleZone(drafts, { fileName, name: documentName ?? baseName(fileName), crs: converter.targetCrs }, [], errors as ReadError[]);
}

export function readKmlZone(bytes: Uint8Array, fileName: string, planeCrs: CrsId, parseXml: XmlParser): ZoneReadResult<ImportedZone> {
  return readKmlDocuments([decodeText(bytes, 'utf-8')], fileName, planeCrs, parseXml);
}

/** A KMZ: doc.kml first (Google Earth's rule), then any other .kml it carries (GDAL's LIBKML layers). */
export function readKmzZone(bytes: Uint8Array, fileName: string, planeCrs: CrsId, parseXml: XmlParser): ZoneReadResult<ImportedZone> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return zoneFailure([zoneIssue(fileName, 'zip-unreadable', {}, { cause: zipFailureCause(bytes, error) })]);
  }
  const kml = Object.keys(entries).filter((path) => path.toLowerCase().endsWith('.kml') && !path.includes('__MACOSX'))
    .sort((a, b) => Number(b.toLowerCase() === 'doc.kml') - Number(a.toLowerCase() === 'doc.kml') || a.localeCompare(b));
  if (kml.length === 0) return zoneFailure([zoneIssue(fileName, 'kmz-no-kml')]);
  return readKmlDocuments(kml.map((path) => decodeText(entries[path], 'utf-8')), fileName, planeCrs, parseXml);
}

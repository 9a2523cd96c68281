/**
 * English text for the errors the command line prints. Readers return codes and parameters (see
 * docs/TEAM-CONTRACTS.md); this turns them into one line each: "file: row 3, column "lat": reason".
 * Codes not listed here (from readers added later) still print, as the code with its parameters.
 */

export interface ReaderErrorLike {
  readonly file?: string;
  readonly row?: number;
  readonly feature?: number;
  readonly field?: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

const MESSAGES: Readonly<Record<string, string>> = {
  // convert (src/io/csv-coordinates)
  'unknown-crs': 'unknown coordinate reference system "{crs}" (use EPSG:4326, EPSG:9205…EPSG:9218 or vn2000:<meridian>, e.g. vn2000:107.75)',
  'empty-input': 'no CSV header row: the input is empty',
  'csv-syntax': 'cannot read the CSV: {message}',
  'missing-column': 'column not found in the header; {crs} needs the columns lat,lon (WGS84) or x,y (VN-2000: x = northing, y = easting)',
  'duplicate-column': 'the column appears twice in the header',
  'output-column-exists': 'the output would get this column twice: remove or rename it before converting to {crs}',
  'field-count': '{actual} fields where the header has {expected}',
  'missing-value': 'empty value',
  'not-a-number': 'not a number: "{value}" (use a decimal point, no thousands separator)',
  'out-of-range': 'out of range: {value} (expected {min} … {max})',
  'axes-swapped': 'y (easting {y}) is larger than x (northing {x}): in Vietnam X is the northing, are the columns swapped?',
  'conversion-failed': 'the point cannot be converted',
  // --previous (src/io/layout-output/previous-layout.ts)
  'not-a-layout': 'not a layout written by phanlo (a FeatureCollection with a "phanlo" member)',
  'missing-code': 'plot without a code',
  'duplicate-code': 'plot code "{code}" already used by feature {first}',
  'bad-geometry': 'plot "{code}" has no valid Polygon or MultiPolygon geometry',
  // the command line itself
  'read-failed': 'cannot read the file: {reason}',
  'write-failed': 'cannot write the file: {reason}',
  'invalid-json': 'not valid JSON: {reason}',
  'not-an-object': 'expected a JSON object {…}',
  'unknown-parameter': 'unknown parameter (known: {known})',
  // the zone file (src/io/layers)
  'json-invalid': 'not valid JSON',
  'not-a-feature-collection': 'not a GeoJSON FeatureCollection',
  'zone-missing': 'no Polygon feature with role "zone"',
  'zone-multiple': 'a second zone polygon (the first is feature {first})',
  'access-road-missing': 'no LineString feature with role "access-road" (the public road the zone opens onto)',
  'access-road-not-touching': 'the access road does not reach the zone: it passes {distanceM} m from the boundary (at most {limitM} m)',
  'site-role-unknown': 'unknown role "{role}" (use zone, access-road, residential or entrance)',
  'entrance-multiple': 'a second entrance point (the first is feature {first})',
  'polygon-self-intersection': 'the polygon crosses itself (ring {ring}, edges {edgeA} and {edgeB})',
  // the layout engine (src/geo/layout)
  'zone-self-intersecting': 'the zone boundary crosses itself (ring {ring}, edges {edgeA} and {edgeB})',
  'zone-invalid': 'the zone polygon is not valid ({problem})',
  'zone-too-small': 'the zone ({areaM2} m²) is too small for even one plot',
  'no-access-road': 'the zone has no access road',
  'entrance-blocked': 'the main road cannot enter the zone at the entrance',
  // layout parameters (validateLayoutParameters)
  'too-small': 'must be at least {min}',
  'too-big': 'must be at most {max}',
  'wrong-type': 'must be a {expected}',
  'required': 'missing or not a {expected}',
  'unknown-field': 'unknown parameter',
  'invalid': 'not a valid value',
  'road-narrower-than-fire-access': '{widthM} m is narrower than a fire-truck access road ({minM} m, QCVN 06:2022 6.2.1)',
  'front-setback-over-fire-access': 'a front setback of {setbackM} m puts walls beyond fire-truck reach (at most {maxM} m, QCVN 06:2022 6.2.2.3)',
  'min-frontage-above-target': 'the least frontage {minFrontageM} m is above the target frontage {targetFrontageM} m',
  'frontage-too-narrow-for-fire-separation': 'a {minFrontageM} m frontage less the {fireSeparationM} m fire separation leaves no envelope of {minEnvelopeWidthM} m',
  'min-area-not-below-max': 'the least plot area {minPlotAreaM2} m² is not below the greatest {maxPlotAreaM2} m²',
  'no-plot-depth-fits': 'no plot depth fits: at least {minDepthM} m is needed, at most {maxDepthM} m is allowed',
};

function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** One line for stderr, with the place first. `fieldNoun` is "column" for CSV, "field" for JSON. */
export function formatReaderError(error: ReaderErrorLike, fieldNoun: 'column' | 'field' = 'field'): string {
  const place: string[] = [];
  if (error.row !== undefined) place.push(`row ${error.row}`);
  if (error.feature !== undefined) place.push(`feature ${error.feature}`);
  if (error.field !== undefined) place.push(`${fieldNoun} "${error.field}"`);
  const template = MESSAGES[error.code];
  const params = error.params ?? {};
  const listed = Object.entries(params).map(([name, value]) => `${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const reason = template ? fill(template, params) : `${error.code}${listed.length > 0 ? ` (${listed.join(', ')})` : ''}`;
  const where = [error.file, place.join(', ')].filter((part) => part).join(': ');
  return where ? `${where}: ${reason}` : reason;
}

/**
 * Errors (or warnings, with `prefix` "phanlo: warning: ") for stderr, one a line, at most `limit` of
 * them and a count of the rest.
 */
export function formatReaderErrors(
  errors: readonly ReaderErrorLike[],
  { fieldNoun = 'field', limit = 20, prefix = 'phanlo: ' }: { fieldNoun?: 'column' | 'field'; limit?: number; prefix?: string } = {},
): string {
  const lines = errors.slice(0, limit).map((error) => `${prefix}${formatReaderError(error, fieldNoun)}`);
  if (errors.length > limit) lines.push(`${prefix}… and ${errors.length - limit} more`);
  return `${lines.join('\n')}\n`;
}

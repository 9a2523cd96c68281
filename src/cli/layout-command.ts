/**
 * `phanlo layout <zone.geojson> [--params params.json] [--previous layout.geojson]
 * [--format geojson|dxf|kml|csv] [--crs <plane crs>] [--out FILE]`: reads the zone, the parameters and
 * the previous layout, checks them all before anything runs, then writes the layout in one format.
 * A thin shell: reading is src/io, computing is the engine, writing is src/io/layout-output.
 */
import type { ZoneSite } from '../domain/site';
import { DEFAULT_PLANE_CRS, parseCrs, UnknownCrsError } from '../geo/coordinates';
import { readPreviousLayout, type PreviousLayout } from '../io/layout-output/previous-layout';
import { isLayoutFormat, LAYOUT_FORMATS, writeLayout, type LayoutFormat } from '../io/layout-output/write-layout';
import { optionValue, parseArgs } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, fileErrorReason, usageError, type CliIo } from './cli-io';
import { readJsonFile } from './json-file';
import type { CodedMessage, LayoutEnginePort } from './layout-engine';
import { formatReaderError, formatReaderErrors, type ReaderErrorLike } from './messages';

const USAGE_LINE =
  'usage: phanlo layout <zone.geojson> [--params params.json] [--previous layout.geojson] ' +
  '[--format geojson|dxf|kml|csv] [--crs <crs>] [--out FILE]   (phanlo --help)';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parameters merged over the defaults; unknown names are errors, then the whole set is validated. */
function readParameters(engine: LayoutEnginePort, json: unknown, file: string):
  { readonly ok: true; readonly value: unknown; readonly given: readonly string[] } | { readonly ok: false; readonly errors: ReaderErrorLike[] } {
  if (!isObject(json)) return { ok: false, errors: [{ file, code: 'not-an-object' }] };
  const known = Object.keys(engine.defaultParameters);
  const errors: ReaderErrorLike[] = Object.keys(json)
    .filter((name) => !known.includes(name))
    .map((name) => ({ file, field: name, code: 'unknown-parameter', params: { known: known.join(', ') } }));
  const given = Object.fromEntries(Object.entries(json).filter(([name]) => known.includes(name)));
  const validated = engine.validateParameters({ ...engine.defaultParameters, ...given });
  if (!validated.ok) errors.push(...validated.errors.map((error) => ({ file, ...error, source: 'layout.error' as const })));
  return errors.length > 0 || !validated.ok ? { ok: false, errors } : { ok: true, value: validated.value, given: Object.keys(given) };
}

interface LayoutOptions {
  readonly zonePath: string;
  readonly format: LayoutFormat;
  readonly crs?: string;
  readonly paramsPath?: string;
  readonly previousPath?: string;
  readonly outPath?: string;
}

/** The command line checked, or the usage problem. */
function readOptions(argv: readonly string[]): { readonly ok: true; readonly value: LayoutOptions } | { readonly ok: false; readonly message: string } {
  const args = parseArgs(argv, { params: 'value', previous: 'value', format: 'value', out: 'value', crs: 'value' });
  if (!args.ok) return args;
  if (args.positionals.length !== 1) return { ok: false, message: 'name exactly one zone file' };
  const format = optionValue(args.options, 'format') ?? 'geojson';
  if (!isLayoutFormat(format)) return { ok: false, message: `--format must be one of ${LAYOUT_FORMATS.join(', ')}` };
  const crs = optionValue(args.options, 'crs');
  if (crs !== undefined) {
    let kind: string;
    try {
      kind = parseCrs(crs).kind;
    } catch (error) {
      if (!(error instanceof UnknownCrsError)) throw error;
      return { ok: false, message: `--crs: ${formatReaderError({ code: 'unknown-crs', params: { crs } })}` };
    }
    if (kind !== 'vn2000') return { ok: false, message: `--crs must be a VN-2000 plane (EPSG:9205…EPSG:9218 or vn2000:<meridian>), not ${crs}` };
  }
  return {
    ok: true,
    value: {
      zonePath: args.positionals[0], format, crs,
      paramsPath: optionValue(args.options, 'params'),
      previousPath: optionValue(args.options, 'previous'),
      outPath: optionValue(args.options, 'out'),
    },
  };
}

interface LayoutInputs {
  readonly site: ZoneSite;
  readonly parameters: unknown;
  /** The fields the params file gave. */
  readonly givenParameters: readonly string[];
  readonly previous?: PreviousLayout;
}

/** Reads and checks every input file before anything is computed; all problems are reported at once. */
function readInputs(options: LayoutOptions, io: CliIo, engine: LayoutEnginePort):
  { readonly inputs: LayoutInputs | null; readonly errors: ReaderErrorLike[]; readonly warnings: ReaderErrorLike[] } {
  const errors: ReaderErrorLike[] = [];
  const warnings: ReaderErrorLike[] = [];

  const zoneJson = readJsonFile(io, options.zonePath);
  // The plane: --crs, else the zone file's own VN-2000 plane, else EPSG:9209 (Hải Dương).
  const fileCrs = zoneJson.ok ? engine.zoneFileCrs(zoneJson.value) : null;
  const planeCrs = options.crs ?? (fileCrs !== null && parseCrs(fileCrs).kind === 'vn2000' ? fileCrs : DEFAULT_PLANE_CRS);
  let site: ZoneSite | null = null;
  if (!zoneJson.ok) errors.push(zoneJson.error);
  else {
    const read = engine.readZoneSite(zoneJson.value, options.zonePath, { planeCrs });
    const fromReader = (issue: ReaderErrorLike): ReaderErrorLike => ({ ...issue, source: 'import' });
    // Warnings are said with errors too: "the only polygon was taken as the zone" explains what follows.
    warnings.push(...(read.warnings ?? []).map(fromReader));
    if (read.ok) site = read.value;
    else errors.push(...read.errors.map(fromReader));
  }

  let parameters: unknown = engine.defaultParameters;
  // The fields the params file gives are used as given; the engine may scale only defaults to the zone.
  let givenParameters: readonly string[] = [];
  const paramsJson = options.paramsPath === undefined ? { ok: true as const, value: {} } : readJsonFile(io, options.paramsPath);
  if (!paramsJson.ok) errors.push(paramsJson.error);
  else {
    const checked = readParameters(engine, paramsJson.value, options.paramsPath ?? '(default parameters)');
    if (checked.ok) { parameters = checked.value; givenParameters = checked.given; }
    else errors.push(...checked.errors);
  }

  let previous: PreviousLayout | undefined;
  if (options.previousPath !== undefined) {
    const previousJson = readJsonFile(io, options.previousPath);
    if (!previousJson.ok) errors.push(previousJson.error);
    else {
      const read = readPreviousLayout(previousJson.value, options.previousPath, { planeCrs: site?.crs ?? planeCrs });
      if (read.ok) previous = read.value;
      else errors.push(...read.errors);
    }
  }

  const inputs = site !== null && errors.length === 0 ? { site, parameters, givenParameters, ...(previous ? { previous } : {}) } : null;
  return { inputs, errors, warnings };
}

/** Engine errors with the file named; parameter refusals carry their field in params, shown as the field. */
function locateEngineErrors(errors: readonly CodedMessage[], file: string): ReaderErrorLike[] {
  return errors.map(({ code, params }) => {
    const { field, ...rest } = params ?? {};
    const source = 'layout.error' as const;
    return typeof field === 'string' ? { file, field, code, params: rest, source } : { file, code, params, source };
  });
}

const WARNING_PREFIX = 'phanlo: warning: ';

export function runLayout(argv: readonly string[], io: CliIo, engine: LayoutEnginePort | null): number {
  const options = readOptions(argv);
  if (!options.ok) return usageError(io, 'layout', USAGE_LINE, options.message);
  if (!engine) {
    io.stderr('phanlo layout: the layout engine is not part of this build yet\n');
    return EXIT_BAD_INPUT;
  }
  const { zonePath, format, outPath } = options.value;

  const { inputs, errors, warnings } = readInputs(options.value, io, engine);
  if (warnings.length > 0) io.stderr(formatReaderErrors(warnings, { prefix: WARNING_PREFIX }));
  if (!inputs) {
    io.stderr(formatReaderErrors(errors));
    return EXIT_BAD_INPUT;
  }

  const result = engine.generateLayout(inputs.site, inputs.parameters, { givenParameters: inputs.givenParameters, ...(inputs.previous ? { previous: inputs.previous } : {}) });
  if (!result.ok) {
    io.stderr(formatReaderErrors(locateEngineErrors(result.errors, zonePath)));
    return EXIT_BAD_INPUT;
  }
  if (result.warnings.length > 0) {
    const engineWarnings = result.warnings.map((warning) => ({ ...warning, source: 'layout.warning' as const }));
    io.stderr(formatReaderErrors(engineWarnings, { prefix: WARNING_PREFIX, limit: Infinity }));
  }

  const text = writeLayout(result, format, { name: inputs.site.name });
  if (outPath === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    io.writeFile(outPath, text);
  } catch (error) {
    io.stderr(formatReaderErrors([{ file: outPath, code: 'write-failed', params: { reason: fileErrorReason(error) } }]));
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

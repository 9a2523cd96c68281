/**
 * What the planner browser tests expect, made outside the browser: the command line's own output for
 * the demo zone (`phanlo layout … --format geojson`, run as a process), the engine in Node for other
 * parameters, and layout files read back into plane metres for the independent layout checker.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { planeProjection, asPlane } from '../../src/geo/coordinates';
import type { LayoutFeature, LayoutResult } from '../../src/geo/layout';
import { ROOT } from './harness';

export const ZONE_FILE = join(ROOT, 'public', 'geo', 'dong-doc-zone.geojson');

/** `npm run --silent phanlo -- layout <zone> --format <format>` as a user runs it, its stdout. */
export function cliLayout(format: 'geojson' | 'dxf' = 'geojson', extra: readonly string[] = []): string {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'phanlo.ts'),
    'layout', ZONE_FILE, '--format', format, ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

interface LayoutFile {
  phanlo: { crs: string; parameters: LayoutResult['parameters']; landUse: LayoutResult['landUse']; warnings: LayoutResult['warnings'] };
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

/** Plot code → area (m²) in a layout GeoJSON text, in file order. */
export function plotAreas(text: string): [string, number][] {
  const file = JSON.parse(text) as LayoutFile;
  return file.features.filter((f) => f.properties.kind === 'plot').map((f) => [String(f.properties.code), Number(f.properties.areaM2)]);
}

/**
 * A layout GeoJSON (WGS84) back in plane metres as a LayoutResult: every position through the one
 * coordinates module, then onto the engine's 1 mm grid (9 decimals of a degree keep ~0.1 mm).
 */
export function layoutFromGeoJson(text: string): LayoutResult {
  const file = JSON.parse(text) as LayoutFile;
  const projection = planeProjection(file.phanlo.crs);
  const toPlane = (p: number[]) => {
    const [e, n] = projection.toPlane([p[0], p[1]]);
    return asPlane([Math.round(e * 1000) / 1000, Math.round(n * 1000) / 1000]);
  };
  const convert = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? toPlane(c as number[]) : (c as unknown[]).map(convert));
  return {
    ok: true, crs: file.phanlo.crs, parameters: file.phanlo.parameters, landUse: file.phanlo.landUse, warnings: file.phanlo.warnings,
    features: file.features.map((f) => ({ properties: f.properties, geometry: { type: f.geometry.type, coordinates: convert(f.geometry.coordinates) } }) as unknown as LayoutFeature),
  };
}

/** Features of a DXF file as GDAL reads it (ogr2ogr to GeoJSON, coordinates as written). */
export function dxfFeatures(path: string): { properties: { Layer: string; Text: string | null }; geometry: { type: string; coordinates: number[][] | number[] } }[] {
  const json = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(json) as { features: ReturnType<typeof dxfFeatures> }).features;
}

/**
 * Reads the three demo files and validates them together: a parcel layer, the zone with what it faces,
 * and the context. Any problem in any file stops the load and is reported with file and place. In io, not
 * in a screen, because the demo-site store (src/state) loads it and state may not depend on features.
 */
import type { ParcelLayer } from '../domain/parcel';
import type { ZoneSite } from '../domain/site';
import { readContextLayer, readParcelLayer, readZoneSite, type ContextFeature } from './layers';

/**
 * A problem with a file the app reads, in the shape of docs/TEAM-CONTRACTS.md "Errors from readers", with
 * `code` open to the codes of this loader too ('json-invalid', 'file-unreadable'). Screens word it.
 */
export interface DisplayIssue {
  readonly file: string;
  readonly code: string;
  readonly row?: number;
  readonly feature?: number;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const DEMO_FILES = {
  parcels: 'geo/dong-doc-parcels.geojson',
  zone: 'geo/dong-doc-zone.geojson',
  context: 'geo/dong-doc-context.geojson',
} as const;

export interface DemoSite {
  readonly layer: ParcelLayer;
  readonly site: ZoneSite;
  readonly context: readonly ContextFeature[];
}

export type DemoSiteResult = { ok: true; value: DemoSite } | { ok: false; errors: readonly DisplayIssue[] };

function parseJson(text: string, file: string): { ok: true; json: unknown } | { ok: false; error: DisplayIssue } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { file, code: 'json-invalid', params: { detail: String((error as Error).message) } } };
  }
}

/** Fetches (through `fetchText`) and validates the demo files for the given plane CRS. */
export async function loadDemoSite(planeCrs: string, fetchText: (path: string) => Promise<string>): Promise<DemoSiteResult> {
  const names = Object.keys(DEMO_FILES) as (keyof typeof DEMO_FILES)[];
  const texts = await Promise.all(names.map((name) =>
    fetchText(DEMO_FILES[name]).then((text) => ({ ok: true as const, text }), (error: unknown) => ({ ok: false as const, error })),
  ));
  const errors: DisplayIssue[] = [];
  const json: Partial<Record<keyof typeof DEMO_FILES, unknown>> = {};
  names.forEach((name, i) => {
    const fileName = DEMO_FILES[name].split('/').pop()!;
    const fetched = texts[i];
    if (!fetched.ok) {
      errors.push({ file: fileName, code: 'file-unreadable', params: { detail: String((fetched.error as Error)?.message ?? fetched.error) } });
      return;
    }
    const parsed = parseJson(fetched.text, fileName);
    if (parsed.ok) json[name] = parsed.json;
    else errors.push(parsed.error);
  });
  if (errors.length) return { ok: false, errors };

  const options = { planeCrs };
  const layer = readParcelLayer(json.parcels, 'dong-doc-parcels.geojson', options);
  const site = readZoneSite(json.zone, 'dong-doc-zone.geojson', options);
  const context = readContextLayer(json.context, 'dong-doc-context.geojson', options);
  for (const result of [layer, site, context]) if (!result.ok) errors.push(...result.errors);
  if (!layer.ok || !site.ok || !context.ok) return { ok: false, errors };
  return { ok: true, value: { layer: layer.value, site: site.value, context: context.value } };
}

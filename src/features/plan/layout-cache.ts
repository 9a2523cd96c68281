/**
 * The last layout of a stored variant that has none of its own (the demo, an imported zone not edited
 * yet), kept with the variant (VariantRow.laidOut), so that a later visit draws it at once while the
 * worker lays the variant out again and confirms it. Its key names everything that layout comes from:
 * the engine build (a hash of the engine's sources and the lock file, made by vite.config.ts), the
 * zone, and the run's inputs (parameters, the fields given, locked plots, the previous plots that keep
 * codes stable). A layout whose key differs in any of them is never shown. Without an engine build (unit
 * tests under Node, or a build without the define) nothing is kept.
 */
import type { ZoneSite } from '../../domain/site';
import type { LayoutParameters, LayoutResult, LockedPlot } from '../../geo/layout';
import type { PreviousInput } from '../../workers/layout-protocol';

declare const __PHANLO_ENGINE_BUILD__: string | undefined;

/** The engine build this page runs (vite.config.ts), or null when unknown: then nothing is cached. */
export const engineBuild = (): string | null => (typeof __PHANLO_ENGINE_BUILD__ === 'string' && __PHANLO_ENGINE_BUILD__ ? __PHANLO_ENGINE_BUILD__ : null);

/** 2 × 53 bits of a text (cyrb53 with two seeds), as hex: keys compare hashes, not whole zones. */
export function textHash(text: string): string {
  const half = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
  };
  return half(1) + half(2);
}

/**
 * What a run is asked, but its zone (compared by identity): two runs with the same key give the same
 * layout. The build's shipped demo layout (scripts/demo-layout-plugin.ts) is keyed with it too.
 */
export const runKey = (parameters: LayoutParameters, previous: PreviousInput, locked: readonly LockedPlot[], given: readonly string[]): string =>
  JSON.stringify([Object.keys(parameters).sort().map((field) => [field, parameters[field as keyof LayoutParameters]]), previous, locked, given]);

/** The key of a run's layout: null (nothing kept) without an engine build. `runKey` names the run's inputs but the zone. */
export function laidOutKey(engine: string | null, site: ZoneSite, runKey: string): string | null {
  return engine ? `${engine}:${textHash(JSON.stringify(site))}:${textHash(runKey)}` : null;
}

/** What identifies a layout cheaply enough to compare on every echo or confirmation: its plots and its balance. */
export function layoutFingerprint(layout: LayoutResult | null): string {
  if (!layout) return 'none';
  const plots = layout.features.filter((f) => f.properties.kind === 'plot');
  return JSON.stringify([layout.parameters, plots, layout.landUse]);
}

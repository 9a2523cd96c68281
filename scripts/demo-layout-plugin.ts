/**
 * A Vite plugin (build only) that writes the demo variant's layout beside the zone file in the build's
 * output: dist/geo/dong-doc-layout.json (scripts/demo-layout.ts), keyed with the same engine build as
 * the bundle's `__PHANLO_ENGINE_BUILD__`. Not in public/: a file made here is never stale, whatever
 * changes in the engine. The dev server has none (the fetch fails, the app lays the demo out).
 */
import type { Plugin } from 'vite';
import { makeDemoLayout, SHIPPED_DEMO_LAYOUT_FILE } from './demo-layout';

export function demoLayoutPlugin(publicDir: string, engine: string): Plugin {
  return {
    name: 'phanlo-demo-layout',
    apply: 'build',
    async generateBundle() {
      const laidOut = await makeDemoLayout(publicDir, engine);
      this.emitFile({ type: 'asset', fileName: SHIPPED_DEMO_LAYOUT_FILE, source: JSON.stringify(laidOut) });
    },
  };
}

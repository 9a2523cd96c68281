import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoLayoutPlugin } from './scripts/demo-layout-plugin';

/**
 * A hash of everything a layout can depend on (the engine and its domain types, the workers, the locked
 * dependency versions): the key of a variant's kept layout (src/features/plan/layout-cache.ts) names it.
 */
function engineBuild(): string {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    if (statSync(root + path).isDirectory()) for (const name of readdirSync(root + path).sort()) walk(`${path}/${name}`);
    else hash.update(path).update(readFileSync(root + path));
  };
  for (const path of ['src/geo', 'src/domain', 'src/workers', 'package-lock.json']) walk(path);
  return hash.digest('hex').slice(0, 16);
}

const ENGINE_BUILD = engineBuild();

// The app is served from any static server under any path: relative base, hash routes.
export default defineConfig({
  base: './',
  define: { __PHANLO_ENGINE_BUILD__: JSON.stringify(ENGINE_BUILD) },
  plugins: [
    react(),
    // The demo's layout made by this build's engine, shipped as data for a fresh profile's #/plan.
    demoLayoutPlugin(fileURLToPath(new URL('./public', import.meta.url)), ENGINE_BUILD),
    VitePWA({
      registerType: 'prompt', // never reload under a user's hands: offer the update
      injectRegister: false, // registered in src/app/service-worker.ts, so failures are handled in one place
      includeAssets: ['icon.svg', 'geo/*.geojson'],
      workbox: {
        // Precache the app shell, every chunk (including lazily loaded ones) and the demo geo data,
        // so that after one visit the whole app works with no network.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,json,geojson,webmanifest,ttf}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
      manifest: {
        name: 'phanlo — Phân lô khu tiểu thủ công nghiệp',
        short_name: 'phanlo',
        description: 'Quy hoạch và giao đất khu tiểu thủ công nghiệp tập trung — hoạt động không cần mạng',
        lang: 'vi',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f1ea',
        theme_color: '#2f5d3a',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
});

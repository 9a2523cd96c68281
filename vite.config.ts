import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app is served from any static server under any path: relative base, hash routes.
export default defineConfig({
  base: './',
  plugins: [
    react(),
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

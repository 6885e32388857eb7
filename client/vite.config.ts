/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API host (./build.sh run, port 5080) serves the production build from its wwwroot; in development Vite serves
// the app with hot reload and forwards API calls to the host, so the browser still talks to one origin.
const api = process.env.CRM_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    proxy: { '/api': api, '/openapi': api, '/swagger': api, '/health': api },
  },
  build: {
    outDir: '../src/Crm.Api/wwwroot',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});

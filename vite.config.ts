import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { publicFiles } from './src/tools/vitePublicFiles.ts';

// The dashboard is served from src/app and built into dist/app (dist/cli holds the built CLI);
// the scenarios it bundles are read at build time. public/ holds the icons; scenario downloads
// and the town register template are emitted at build.
export default defineConfig({
  root: 'src/app',
  publicDir: '../../public',
  plugins: [react(), publicFiles()],
  build: { outDir: '../../dist/app', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // Module workers: the computation worker loads the report builders on demand (code splitting).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    root: '.',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 120000,
    hookTimeout: 180000,
  },
});

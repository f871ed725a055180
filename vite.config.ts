import { defineConfig } from 'vite';

// The workbench: src/web built to dist/web, which the server serves (src/server/staticAssets.ts).
export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

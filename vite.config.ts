import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the built site works from any path and from a saved copy, with no server config.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from disk in Electron (file://) and over HTTP in browser mode, so asset
// URLs are relative. Config files are the one place a default export is required.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

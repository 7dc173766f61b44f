import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/security.ts';

// The same policy the Electron session and the HTTP door send as a header, also as a meta tag:
// a header hook may not reach file:// pages. Browsers ignore frame-ancestors in a meta tag.
const metaPolicy = CONTENT_SECURITY_POLICY.split('; ')
  .filter((part) => !part.startsWith('frame-ancestors'))
  .join('; ');

// The renderer is served from disk in Electron (file://) and over HTTP in browser mode, so asset
// URLs are relative. Config files are the one place a default export is required.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'fashen-csp-meta',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

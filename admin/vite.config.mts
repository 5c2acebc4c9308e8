import path from 'node:path';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The admin is served by Bianzhi itself at /admin; everything it loads, fonts
// included, is bundled here because the offices' networks are often offline.
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [
    react(),
    // Compressed once here at the strongest settings, served as they are (server/http/admin-app.ts): a county office's line gets a fifth less script than gzip made per request, and the server spends nothing.
    compression({
      include: /\.(js|css)$/,
      algorithms: [defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
  server: {
    // The client shares pure rules with the server (server/modules/staff/national-id-rules.ts).
    fs: { allow: [path.join(import.meta.dirname, '..')] },
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});

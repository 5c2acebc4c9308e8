import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The admin is served by Bianzhi itself at /admin; everything it loads, fonts
// included, is bundled here because the offices' networks are often offline.
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [react()],
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

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The contracts shared with the server (WebSocket frames, HTTP answers, error codes, names): validated on both sides. */
const protocolFile = fileURLToPath(new URL('../server/src/contracts/index.ts', import.meta.url));

/** `vite dev` forwards API and WebSocket calls here (the preferences demo by default). */
const devTarget = process.env.WORKSHOP_DEV_TARGET ?? 'http://127.0.0.1:8000';

export default defineConfig({
  // Absolute root so the config works from any working directory (`--config web/vite.config.ts`).
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: { '@protocol': protocolFile },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One page app: React, react-markdown and zod (the shared protocol) make ~540 kB, 160 kB gzipped.
    chunkSizeWarningLimit: 800,
  },
  server: {
    // The protocol file lives outside `web/`.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': { target: devTarget, changeOrigin: false },
      '/ws': { target: devTarget, ws: true },
    },
  },
});

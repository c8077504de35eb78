import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web code imports the shared contracts as `@protocol` (as web/vite.config.ts resolves it).
  resolve: { alias: { '@protocol': fileURLToPath(new URL('./server/src/contracts/index.ts', import.meta.url)) } },
  test: {
    include: ['server/src/**/*.test.ts', 'demos/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    globalSetup: ['test/redis-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

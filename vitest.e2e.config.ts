import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in a real Chromium; one file at a
// time, because each launches its own browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
  },
});

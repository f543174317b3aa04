import { defineConfig } from 'vitest/config';

// Checks that read the built site in dist/: run after `npm run build` (npm run test:dist).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});

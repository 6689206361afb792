import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tile server's tests run here too: npm test runs them on a fresh clone.
    include: ['tests/unit/**/*.test.ts', 'server/tests/**/*.test.js'],
    environment: 'node',
  },
});

import { defineConfig } from 'vitest/config';
import { lazyChunk } from './integrations/lazy-chunk';

export default defineConfig({
  // The app's `?lazy` imports (integrations/lazy-chunk.ts) mean the same here.
  plugins: [lazyChunk()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Pure code (engine, parsers, criteria) runs in Node; DOM tests opt in with
    // `/** @vitest-environment happy-dom */` at the top of the file.
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    include: ['tests/**/*.test.{ts,tsx}', 'criteria/**/*.test.ts', 'utils/**/*.test.ts', 'entrypoints/*/**/*.test.{ts,tsx}', 'components/**/*.test.tsx'],
  },
});

import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  optimizeDeps: {
    include: ['lit', 'lit/directives/ref.js', 'dompurify', 'axe-core', 'fast-check', 'react', 'react-dom/client', 'react-dom/server'],
  },
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Pages served from 127.0.0.1 with their own headers (CSP), driven by Playwright in Node.
        // One file at a time, in a group of their own after the browser project. Tried in the eighth
        // session and undone (CHANGELOG): the files beside it, in one worker process, and one Chromium
        // shared by every file; on CI's 2 cores none measured faster, and the first two pushed the
        // browser project's longest test past its time-out.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/browser/setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
              contextOptions: { locale: 'en-US', timezoneId: 'UTC' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default defineConfig({
  optimizeDeps: {
    include: ['lit', 'lit/directives/ref.js', 'dompurify', 'axe-core', 'fast-check', 'react', 'react-dom/client', 'react-dom/server'],
  },
  test: {
    reporters: ['default'],
    // Two at a time on CI's 2 cores (Vitest's default there is one): the browser project, one worker
    // whose single page leaves a core a third idle, beside a node or e2e file. 512 s for the suite one
    // at a time, 349 s two at a time (tenth session, CHANGELOG). The e2e files no longer starve it:
    // their Chromium builds no address-bar popup per page (scripts/chromium.mjs).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/node/**/*.test.ts'],
          environment: 'node',
          // Beside a browser or e2e file on 2 cores, a CPU-bound file (markup.test.ts's corpus in every
          // field: 2-3 s alone) took 6.4 s on CI and passed Vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // Pages served from 127.0.0.1 with their own headers (CSP), driven by Playwright in Node.
        // Each file launches its own Chromium and serves on its own port, so files run side by side.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
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

import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

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
        // One file at a time, in a group of their own after the browser project: run beside it (tried,
        // eighth session) they slowed its files on CI's 2 cores as much as they saved (435 s against
        // 446 s) and pushed its longest test past its time-out.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/chromium-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // One worker process for the files one after another (each starting a process and importing
          // Playwright again cost ~1.5 s a file): they share no state but the Chromium they connect to.
          isolate: false,
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

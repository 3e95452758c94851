// Types for scripts/chromium.mjs, for the tests and vitest.config.ts.
export const chromiumPath: string;
export const playwrightDisabledFeatures: string[];
export const omniboxFeatures: string[];
export const chromiumArgs: string[];

// The e2e project's global setup: one Chromium for all its files (launching one per file cost ~2.5 s
// each). Each file connects to it (launch() in security/serve.ts) and opens its own contexts.
import type { TestProject } from 'vitest/node';
import { chromium, type BrowserServer } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint, for `chromium.connect()`. */
    chromiumEndpoint: string;
  }
}

let server: BrowserServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  project.provide('chromiumEndpoint', server.wsEndpoint());
}

export async function teardown(): Promise<void> {
  await server?.close();
}

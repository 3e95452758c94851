// Types for scripts/serve.mjs, for the tests that import it.
export const REPO_ROOT: string;
export const DEMO_CSP: string;
export const MIME_TYPES: Record<string, string>;
export function startServer(options?: {
  port?: number;
  root?: string;
  csp?: string | null | false;
  host?: string;
}): Promise<{ url: string; port: number; close(): Promise<void> }>;
export function resolveInside(rootReal: string, urlPath: string): string | null;

// Supply chain: the build tool and the sanitizer are at versions with the known fixes, the lockfile
// agrees with what is installed, and the bundle carries no currentScript gadget. The "latest
// DOMPurify" check needs the registry: CI passes DOMPURIFY_LATEST (`npm view dompurify version`);
// tests themselves never reach the network.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const pkg = json('package.json') as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = json('package-lock.json') as { packages: Record<string, { version?: string }> };
const installed = (name: string) => (json(`node_modules/${name}/package.json`) as { version: string }).version;

/** Semver compare of plain x.y.z versions: negative, zero or positive. */
function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) =>
    v
      .replace(/^[^\d]*/, '')
      .split(/[.-]/)
      .slice(0, 3)
      .map(Number),
  );
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

describe('supply chain', () => {
  test('runtime dependencies are exactly lit and dompurify', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['dompurify', 'lit']);
  });

  test('Rollup is at least 4.22.4 (CVE-2024-47068: DOM clobbering via document.currentScript in bundles)', () => {
    expect(compare(installed('rollup'), '4.22.4')).toBeGreaterThanOrEqual(0);
    expect(compare(lock.packages['node_modules/rollup'].version!, '4.22.4')).toBeGreaterThanOrEqual(0);
    expect(compare(pkg.devDependencies.rollup, '4.22.4')).toBeGreaterThanOrEqual(0);
  });

  test('DOMPurify is at least 3.2.4 (CVE-2024-45801, CVE-2024-47875, CVE-2025-26791) and the lockfile agrees', () => {
    const version = installed('dompurify');
    expect(compare(version, '3.2.4')).toBeGreaterThanOrEqual(0);
    expect(lock.packages['node_modules/dompurify'].version).toBe(version);
    expect(compare(pkg.dependencies.dompurify, '3.2.4')).toBeGreaterThanOrEqual(0);
  });

  test('DOMPurify is within one minor release of the latest (DOMPURIFY_LATEST from CI)', (ctx) => {
    const latest = process.env.DOMPURIFY_LATEST?.trim();
    if (!latest) ctx.skip(); // set by .ci/run from `npm view dompurify version`; no network in tests
    const [lMajor, lMinor] = latest!.split('.').map(Number);
    const [major, minor] = installed('dompurify').split('.').map(Number);
    expect(major, `installed ${installed('dompurify')}, latest ${latest}`).toBe(lMajor);
    expect(lMinor - minor, `installed ${installed('dompurify')}, latest ${latest}`).toBeLessThanOrEqual(1);
  });

  test('the script-tag bundle reads no document.currentScript (the clobbering gadget)', (ctx) => {
    if (!existsSync('dist/cdn')) ctx.skip(); // `npm test` builds first
    const ours = readdirSync('dist/cdn').filter((f) => f.endsWith('.js') && !f.startsWith('purify'));
    expect(ours.length).toBeGreaterThan(0);
    for (const f of ours) expect(readFileSync(`dist/cdn/${f}`, 'utf8'), f).not.toMatch(/currentScript/);
    // DOMPurify reads it only to name its own default policy, which it never creates here: we pass ours.
    expect(readFileSync('src/safety/sanitize.ts', 'utf8')).toMatch(/TRUSTED_TYPES_POLICY:/);
  });
});

// Every `postquote-error` code the source can emit is documented in README's Events table, and the
// table lists no code the source never emits: a developer who switches on `e.code` finds each one there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Each code written in src/ (`code: 'x'` in a problem, `fail(problems, 'x', …)`/`report(…)` in parse()), by file. */
export function emittedCodes(): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join('src', f), 'utf8');
    const codes = [...text.matchAll(/\bcode: '([a-z-]+)'|\b(?:fail|report)\(problems, '([a-z-]+)'/g)].map((m) => m[1] ?? m[2]!);
    if (codes.length) byFile.set(join('src', f), new Set(codes));
  }
  return byFile;
}

test("README's Events table lists exactly the codes src/ emits", () => {
  const emitted = new Set([...emittedCodes().values()].flatMap((s) => [...s]));
  expect(emitted.size).toBeGreaterThan(15);
  const readme = readFileSync('README.md', 'utf8');
  const events = readme.slice(readme.indexOf('### Events'), readme.indexOf('### Styling'));
  // The table's first column: one code, or several split by commas.
  const documented = new Set(
    [...events.matchAll(/^\| (`[a-z-]+`(?:, `[a-z-]+`)*) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z-]+)`/g)].map((c) => c[1]!)),
  );
  expect([...emitted].filter((c) => !documented.has(c)).sort(), 'emitted, not in README').toEqual([]);
  expect([...documented].filter((c) => !emitted.has(c)).sort(), 'in README, never emitted').toEqual([]);
});

// Every `postquote-error` code the source can emit is documented in README's Events table, and the
// table lists no code the source never emits: a developer who switches on `e.code` finds each one there.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { codesOf } from './error-codes.js';

test("README's Events table lists exactly the codes src/ emits", () => {
  const emitted = codesOf();
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

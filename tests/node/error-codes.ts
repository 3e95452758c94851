// The `postquote-error` codes src/ can emit, for the tests that keep their documentation complete.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Each code written in src/ (`code: 'x'` in a problem, `fail(problems, 'x', …)`/`report(…)` in parse()), by file. */
export function emittedCodes(): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const f of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join('src', f), 'utf8');
    const codes = [...text.matchAll(/\bcode: '([a-z-]+)'|\b(?:fail|report)\(problems, '([a-z-]+)'/g)].map((m) => m[1] ?? m[2]!);
    if (codes.length) byFile.set(join('src', f).replaceAll('\\', '/'), new Set(codes));
  }
  return byFile;
}

/** The codes of every file whose path matches none of `except`. */
export const codesOf = (except: RegExp[] = []) =>
  new Set([...emittedCodes()].filter(([file]) => !except.some((re) => re.test(file))).flatMap(([, codes]) => [...codes]));

// Regular expressions that take time out of proportion to their input (ReDoS): every one in src/,
// literal or built, is checked by recheck (https://makenowjust-labs.github.io/recheck/), which decides
// from the expression itself, by automata theory or by fuzzing with a fixed seed and step counts (no
// clock), whether some input makes V8's backtracking matcher run in polynomial or exponential time. It
// found eight in the ninth session, from 61 ms to 5 s on 10-50 KB of hostile text (CHANGELOG). A
// deterministic guard, where a timed assertion would depend on the machine's load.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { dottedEntity, entity } from '../../../src/render/text.js';

/** Every .ts file under `dir`. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Each regular expression literal in src/, with where it is; and each file that builds one with `new RegExp`. */
function literals() {
  const found: { where: string; source: string; flags: string }[] = [];
  const built: string[] = [];
  for (const file of sources('src')) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const where = `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ where, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') built.push(where);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, built };
}

/**
 * recheck's verdict, the same on any machine: a fixed seed, and its limits in characters its VM reads,
 * not in milliseconds (its time limits, on by default, let a loaded machine end a search early). Its
 * `d` and `v` flags are not modelled, and change no matching time.
 */
const check = (source: string, flags: string): Diagnostics =>
  checkSync(source, flags.replace(/[dv]/g, ''), {
    randomSeed: 1,
    timeout: null,
    incubationTimeout: null,
    attackTimeout: null,
    attackLimit: 1e7,
  });

const verdict = (d: Diagnostics) =>
  d.status === 'vulnerable'
    ? `${d.complexity.summary}, e.g. ${JSON.stringify(d.attack.pattern)}`
    : d.status === 'unknown'
      ? `unknown: ${d.error.kind}`
      : 'safe';

describe('ReDoS', () => {
  const { found, built } = literals();

  test('the checker finds what it is for: exponential, quadratic, and the lookbehind run at every position', () => {
    expect(check('^(a+)+$', '').status).toBe('vulnerable');
    expect(check(' +$', '').status).toBe('vulnerable'); // the old trim of readText
    expect(check(String.raw`^\s*[—–-]?\s*(.*?)\s*\(\s*@?([^()\s]+)\s*\)\s*$`, 's').status).toBe('vulnerable'); // embed-code's old attribution line
    expect(check(String.raw`(?<=\d[\d.,]*)x(?=\d)`, 'g').status).toBe('vulnerable'); // the old "3x4" of markup.ts
    expect(check(String.raw`(?=x\d)(?<=\d[\d.,]*)x`, 'g').status).toBe('safe'); // its fix
  });

  test('every regular expression literal in src/ is safe', () => {
    expect(found.length).toBeGreaterThan(100); // the parse found them
    const unsafe = found.map((r) => [r.where, `/${r.source}/${r.flags}`, verdict(check(r.source, r.flags))]).filter((r) => r[2] !== 'safe');
    expect(unsafe).toEqual([]);
  }, 120_000);

  test('every regular expression src/ builds is safe: the linkifier of post text', () => {
    // A new `new RegExp` must be added here, with its built value.
    expect(built.map((w) => w.replace(/:\d+$/, ''))).toEqual(['src/model/markup.ts', 'src/render/text.ts']);
    // markup.ts's is a literal's source with the g flag, checked above.
    for (const re of [entity, dottedEntity]) expect(verdict(check(re.source, re.flags)), re.source).toBe('safe');
  }, 60_000);
});

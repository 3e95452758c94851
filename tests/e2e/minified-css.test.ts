// dist/cdn/postquote.min.css, the stylesheet a page loads, is postquote.css minified at build time
// (rollup.config.js): Chromium must read the very same rules from both, so that every test and page
// that loads the small file keeps what the commented source says.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { servedPages, watch } from './security/serve.js';

/**
 * A rule as compared: whitespace runs as one space, none after a comma, and each string in one form
 * (double quotes, escapes resolved), since the minifier may requote a string or escape a character, and
 * a custom property's value and a var() fallback are serialized as written (the build drops the space
 * after a comma there, which CSS does not read).
 */
const canonical = (rule: string) =>
  rule
    .replace(/'((?:\\[^]|[^'\\])*)'|"((?:\\[^]|[^"\\])*)"/g, (_, single?: string, double?: string) =>
      JSON.stringify(
        (single ?? double ?? '').replace(/\\([0-9a-f]{1,6}) ?|\\([^])/gi, (_e, hex?: string, c?: string) =>
          hex ? String.fromCodePoint(parseInt(hex, 16)) : c!,
        ),
      ),
    )
    .replace(/\s+/g, ' ')
    .replace(/, /g, ',');

const env = servedPages({ '/blank.html': { body: '<!doctype html><meta charset="utf-8"><title>css</title>' } });

test('postquote.min.css parses to the same rules as postquote.css, in less than two thirds of its gzip bytes', async () => {
  const source = readFileSync('postquote.css', 'utf8');
  const minified = readFileSync('dist/cdn/postquote.min.css', 'utf8');
  const w = await watch(env.browser);
  await w.page.goto(env.server.url + '/blank.html');
  const rules = (css: string) =>
    w.page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      // Every rule, nested ones (inside @media, @supports) each on its own, as Chromium serializes them.
      const flat = (list: CSSRuleList): string[] =>
        [...list].flatMap((r) =>
          'cssRules' in r && !(r instanceof CSSStyleRule)
            ? [r.cssText.split('{')[0], ...flat((r as CSSGroupingRule).cssRules)]
            : [r.cssText],
        );
      return flat(sheet.cssRules);
    }, css);
  const [a, b] = [(await rules(source)).map(canonical), (await rules(minified)).map(canonical)];
  expect(a.length).toBeGreaterThan(50);
  expect(b).toEqual(a);
  const { gzipSync } = await import('node:zlib');
  expect(gzipSync(minified, { level: 9 }).length).toBeLessThan((gzipSync(source, { level: 9 }).length * 2) / 3);
  expect(w.pageErrors).toEqual([]);
});

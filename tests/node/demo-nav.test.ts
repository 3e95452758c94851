// The demo's pages share one navigation, in one order with the same names, and the index page
// (demo/nav.html) describes every page: a reader moving between pages finds each link where it was.
import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const pages = readdirSync('demo').filter((f) => f.endsWith('.html'));
const read = (file: string) => readFileSync(`demo/${file}`, 'utf8');
/** The links of the first `<ul>` after `from` in the page's source, as "href name". */
const links = (html: string, from: RegExp) => {
  const start = html.search(from);
  const list = html.slice(start, html.indexOf('</ul>', start));
  return [...list.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(([, href, name]) => `${href} ${name.trim()}`);
};

test('every demo page has the same navigation as nav.html: the same pages, names and order', () => {
  const nav = links(read('nav.html'), /<nav class="demo-nav"/);
  expect(nav.map((l) => l.split(' ')[0]).sort()).toEqual([...pages].sort());
  for (const file of pages) expect(links(read(file), /<nav class="demo-nav"/), file).toEqual(nav);
});

test("nav.html's list describes every other demo page", () => {
  const described = links(read('nav.html'), /<main/).map((l) => l.split(' ')[0]);
  expect(described.sort()).toEqual(pages.filter((f) => f !== 'nav.html').sort());
});

// How much of a script-tag bundle do typical cards run? Loads pages of one kind of card each in
// Chromium with block-level JS coverage, and prints, per bundle: its bytes, the bytes those cards ran,
// and the gzip size of only the code they ran. That last number is a floor for any way of splitting
// the bundle that still renders those cards from one request: what they ran cannot be loaded later
// without a second request before the card shows.
//
//   node bench/probes/coverage.mjs            (needs dist/cdn: npx rollup -c --silent)
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startServer } from '../lib/server.mjs';
import { byId } from '../lib/pages.mjs';

const head = (bundle) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/dist/cdn/postquote.min.css">` +
  `<script type="module" blocking="render" src="/dist/cdn/${bundle}"></script></head><body><main>`;
const plain = byId.get('pq-markup').item(0);
const photos = plain.replace(
  '</tweet-quote>',
  '<img slot="media" src="/bench/fixtures/poster.jpg" width="640" height="360" alt="A street in Aleppo"></tweet-quote>',
);
const xEmbedDir = new URL('../../tests/fixtures/x-embeds/', import.meta.url);
const xEmbed = readFileSync(
  new URL(
    readdirSync(xEmbedDir)
      .filter((f) => f.endsWith('.html'))
      .sort()[0],
    xEmbedDir,
  ),
  'utf8',
);
/** One page per kind of card; "all three" is their union. */
const kinds = {
  'plain card': plain,
  'card with a photo': photos,
  'pasted X embed code': `<tweet-quote>${xEmbed}</tweet-quote>`,
};

const gzip = (s) => gzipSync(s, { level: 9 }).length;
const srv = await startServer({ root: process.cwd(), renderPage: (name) => (name.startsWith('cov-') ? pages.get(name) : undefined) });
const pages = new Map();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const bundle of ['post-quote.min.js', 'postquote.min.js']) {
    const union = new Map();
    const row = (label, src, used) => {
      let ran = '';
      for (let i = 0; i < src.length; i++) if (used[i]) ran += src[i];
      console.log(
        `${bundle.padEnd(18)} ${label.padEnd(20)} ran ${String(ran.length).padStart(6)} of ${src.length} B (${((100 * ran.length) / src.length).toFixed(0)}%), gzip ${gzip(ran)} of ${gzip(src)} B`,
      );
    };
    for (const [label, body] of Object.entries(kinds)) {
      const name = `cov-${pages.size}`;
      pages.set(name, `${head(bundle)}${body}${body}</main></body></html>`);
      const page = await browser.newPage();
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
      await page.goto(`${srv.origin}/bench/page/${name}`);
      await page.waitForFunction(
        () => [...document.querySelectorAll('tweet-quote')].every((el) => el.shadowRoot?.childElementCount),
        null,
        { timeout: 10000 },
      );
      await page.waitForTimeout(300);
      for (const entry of await page.coverage.stopJSCoverage()) {
        if (!entry.url.endsWith(`/${bundle}`)) continue;
        const used = new Uint8Array(entry.source.length);
        // Ranges nest (a function's, then its blocks'); later ones are inner, so they win.
        for (const fn of entry.functions) for (const r of fn.ranges) used.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
        row(label, entry.source, used);
        const all = union.get(entry.source) ?? new Uint8Array(entry.source.length);
        used.forEach((u, i) => (all[i] |= u));
        union.set(entry.source, all);
      }
      await page.close();
    }
    for (const [src, used] of union) row('all three', src, used);
  }
} finally {
  await browser.close();
  await srv.close();
}

#!/usr/bin/env node
// Screenshots for docs/screenshots/: every state group of demo/gallery.html at 320 px and 600 px,
// light and dark (and once more with originals shown / warnings opened), the article's quoted
// posts, and the print preview (print media, A4 width). Serves the repo with scripts/serve.mjs
// under the demo CSP, uses Debian's Chromium, and lets no request leave 127.0.0.1.
//
//   npx rollup -c && node scripts/screenshots.mjs [group …]
/* global document, window -- the functions passed to page.evaluate run in the page */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import { startServer } from './serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const OUT = new URL('../docs/screenshots/', import.meta.url);
// Unhinted glyph outlines: the same shapes whatever the machine's fontconfig says.
const args = [...chromiumArgs, '--font-render-hinting=none'];
const widths = [320, 600];
const schemes = ['light', 'dark'];
/** Gallery sections (ids in demo/gallery.html), with an optional action before a second shot. */
const groups = [
  { id: 'verification' },
  { id: 'translation', then: { name: 'translation-original', action: 'originals' } },
  { id: 'content-warning', then: { name: 'content-warning-open', action: 'reveal' } },
  { id: 'status' },
  { id: 'anonymize' },
  { id: 'counts' },
  { id: 'edited-note' },
  { id: 'platforms' },
];
const only = process.argv.slice(2);
/** ImageMagick, when installed, turns each shot into a 64-colour palette PNG (about a third of the bytes). */
const magick = spawnSync('convert', ['-version']).status === 0;
const shots = [];

/**
 * Waits until every quote element has rendered its card (platform HTML sanitized), then brings
 * each card of `scope` that holds an image into view (media load lazily) until the image is in.
 */
async function settled(page, scope = 'body') {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('post-quote, tweet-quote')].every((el) => {
      const root = el.shadowRoot;
      if (!root || !root.querySelector('figure')) return false;
      const json = el.querySelector(':scope > script[type="application/json"]')?.textContent ?? '';
      return !json.includes('"content"') || root.querySelector('.text.html') !== null;
    }),
  );
  await page.evaluate(async (scope) => {
    for (const el of document.querySelectorAll(`${scope} post-quote, ${scope} tweet-quote`))
      for (const img of el.shadowRoot.querySelectorAll('img')) {
        if (img.complete) continue;
        img.scrollIntoView({ block: 'center' });
        await new Promise((r) => {
          img.addEventListener('load', r, { once: true });
          img.addEventListener('error', r, { once: true });
          setTimeout(r, 5000);
        });
      }
    window.scrollTo(0, 0);
    await document.fonts.ready;
  }, scope);
  await page.waitForTimeout(100);
}

async function shoot(locator, name) {
  const path = new URL(`${name}.png`, OUT);
  await locator.screenshot({ path: path.pathname, animations: 'disabled', caret: 'hide' });
  if (magick) spawnSync('convert', [path.pathname, '-dither', 'None', '-colors', '64', `PNG8:${path.pathname}`]);
  shots.push(name);
  console.log('  ' + name);
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startServer({ port: 0 });
  const base = server.url.replace(/\/?$/, '/');
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const blocked = [];
  try {
    for (const width of widths)
      for (const colorScheme of schemes) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
          colorScheme,
          locale: 'en-US',
          timezoneId: 'Europe/Berlin',
        });
        await context.route('**/*', (route) =>
          route.request().url().startsWith(base) ? route.continue() : (blocked.push(route.request().url()), route.abort()),
        );
        const page = await context.newPage();
        page.on('console', (m) => m.type() === 'error' && console.error('  [page]', m.text()));
        for (const g of groups) {
          if (only.length && !only.includes(g.id)) continue;
          await page.goto(base + 'demo/gallery.html#' + g.id, { waitUntil: 'load' });
          await settled(page, '#' + g.id);
          await shoot(page.locator('#' + g.id), `${g.id}-${width}-${colorScheme}`);
          if (g.then) {
            await page.click(`button[data-gallery="${g.then.action}"]`);
            await settled(page, '#' + g.id);
            await shoot(page.locator('#' + g.id), `${g.then.name}-${width}-${colorScheme}`);
          }
        }
        if (colorScheme === 'light' && (!only.length || only.includes('article'))) {
          // The article page is light only (it does not declare a dark scheme).
          await page.goto(base + 'demo/index.html', { waitUntil: 'load' });
          await settled(page, 'article');
          const quotes = page.locator('article tweet-quote[verification]');
          await shoot(quotes.first(), `article-translated-${width}`);
          const original = page.locator('article tweet-quote[verification]').first();
          await original.evaluate((el) => el.shadowRoot.querySelector('button.toggle')?.click());
          await settled(page, 'article');
          await shoot(original, `article-original-${width}`);
        }
        await context.close();
      }
    if (!only.length || only.includes('print')) {
      const context = await browser.newContext({
        viewport: { width: 794, height: 1123 },
        deviceScaleFactor: 1,
        colorScheme: 'light',
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
      });
      await context.route('**/*', (route) =>
        route.request().url().startsWith(base) ? route.continue() : (blocked.push(route.request().url()), route.abort()),
      );
      const page = await context.newPage();
      await page.goto(base + 'demo/print.html', { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      await settled(page, '.print-sheet');
      await shoot(page.locator('.print-sheet'), 'print-de');
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (blocked.length) console.log(`blocked ${blocked.length} request(s) leaving 127.0.0.1:\n  ` + [...new Set(blocked)].join('\n  '));
  let total = 0;
  for (const f of await readdir(OUT)) if (f.endsWith('.png')) total += (await stat(new URL(f, OUT))).size;
  console.log(
    `${shots.length} screenshots written${magick ? ' (64-colour palette)' : ' (ImageMagick not found: full-colour PNGs)'}; docs/screenshots/*.png total ${(total / 1024 / 1024).toFixed(2)} MB`,
  );
}

await main();

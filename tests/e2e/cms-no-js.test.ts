// toMarkup()'s HTML for a warned post, as the CMS pipelines recorded it (tests/fixtures/cms/out), in a
// page without JavaScript: the element keeps its quote, postquote.css writes the warning above it, and
// the photos stay in their closed <details> until the reader opens it. (tests/browser/cms-pipelines.test.ts
// checks the same files with JavaScript: the card renders the post.)
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { servedPages } from './security/serve.js';

const recorded = [
  'to-markup-photos-warned.markdown-it',
  'to-markup-photos-warned.marked',
  'to-markup-photos-warned-wordpress.markdown-it',
  'to-markup-photos-warned-wordpress.marked',
  'to-markup-photos-warned-wordpress.wpautop',
];
// toMarkup's posts whose text wpautop leaves as it is (not more than one blank line in a row).
const whole = ['x-translation', 'photos-warned', 'photo-quoted', 'video', 'typography', 'typography-video'];
const env = servedPages(
  Object.fromEntries(
    [...whole.flatMap((name) => [`to-markup-${name}-wordpress.wordpress`, `to-markup-${name}.markdown-it`]), ...recorded].map((name) => [
      `/${name}.html`,
      {
        body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="/dist/cdn/postquote.min.css"></head><body><main>${readFileSync(`tests/fixtures/cms/out/${name}.html`, 'utf8')}</main></body></html>`,
      },
    ]),
  ),
);

test.each(recorded)('%s without JavaScript: the warning, then the quote, the photo closed until the reader opens it', async (name) => {
  const p = await env.browser.newPage({ javaScriptEnabled: false, locale: 'de-DE' });
  await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
  await p.goto(`${env.server.url}/${name}.html`, { waitUntil: 'load' });
  const el = p.locator('post-quote');
  // The quote is the element's own (its name, warning and box are postquote.css's), read after the warning.
  const quote = p.locator('post-quote > blockquote:not([slot])');
  expect(await quote.count()).toBe(1);
  expect(await quote.innerText()).toBe('After the strike');
  const heard = await el.ariaSnapshot();
  expect(heard).toMatch(/Inhaltswarnung: Graphic injuries[^]*blockquote[^]*After the strike/);
  // Nothing of the post outside the element, nothing but the article's paragraphs.
  expect(await p.locator('post-quote').count()).toBe(1);
  expect(
    await p.locator('main > :not(:has(post-quote), post-quote)').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim())),
  ).toEqual(['Her appeal:', 'She spoke from Aleppo.']);
  // The photo behind its summary, below the quote, shown once the reader opens it.
  const summary = p.locator('post-quote summary');
  expect(await summary.innerText()).toBe('Foto anzeigen (Graphic injuries)');
  const [q, s] = await Promise.all([quote.boundingBox(), summary.boundingBox()]);
  expect(s!.y).toBeGreaterThanOrEqual(q!.y + q!.height);
  const photo = p.locator('post-quote details > img');
  expect(await photo.isVisible()).toBe(false);
  await summary.click();
  expect(await photo.isVisible()).toBe(true);
  await p.close();
});

// wpautop leaves an empty <p> or two in the element (and in a warned post's <noscript>): they take no
// room, and the fallback is as tall as toMarkup's markup without WordPress (here through markdown-it,
// which passes it untouched).
test.each(whole)('%s through WordPress (wptexturize, wpautop): the fallback is as tall as without it', async (name) => {
  const heights: number[] = [];
  for (const file of [`to-markup-${name}-wordpress.wordpress`, `to-markup-${name}.markdown-it`]) {
    const p = await env.browser.newPage({ javaScriptEnabled: false, viewport: { width: 600, height: 2000 } });
    await p.route('**/*', (r) => (r.request().url().startsWith('http://127.0.0.1:') ? r.continue() : r.abort()));
    await p.goto(`${env.server.url}/${file}.html`, { waitUntil: 'load' });
    heights.push(await p.locator('post-quote, tweet-quote, video-appeal').evaluate((e) => e.getBoundingClientRect().height));
    await p.close();
  }
  expect(heights[0]).toBeCloseTo(heights[1]!, 1);
});

// Pasted embed codes do not shift the page: while the embed-code reader (an on-demand chunk) is on
// its way, postquote.css keeps each fallback in the card's exact height, so the card replaces it
// in place and in the card's colours, also on a page whose own stylesheet makes blockquotes into
// floated italic pull quotes, and on a dark page.
// Every recorded X embed code (one also as X's video embed code), the Bluesky one and Facebook's script forms
// for posts and videos (their sdk.js line dropped, as README asks), at 600 and 360 px, built bundle, strict CSP; the chunks
// are held back until the pending heights are measured.
import { expect, test } from 'vitest';
import type { Page } from 'playwright';
import { readFileSync, readdirSync } from 'node:fs';
import { holdBack, painted, recordShifts, servedPages, settled, shifts, strictCsp, watch } from './security/serve.js';

const dir = 'tests/fixtures/x-embeds';
const embeds = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `<tweet-quote>${readFileSync(`${dir}/${f}`, 'utf8')}</tweet-quote>`),
  `<post-quote>${readFileSync('tests/fixtures/platforms/bluesky-embed-kaspth-2025.html', 'utf8')}</post-quote>`,
  // X's video embed code: the same blockquote, class="twitter-video".
  `<tweet-quote>${readFileSync(`${dir}/de-radforschung-2018.html`, 'utf8').replace('"twitter-tweet"', '"twitter-video"')}</tweet-quote>`,
  // Facebook's "Posted by <a>Name</a> on <a>date</a>" line: the footer's place, as X's attribution line.
  // A video's code too: its title link above the text (or an empty one), its date as text or a link.
  ...[
    'facebook-post-2023-sdk-en-gb',
    'facebook-post-2015-en-us-parse-ignore-div',
    'facebook-video-2023-sdk-en-gb-titled',
    'facebook-video-2022-en-us-untitled-date-text',
    'facebook-video-2015-en-us-parse-ignore-div',
  ].map(
    (f) => `<post-quote>${readFileSync(`tests/fixtures/embeds/${f}.html`, 'utf8').replace(/<script[^>]*><\/script>/g, '')}</post-quote>`,
  ),
];
const paragraph = '<p>Der Bericht rund um den zitierten Beitrag, wie ihn ein Artikel hätte.</p>';
/** A newsroom's own article styles, as they come (a file: the strict CSP refuses inline styles). */
const newsroomCss = `.article blockquote { float: right; width: 40%; margin: 0 0 1em 1em; padding: 1em; font: italic 1.4em/1.8 serif; border-left: 4px solid; }
.article blockquote::before { content: '“'; display: block; font-size: 4em; line-height: 1; }
.article p { margin: 0 0 1.2em; font-size: 1.1em; line-height: 1.7; text-indent: 1.5em; }`;
const article = (head: string) => ({
  body: `<!doctype html><html lang="de"><meta charset="utf-8"><title>embeds</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css">${head}<script type="module" blocking="render" src="/dist/cdn/postquote.de.min.js"></script><body><div class="article">${embeds.map((e) => paragraph + e).join('\n')}${paragraph}</div></body></html>`,
  csp: strictCsp(),
});

const env = servedPages({
  '/embeds.html': article(''),
  '/styled.html': article('<link rel="stylesheet" href="/newsroom.css">'),
  '/newsroom.css': { body: newsroomCss, type: 'text/css' },
  '/dark.html': article('<meta name="color-scheme" content="dark">'),
});

/** Each element's height, and the colours of what the reader sees: the fallback (the host) or the card. */
const boxes = () =>
  [...document.querySelectorAll('tweet-quote, post-quote')].map((e) => {
    const pending = e.matches(':state(pending)');
    const seen = getComputedStyle(pending ? e : e.shadowRoot!.querySelector('[part~="card"]')!);
    return {
      pending,
      height: Math.round(e.getBoundingClientRect().height * 10) / 10,
      colours: [seen.backgroundColor, seen.color, seen.borderTopColor].join(' '),
    };
  });

/**
 * Takes every card's box in its fallback (a painted frame), releases the held chunk, and checks that
 * each card rendered at its fallback's height without a shift; returns the boxes before and after.
 */
async function acrossRelease(page: Page, release: () => void) {
  await painted(page);
  const before = await page.evaluate(boxes);
  expect(before.every((b) => b.pending)).toBe(true);
  release();
  await settled(page);
  const after = await page.evaluate(boxes);
  expect(after.every((a) => !a.pending)).toBe(true);
  expect(after.map((a) => a.height)).toEqual(before.map((b) => b.height));
  expect(await shifts(page)).toEqual([]);
  return { before, after };
}

for (const [path, what] of [
  ['/embeds.html', ''],
  ['/styled.html', ", under the page's own blockquote styles"],
  ['/dark.html', ', on a dark page'],
])
  for (const width of [600, 360])
    test(`${embeds.length} pasted embed codes at ${width} px${what}: the card takes the fallback's place and colours, layout shift 0`, async () => {
      const w = await watch(env.browser);
      const { page } = w;
      await page.setViewportSize({ width, height: 8000 }); // every card in view, so any shift counts
      await recordShifts(page);
      const { release, requested } = await holdBack(page, /\/dist\/cdn\/(embed-code|bluesky|others|facebook-embed)-[\w-]+\.min\.js$/);
      await page.goto(env.server.url + path);
      await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length > 0);
      const { before, after } = await acrossRelease(page, release);
      expect(requested.length).toBeGreaterThan(0);
      expect(after.map((a) => a.colours)).toEqual(before.map((b) => b.colours));
      // Every card rendered from its embed code: the handle is in the header.
      const handles = await page.$$eval('tweet-quote, post-quote', (els) =>
        els.map((e) => e.shadowRoot?.querySelector('[part~="handle"]')?.textContent ?? ''),
      );
      expect(handles.every((h) => h.startsWith('@'))).toBe(true);
      expect(w.pageErrors).toEqual([]);
      expect(w.external).toEqual([]);
      await page.close();
    });

// Facebook's iframe form holds only the post's address: the card naming Facebook and linking the post
// takes the iframe's place (README, Privacy), and while it waits postquote.css keeps that card's shape,
// not the iframe's box. (The strict CSP's frame-src refuses facebook.com: nothing leaves the machine.)
const frames = ['facebook-post-iframe-2023', 'facebook-video-iframe-2023'].map(
  (f) => `<post-quote>${readFileSync(`tests/fixtures/embeds/${f}.html`, 'utf8')}</post-quote>`,
);
const framesEnv = servedPages({
  '/frames.html': {
    body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>frames</title><link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module" blocking="render" src="/dist/cdn/postquote.min.js"></script><body>${frames.map((e) => paragraph + e).join('\n')}${paragraph}</body></html>`,
    csp: strictCsp(),
  },
});
for (const width of [600, 360])
  test(`Facebook's iframe form at ${width} px: the card takes the waiting element's place, layout shift 0`, async () => {
    const w = await watch(framesEnv.browser);
    const { page } = w;
    await page.setViewportSize({ width, height: 4000 });
    await recordShifts(page);
    const { release, requested } = await holdBack(page, /\/dist\/cdn\/others-[\w-]+\.min\.js$/);
    await page.goto(framesEnv.server.url + '/frames.html');
    await page.waitForFunction(() => document.querySelectorAll(':state(pending)').length === 2);
    await acrossRelease(page, release);
    expect(requested.length).toBeGreaterThan(0);
    expect(await page.$$eval('post-quote', (els) => els.map((e) => e.shadowRoot!.querySelector('.origin')?.getAttribute('href')))).toEqual([
      'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8fQk3vXbT7yNwR4cJ9sHdP6uE1aZgK5oV2iYtF8nC3rWqB7xM1lS4hD9jG6pAl',
      'https://www.facebook.com/harbourtide.ferries/videos/1847362915273846/',
    ]);
    expect(w.pageErrors).toEqual([]);
    expect(w.external).toEqual([]);
    await page.close();
  });

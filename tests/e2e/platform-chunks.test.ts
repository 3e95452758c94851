// The built script-tag bundle (dist/cdn/post-quote.min.js) under the strict CSP: a page of tweets
// fetches no platform chunk; a pasted Bluesky embed code fetches the Bluesky chunk and renders; a
// Mastodon status JSON fetches the adapters and the Mastodon chunk (and is adapted, not dropped); a
// Facebook code pasted with its sdk.js fetches Facebook's reader and renders, and sdk.js is the page's.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { servedPages, settled, strictCsp, watch } from './security/serve.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const page = (body: string) => ({
  body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>chunks</title><script type="module" src="/dist/cdn/post-quote.min.js"></script><body>${body}</body></html>`,
  csp: strictCsp(),
});

const env = servedPages({
  '/tweets.html': page(
    `<tweet-quote>${fixture('x-embeds/de-radforschung-2018.html')}</tweet-quote><post-quote href="https://x.com/a/status/1" author="A"><blockquote>hello</blockquote></post-quote>`,
  ),
  '/attributes.html': page(
    `<tweet-quote href="https://x.com/a/status/2" author="B" datetime="2016-12-13T10:00:00Z"><blockquote>hi</blockquote></tweet-quote><post-quote href="https://x.com/a/status/1" author="A"><blockquote>hello</blockquote></post-quote>`,
  ),
  '/bluesky.html': page(`<post-quote>${fixture('platforms/bluesky-embed-kaspth-2025.html')}</post-quote>`),
  '/mastodon.html': page(`<post-quote>${json(JSON.parse(fixture('platforms/mastodon-status-docs-gargron.json')))}</post-quote>`),
  // Facebook's code as its "Embed" dialog gives it, sdk.js kept (README asks to leave it out), on a page
  // without a CSP (the strict one would refuse it): the browser requests it as it parses the page.
  '/facebook-sdk.html': { body: page(`<post-quote>${fixture('embeds/facebook-post-2023-sdk-en-gb.html')}</post-quote>`).body },
});

/** Opens a page, waits for its cards, and lists the on-demand chunks it fetched ("bluesky", "others", …). */
async function open(path: string) {
  const w = await watch(env.browser);
  const chunks: string[] = [];
  w.page.on('request', (r) => {
    const name = /\/dist\/cdn\/([\w.-]+)-[\w-]{8}\.min\.js$/.exec(r.url())?.[1];
    if (name) chunks.push(name);
  });
  await w.page.goto(env.server.url + path);
  await settled(w.page);
  const label = await w.page.$eval('post-quote', (el) => el.shadowRoot?.querySelector('[part~="platform"]')?.textContent?.trim());
  return { ...w, chunks, label };
}

test('a page of tweets fetches no platform chunk', async () => {
  const { page, chunks, label, pageErrors } = await open('/tweets.html');
  expect(label).toBe('X');
  expect(chunks.filter((c) => /^(bluesky|mastodon|others|adapters)$/.test(c))).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("X's embed-code reader is fetched for a pasted embed code only", async () => {
  const pasted = await open('/tweets.html');
  expect(pasted.chunks.filter((c) => c === 'embed-code')).toEqual(['embed-code']);
  expect(await pasted.page.$eval('tweet-quote', (el) => el.shadowRoot?.querySelector('[part~="handle"]')?.textContent)).toMatch(/^@/);
  await pasted.page.close();
  const plain = await open('/attributes.html');
  expect(plain.label).toBe('X');
  expect(plain.chunks).toEqual([]);
  expect(plain.pageErrors).toEqual([]);
  await plain.page.close();
});

test('a pasted Bluesky embed code fetches the Bluesky chunk and renders', async () => {
  const { page, chunks, label, pageErrors } = await open('/bluesky.html');
  expect(label).toBe('Bluesky');
  expect(await page.$eval('post-quote', (el) => el.shadowRoot?.querySelector('[part~="handle"]')?.textContent)).toBe('@kaspth.bsky.social');
  expect(chunks).toContain('bluesky');
  expect(chunks.filter((c) => /^(mastodon|others|adapters)$/.test(c))).toEqual([]);
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('Mastodon status JSON fetches the adapters and the Mastodon chunk, and renders the status', async () => {
  const { page, chunks, label, pageErrors } = await open('/mastodon.html');
  expect(label).toBe('Mastodon');
  await page.waitForFunction(() => document.querySelector('post-quote')?.shadowRoot?.querySelector('.text.html'));
  expect(await page.$eval('post-quote', (el) => el.shadowRoot?.querySelector('.text')?.textContent)).toContain('I lost my inheritance');
  expect(await page.$eval('post-quote', (el) => el.shadowRoot?.querySelector('[part~="handle"]')?.textContent)).toBe(
    '@Gargron@mastodon.social',
  );
  expect(chunks).toEqual(expect.arrayContaining(['adapters', 'mastodon']));
  expect(chunks).not.toContain('others');
  expect(pageErrors).toEqual([]);
  await page.close();
});

test("a pasted Facebook code with its sdk.js: the card renders from the code; the page's request for sdk.js is the only one, postquote runs or loads none", async () => {
  const { page, chunks, label, external, pageErrors } = await open('/facebook-sdk.html');
  expect(label).toBe('Facebook');
  expect(await page.$eval('post-quote', (el) => el.shadowRoot?.querySelector('[part~="text"]')?.textContent)).toMatch(/^The new ferry/);
  expect(chunks).toEqual(expect.arrayContaining(['others', 'facebook-embed']));
  // Aborted (no internet in the tests): the parser's request, once; nothing else of Facebook's.
  expect(external).toEqual(['https://connect.facebook.net/en_GB/sdk.js']);
  expect(await page.evaluate(() => 'FB' in window)).toBe(false);
  expect(pageErrors).toEqual([]);
  await page.close();
});

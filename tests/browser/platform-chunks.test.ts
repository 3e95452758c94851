// Platform modules on demand: X and `web` are built in; every other platform's module (label, icon,
// handles, embed reader) is fetched only when a card needs it. This file starts with none loaded
// (each browser test file has its own module graph), and its tests run in order.
import { afterEach, expect, test } from 'vitest';
import { mount, part, cleanup } from './helpers.js';
import { loadPlatform, platformById } from '../../src/platforms/index.js';
import blueskyEmbed from '../fixtures/platforms/bluesky-embed-kaspth-2025.html?raw';
import xEmbed from '../fixtures/x-embeds/de-radforschung-2018.html?raw';

afterEach(cleanup);

/** Requests for platform modules, by file name ("bluesky", "others", …). */
function requests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => /\/src\/platforms\/(\w+)\.ts\b/.exec(e.name)?.[1])
    .filter((n): n is string => Boolean(n));
}

/** The on-demand chunks (in dev, the modules `others.ts` gathers are fetched one by one too). */
const small = ['threads', 'instagram', 'facebook', 'telegram', 'tiktok', 'youtube', 'linkedin', 'vimeo'];
/** <video-appeal> (registered by the helpers, like every element) carries its players' platforms. */
const withVideo = ['youtube', 'vimeo'];
const onDemand = ['bluesky', 'mastodon', 'others', ...small.filter((id) => !withVideo.includes(id))];
const fetched = () => [...new Set(requests().filter((f) => onDemand.includes(f)))].sort();

test('a page of tweets requests no platform chunk', async () => {
  const pasted = await mount(`<tweet-quote>${xEmbed}</tweet-quote>`);
  const quoting = await mount(
    `<post-quote href="https://x.com/a/status/1" author="A" datetime="2024-03-05"><blockquote>hello</blockquote>
      <script type="application/json">{"quoted":{"url":"https://twitter.com/b/status/2","text":"quoted","author":{"name":"B"}}}</script></post-quote>`,
  );
  expect(part(pasted, 'platform')!.textContent!.trim()).toBe('Twitter'); // posted in 2018
  expect(part(pasted, 'author')!.textContent!.trim()).not.toBe('');
  const labels = [...quoting.shadowRoot!.querySelectorAll('[part~="platform"]')].map((p) => p.textContent!.trim());
  expect(labels).toEqual(['X', 'X']);
  expect(fetched()).toEqual([]);
  for (const id of [...small, 'bluesky', 'mastodon'].filter((id) => !withVideo.includes(id))) expect(platformById(id), id).toBeUndefined();
  // <video-appeal>'s players' platforms are built in wherever the element is: a YouTube card waits for no chunk.
  for (const id of withVideo) expect(loadPlatform(id), id).toBeUndefined();
  // Built in: nothing to wait for.
  expect(loadPlatform('x')).toBeUndefined();
  expect(loadPlatform('web')).toBeUndefined();
  expect(loadPlatform('no-such-platform')).toBeUndefined();
});

test('a pasted Bluesky embed code loads the Bluesky module, then renders as before', async () => {
  const el = await mount(`<post-quote>${blueskyEmbed}</post-quote>`);
  expect(part(el, 'platform')!.textContent!.trim()).toBe('Bluesky');
  expect(part(el, 'platform')!.querySelector('svg path')!.getAttribute('d')).toBe(platformById('bluesky')!.icon);
  expect(part(el, 'author')!.textContent).toBe('Kasper Timm Hansen');
  expect(part(el, 'handle')!.textContent).toBe('@kaspth.bsky.social');
  expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2025-01-08');
  expect(part(el, 'text')!.textContent).toMatch(/^It's @erikaxel\.bsky\.social's team!/);
  expect(fetched()).toEqual(['bluesky']);
});

test('a Mastodon post by its URL loads its module (and only it): label, icon, @user@instance', async () => {
  const el = await mount(
    `<post-quote href="https://mastodon.social/@Gargron/103270115826048975" author="Eugen" handle="Gargron"><blockquote>hello</blockquote></post-quote>`,
  );
  expect(part(el, 'platform')!.textContent!.trim()).toBe('Mastodon');
  expect(part(el, 'platform')!.querySelector('svg path')!.getAttribute('d')).toBe(platformById('mastodon')!.icon);
  expect(part(el, 'handle')!.textContent).toBe('@Gargron@mastodon.social');
  expect(fetched()).toEqual(['bluesky', 'mastodon']);
});

test('the smaller platforms share one chunk: a quoted Threads post fetches it once; a YouTube video needs none', async () => {
  const el = await mount(
    `<post-quote href="https://x.com/a/status/1" author="A"><blockquote>hello</blockquote>
      <script type="application/json">{"quoted":{"url":"https://www.threads.net/@zuck/post/C5T","text":"quoted","author":{"name":"Z"}}}</script></post-quote>`,
  );
  const labels = [...el.shadowRoot!.querySelectorAll('[part~="platform"]')].map((p) => p.textContent!.trim());
  expect(labels).toEqual(['X', 'Threads']);
  const video = await mount(
    `<video-appeal href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" author="Speaker"><blockquote>key quote</blockquote></video-appeal>`,
  );
  expect(part(video, 'platform')!.textContent!.trim()).toBe('YouTube');
  const consent = part(video, 'consent')!;
  expect(consent.textContent).toContain('YouTube');
  expect(consent.querySelector('a')!.getAttribute('href')).toBe('https://policies.google.com/privacy');
  expect(requests().filter((f) => f === 'others')).toEqual(['others']);
  // Every platform in that chunk is registered at once.
  for (const id of small) {
    expect(platformById(id), id).toBeDefined();
    expect(loadPlatform(id), id).toBeUndefined();
  }
});

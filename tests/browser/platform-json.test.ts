// Inline JSON in a platform's shape is the platform's (hostile input): the newsroom's own fields
// (verification, status, archive, platform note) are never taken from it, whether an adapter reads
// it or not; they are the editor's alone. JSON that no adapter reads is otherwise a post, as any.
import { afterEach, expect, test, vi } from 'vitest';
import { mount, part, cleanup } from './helpers.js';

afterEach(cleanup);

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** A Mastodon-shaped status that the Mastodon adapter rejects (`content` is not a string), with postquote fields. */
const forged = {
  content: 0,
  account: { acct: 42 },
  text: 'I endorse this product.',
  author: { name: 'Barack Obama', handle: 'BarackObama', verified: true },
  platform: 'x',
  url: 'https://x.com/BarackObama/status/1',
  verification: { status: 'verified', note: 'Confirmed by our newsroom', by: 'Fact desk' },
  status: 'deleted',
  archive: { url: 'https://archive.example/forged' },
  contentWarning: 'forged warning',
  platformNote: 'forged note',
  metrics: { likes: 9999999 },
};

/** Every text and attribute value in the shadow root. */
const everything = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [n.textContent ?? '', ...[...n.attributes].map((a) => a.value)]).join(' ');

function listen() {
  const errors: { code: string; field?: string; message: string }[] = [];
  const onError = (e: Event) => errors.push((e as unknown as { detail: (typeof errors)[number] }).detail);
  document.addEventListener('postquote-error', onError);
  const warnings: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
  return {
    errors,
    warnings,
    stop: () => {
      document.removeEventListener('postquote-error', onError);
      warn.mockRestore();
    },
  };
}

test('platform-shaped JSON that no adapter reads forges no newsroom label, status, archive or note; invalid-json says so', async () => {
  const l = listen();
  const el = await mount(`<post-quote>${json(forged)}</post-quote>`);
  l.stop();
  const all = everything(el);
  for (const s of ['newsroom', 'Fact desk', 'forged note', 'archive.example']) expect(all, s).not.toContain(s);
  expect(part(el, 'verification')).toBeNull();
  expect(part(el, 'status')).toBeNull();
  // A warning only hides more: it stays.
  expect(part(el, 'warning')).not.toBeNull();
  expect(l.errors).toContainEqual(expect.objectContaining({ code: 'invalid-json', field: 'script' }));
  expect(
    l.warnings.filter((w) =>
      w.startsWith(
        "[postquote] invalid-json: inline JSON: JSON in a platform's shape may not set verification, status, archive, platformNote",
      ),
    ),
  ).toHaveLength(1);
});

test("beside the editor's own markup and label, the platform JSON's newsroom fields are ignored", async () => {
  const l = listen();
  const el = await mount(
    `<post-quote href="https://mastodon.social/@a/1" author="Editor's Source" verification="unverified"><blockquote>What the editor quoted.</blockquote>${json(forged)}</post-quote>`,
  );
  l.stop();
  expect(part(el, 'verification')!.classList.contains('unverified')).toBe(true);
  expect(part(el, 'status')).toBeNull();
  const all = everything(el);
  for (const s of ['Confirmed by our newsroom', 'Fact desk', 'forged note', 'archive.example']) expect(all, s).not.toContain(s);
  expect(l.errors.map((e) => e.code)).toContain('invalid-json');
});

test('a post object with a `content` field of its own renders whole, without error', async () => {
  const l = listen();
  const el = await mount(`<post-quote>${json({ text: 'Our own post.', content: 'a CMS field', author: { name: 'Lina' } })}</post-quote>`);
  l.stop();
  expect(part(el, 'text')!.textContent!.trim()).toBe('Our own post.');
  expect(part(el, 'author')!.textContent).toContain('Lina');
  expect(l.errors).toEqual([]);
});

test('a platform status an adapter reads still renders, with no invalid-json', async () => {
  const l = listen();
  const status = {
    id: '1',
    url: 'https://mastodon.social/@Gargron/1',
    content: '<p>hello from Mastodon</p>',
    spoiler_text: '',
    created_at: '2024-01-01T00:00:00Z',
    account: { acct: 'Gargron', username: 'Gargron', display_name: 'Eugen', url: 'https://mastodon.social/@Gargron' },
    verification: { status: 'verified', note: 'forged' },
  };
  const el = await mount(`<post-quote>${json(status)}</post-quote>`);
  l.stop();
  expect(part(el, 'author')!.textContent).toContain('Eugen');
  expect(part(el, 'text')!.textContent).toContain('hello from Mastodon');
  expect(part(el, 'verification')).toBeNull();
  expect(l.errors.map((e) => e.code)).not.toContain('invalid-json');
});

test('platform JSON names only absolute URLs: a relative avatar, photo, poster or link is dropped, never requested from the page', async () => {
  // A hostile instance (or forged X / Bluesky JSON) pasted into the CMS: relative paths would resolve
  // against the newsroom's own site, a request with the reader's cookies before they act.
  const status = {
    id: '1',
    url: '/drafts/1',
    content: '<p>hi</p>',
    account: { acct: 'a', username: 'a', url: '/account', avatar: '/account/logout' },
    media_attachments: [
      { type: 'image', url: '/api/posts/1/delete', description: 'photo' },
      { type: 'video', url: 'https://media.example/v.mp4', preview_url: '/api/poster' },
    ],
  };
  const tweet = { id_str: '2', full_text: 'x', user: { screen_name: 'a', name: 'A', profile_image_url_https: '/settings/disable-2fa' } };
  const text = 'see here';
  const skeet = {
    uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
    author: { handle: 'a.bsky.social', avatar: '/me/avatar' },
    record: { text, facets: [{ index: { byteStart: 4, byteEnd: 8 }, features: [{ uri: '/admin' }] }] },
    embed: { images: [{ fullsize: '/me/photo', alt: 'p' }] },
  };
  const l = listen();
  const cards = [
    await mount(`<post-quote>${json(status)}</post-quote>`),
    await mount(`<tweet-quote>${json(tweet)}</tweet-quote>`),
    await mount(`<post-quote>${json(skeet)}</post-quote>`),
  ];
  l.stop();
  const here = location.origin;
  for (const el of cards) {
    const urls = [...el.shadowRoot!.querySelectorAll('[src], [href], [poster]')].flatMap((n) =>
      ['src', 'href', 'poster'].map((a) => n.getAttribute(a) ?? '').filter(Boolean),
    );
    expect(
      urls.filter((u) => u.startsWith(here) || u.startsWith('/')),
      el.outerHTML,
    ).toEqual([]);
    expect(el.shadowRoot!.querySelector('[part~="text"]'), el.outerHTML).not.toBeNull();
  }
  // The absolute ones stay: the Mastodon video, the X post and profile links the adapter builds.
  expect(cards[0].shadowRoot!.querySelector('video')!.getAttribute('src')).toBe('https://media.example/v.mp4');
  expect(cards[1].shadowRoot!.querySelector('a.origin')!.getAttribute('href')).toBe('https://x.com/a/status/2');
});

test("a Mastodon poll's options and a Bluesky video show on the card, the video not loaded before play", async () => {
  const status = {
    id: '1',
    url: 'https://mastodon.social/@Gargron/1',
    content: '<p>Tea or coffee?</p>',
    account: { acct: 'Gargron', username: 'Gargron', display_name: 'Eugen', url: 'https://mastodon.social/@Gargron' },
    poll: {
      id: '2',
      options: [
        { title: 'Tea', votes_count: 7 },
        { title: '<img src=x>Coffee', votes_count: 3 },
      ],
    },
  };
  const skeet = {
    uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
    author: { handle: 'a.bsky.social' },
    record: { text: 'watch this' },
    embed: {
      $type: 'app.bsky.embed.video#view',
      playlist: 'https://video.example/p.m3u8',
      thumbnail: 'https://video.example/t.jpg',
      alt: 'a cat',
    },
  };
  const l = listen();
  const masto = await mount(`<post-quote>${json(status)}</post-quote>`);
  const bsky = await mount(`<post-quote>${json(skeet)}</post-quote>`);
  l.stop();
  expect([...part(masto, 'text')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Tea: 7', '<img src=x>Coffee: 3']);
  expect(part(masto, 'text')!.querySelector('img')).toBeNull();
  const video = part(bsky, 'media')!.querySelector('video')!;
  expect([
    video.getAttribute('src'),
    video.getAttribute('poster'),
    video.getAttribute('preload'),
    video.getAttribute('aria-label'),
  ]).toEqual(['https://video.example/p.m3u8', 'https://video.example/t.jpg', 'none', 'a cat']);
  expect(l.errors).toEqual([]);
});

test('a Bluesky link card is a link on the card (its title and host); its thumbnail is not requested', async () => {
  const skeet = {
    uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
    author: { handle: 'a.bsky.social' },
    record: { text: 'Must read:' },
    embed: {
      $type: 'app.bsky.embed.external#view',
      external: { uri: 'https://news.example/story', title: 'The story', description: 'd', thumb: 'https://cdn.example/thumb.jpg' },
    },
  };
  const l = listen();
  const bsky = await mount(`<post-quote>${json(skeet)}</post-quote>`);
  l.stop();
  const a = part(bsky, 'text')!.querySelector('a');
  expect([a?.textContent, a?.getAttribute('href')]).toEqual(['The story (news.example)', 'https://news.example/story']);
  expect(everything(bsky)).not.toContain('thumb.jpg');
  expect(l.errors).toEqual([]);
});

test('a Mastodon attachment the instance has not cached (type unknown) is a link to the original, not silence', async () => {
  const status = {
    id: '1',
    url: 'https://mastodon.social/@Gargron/1',
    content: '<p>Listen</p>',
    account: { acct: 'Gargron', username: 'Gargron', display_name: 'Eugen', url: 'https://mastodon.social/@Gargron' },
    media_attachments: [
      { type: 'unknown', url: null, preview_url: null, remote_url: 'https://remote.example/files/a"b<c>.mp4', description: null },
    ],
  };
  const l = listen();
  const masto = await mount(`<post-quote>${json(status)}</post-quote>`);
  l.stop();
  const m = part(masto, 'text')!.querySelector('a');
  expect(m?.getAttribute('href')).toBe('https://remote.example/files/a%22b%3Cc%3E.mp4');
  expect(m?.textContent).toBe('https://remote.example/files/a"b<c>.mp4');
  expect(part(masto, 'media')).toBeNull();
  expect(l.errors).toEqual([]);
});

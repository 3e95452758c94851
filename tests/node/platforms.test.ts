// Platform registry in Node: inference from URLs, handle formats, profile/tag links, and the
// Bluesky and Mastodon JSON adapters against the fixtures in tests/fixtures/platforms/.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { platformById, platformOfUrl, platformIds, loadPlatform } from '../../src/platforms/index.js';
import { parse } from '../../src/model/parse.js';
import type { Platform } from '../../src/platforms/platform.js';
import { fromStatus } from '../../src/platforms/adapters/mastodon.js';
import { fromBluesky } from '../../src/platforms/adapters/bluesky.js';
import { adapt } from '../../src/platforms/adapters/index.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/platforms/${name}`, import.meta.url), 'utf8'));
const expected = fixture('index.json') as Record<string, Record<string, unknown>>;
// Every platform but X and `web` is an on-demand module: load them all first.
await Promise.all(platformIds.map((id) => loadPlatform(id)));
const platforms = platformIds.map((id) => platformById(id)!);
const p = (id: string): Platform => platformById(id)!;

const inferred: Record<string, string[]> = {
  bluesky: [
    'https://bsky.app/profile/kaspth.bsky.social/post/3lfb5zdb3p22z',
    'https://bsky.app/profile/did:plc:ps3ygxhsn4khcrxeutdosdqk/post/3lfb5zdb3p22z?ref_src=embed',
    'https://BSKY.APP/profile/alice.example.com/post/3k',
    'http://www.bsky.app/profile/a.b/post/x',
  ],
  mastodon: [
    'https://mastodon.social/@Gargron/103270115826048975',
    'https://social.coop/@jsbarretto/115624517760498357/',
    'https://mastodon.social/users/Gargron/statuses/103270115826048975',
    'https://social.treehouse.systems/web/@baylibre@fosstodon.org/108307448501709873',
    // Mastodon 4's advanced (multi-column) web interface puts /deck before every path: its address bar's URL.
    'https://mastodon.social/deck/@Gargron/103270115826048975',
    'https://hachyderm.io/deck/@someone@fosstodon.org/112233/',
    'https://chaos.social/@some_user@other.instance.de/112233',
    'https://beige.party/@professorkiosk/109447955769349950?lang=de#top',
  ],
  threads: ['https://www.threads.net/@zuck/post/C5Tabcdef12', 'https://threads.com/@user/post/XYZ', 'https://www.threads.com/t/abc'],
  instagram: [
    'https://www.instagram.com/p/C1a2b3c4d5e/',
    'https://instagram.com/reel/Cxyz/',
    'https://instagr.am/p/abc',
    'https://www.instagram.com/someone/',
  ],
  facebook: [
    'https://www.facebook.com/tagesschau/posts/pfbid02abc',
    'https://m.facebook.com/story.php?story_fbid=1&id=2',
    'https://fb.watch/abc123/',
    'https://www.facebook.com/watch/?v=123',
    'https://web.facebook.com/photo/?fbid=1',
  ],
  telegram: ['https://t.me/durov/123', 'https://t.me/s/channel/45', 'https://telegram.me/channel/1'],
  tiktok: [
    'https://www.tiktok.com/@scout2015/video/6718335390845095173',
    'https://vm.tiktok.com/ZMabc/',
    'https://m.tiktok.com/v/123.html',
  ],
  youtube: [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?t=42',
    'https://m.youtube.com/shorts/abc',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    'https://music.youtube.com/watch?v=x',
  ],
  linkedin: [
    'https://www.linkedin.com/posts/someone_activity-1234567890-abcd',
    'https://de.linkedin.com/feed/update/urn:li:activity:1/',
    'https://lnkd.in/eXyZ',
  ],
  vimeo: ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?h=abc', 'https://vimeo.com/channels/staffpicks/123'],
  x: ['https://twitter.com/AlabedBana/status/808644284496125952', 'https://x.com/a/status/1', 'https://mobile.twitter.com/a/status/1'],
};

const notInferred: [string, string | undefined][] = [
  ['https://example.com/article', undefined],
  ['https://notbsky.app/profile/a/post/b', undefined],
  ['https://bsky.app.evil.example/profile/a/post/b', undefined],
  ['https://evilyoutube.com/watch?v=1', undefined],
  ['https://youtube.com.evil.example/watch?v=1', undefined],
  ['https://medium.com/@user/a-story-1a2b3c4d5e6f', undefined],
  ['https://example.com/@user', undefined],
  ['https://example.com/@user/not-a-number', undefined],
  ['https://example.com/users/user/statuses/', undefined],
  ['https://github.com/@user/123/extra', undefined],
  ['javascript:alert(1)//bsky.app', undefined],
  ['not a url', undefined],
  ['', undefined],
];

describe('inference from href', () => {
  for (const [id, urls] of Object.entries(inferred))
    test.each(urls)(`${id}: %s`, (url) => {
      expect(platformOfUrl(url)).toBe(id);
      expect(parse({ url, text: 'x' }).post.platform).toBe(id);
    });

  test.each(notInferred)('not a known platform: %s', (url, id) => {
    expect(platformOfUrl(url)).toBe(id);
  });

  test('an unknown site is "web" once parsed; an explicit platform wins over the host', () => {
    expect(parse({ url: 'https://example.com/a', text: 'x' }).post.platform).toBe('web');
    expect(parse({ url: 'https://example.com/a', platform: 'mastodon', text: 'x' }).post.platform).toBe('mastodon');
  });
});

describe('registry', () => {
  test('every platform id is registered, once, with a label and a compact 24×24 icon', () => {
    expect(platforms.map((x) => x.id).sort()).toEqual([...platformIds].sort());
    for (const pl of platforms) {
      expect(pl.label.length, pl.id).toBeGreaterThan(0);
      expect(pl.icon, pl.id).toMatch(/^M[\d.\sMmLlHhVvCcSsQqTtAaZz,-]+$/);
      if (pl.id !== 'web') expect(pl.icon.length, pl.id).toBeLessThanOrEqual(250);
    }
  });

  test('the video providers name their privacy policies', () => {
    expect(p('youtube').privacy).toBe('https://policies.google.com/privacy');
    expect(p('vimeo').privacy).toBe('https://vimeo.com/privacy');
  });
});

describe('handles', () => {
  test.each([
    ['mastodon', 'Gargron', 'https://mastodon.social/@Gargron/1', '@Gargron@mastodon.social'],
    ['mastodon', '@Gargron', 'https://mastodon.social/@Gargron/1', '@Gargron@mastodon.social'],
    ['mastodon', 'jsbarretto@social.coop', 'https://mastodon.social/@jsbarretto@social.coop/1', '@jsbarretto@social.coop'],
    ['mastodon', '@user@other.example', undefined, '@user@other.example'],
    ['mastodon', 'baylibre', 'https://social.treehouse.systems/web/@baylibre@fosstodon.org/108307448501709873', '@baylibre@fosstodon.org'],
    ['mastodon', 'someone', 'https://hachyderm.io/deck/@someone@fosstodon.org/112233', '@someone@fosstodon.org'],
    ['mastodon', 'user', undefined, '@user'],
    ['bluesky', 'kaspth.bsky.social', undefined, '@kaspth.bsky.social'],
    ['bluesky', '@alice', undefined, '@alice.bsky.social'],
    ['bluesky', 'alice.example.com', undefined, '@alice.example.com'],
    ['threads', 'zuck', undefined, '@zuck'],
    ['instagram', '@natgeo', undefined, '@natgeo'],
    ['facebook', 'tagesschau', undefined, '@tagesschau'],
    ['telegram', 'durov', undefined, '@durov'],
    ['tiktok', 'scout2015', undefined, '@scout2015'],
    ['youtube', 'tagesschau', undefined, '@tagesschau'],
    // A profile URL pasted for the handle shows as its handle, not as "@https://x.com/jack".
    ['x', 'https://x.com/jack', undefined, '@jack'],
    ['x', 'twitter.com/jack/', undefined, '@jack'],
    ['bluesky', 'https://bsky.app/profile/jay.bsky.team', undefined, '@jay.bsky.team'],
    ['mastodon', 'https://mastodon.social/@Gargron', 'https://mastodon.social/@Gargron/1', '@Gargron@mastodon.social'],
    ['instagram', 'https://www.instagram.com/natgeo/', undefined, '@natgeo'],
    ['tiktok', 'https://www.tiktok.com/@scout2015', undefined, '@scout2015'],
    ['youtube', 'https://www.youtube.com/@tagesschau', undefined, '@tagesschau'],
    ['telegram', 'https://t.me/durov', undefined, '@durov'],
    // A share link's query is no part of the handle, nor an invisible mark copied before the "@" ("@@jack" otherwise).
    ['x', 'https://x.com/jack?s=21', undefined, '@jack'],
    ['x', 'x.com/jack?s=20&t=abc', undefined, '@jack'],
    ['instagram', 'https://www.instagram.com/natgeo?igsh=abc', undefined, '@natgeo'],
    ['x', '\u200e@jack', undefined, '@jack'],
    ['x', '\u200f＠jack', undefined, '@jack'],
    ['mastodon', '\u200b@Gargron@mastodon.social', undefined, '@Gargron@mastodon.social'],
  ])('%s %s → %s', (id, handle, url, shown) => {
    expect(p(id).handle!(handle, url)).toBe(shown);
  });

  test('LinkedIn and Vimeo show the name as written (no "@" handles there)', () => {
    expect(p('linkedin').handle).toBeUndefined();
    expect(p('vimeo').handle).toBeUndefined();
  });
});

describe('profile and tag links', () => {
  test.each([
    ['mastodon', 'Gargron', 'https://mastodon.social/@Gargron/1', 'https://mastodon.social/@Gargron'],
    ['mastodon', 'user@other.example', 'https://mastodon.social/@x/1', 'https://other.example/@user'],
    ['mastodon', 'user', undefined, undefined],
    ['bluesky', 'alice.example.com', undefined, 'https://bsky.app/profile/alice.example.com'],
    ['bluesky', 'did:plc:abc', undefined, 'https://bsky.app/profile/did:plc:abc'],
    ['bluesky', 'alice', undefined, undefined],
    ['threads', 'zuck', undefined, 'https://www.threads.com/@zuck'],
    ['instagram', 'natgeo', undefined, 'https://www.instagram.com/natgeo'],
    ['facebook', 'tagesschau', undefined, 'https://www.facebook.com/tagesschau'],
    ['telegram', 'durov', undefined, 'https://t.me/durov'],
    ['tiktok', 'scout2015', undefined, 'https://www.tiktok.com/@scout2015'],
    ['youtube', '@tagesschau', undefined, 'https://www.youtube.com/@tagesschau'],
    ['linkedin', 'jane-doe', undefined, undefined], // LinkedIn links no typed @name
    ['vimeo', 'staff', undefined, 'https://vimeo.com/staff'],
    ['instagram', 'a?b#c', undefined, 'https://www.instagram.com/a'], // a query and fragment are never the handle's
    ['instagram', 'a&b c', undefined, 'https://www.instagram.com/a%26b%20c'],
    ['x', '\u200e@jack', undefined, 'https://x.com/jack'], // an invisible mark copied with the handle: not "@…", linked
    ['instagram', 'a/../b?c', undefined, 'https://www.instagram.com/b'], // a URL's last segment, without its query
    ['instagram', 'a/../b%c', undefined, 'https://www.instagram.com/b%25c'], // still encoded
  ])('%s profile of %s', (id, handle, url, profile) => {
    expect(p(id).profileUrl?.(handle, url)).toBe(profile);
  });

  test.each([
    ['mastodon', 'Aleppo', 'https://chaos.social/@a/1', 'https://chaos.social/tags/Aleppo'],
    ['mastodon', 'Aleppo', undefined, undefined],
    ['bluesky', 'Köln', undefined, 'https://bsky.app/hashtag/K%C3%B6ln'],
    ['instagram', 'حلب', undefined, 'https://www.instagram.com/explore/tags/%D8%AD%D9%84%D8%A8'],
    ['tiktok', 'news', undefined, 'https://www.tiktok.com/tag/news'],
    ['youtube', 'news', undefined, 'https://www.youtube.com/hashtag/news'],
    ['facebook', 'news', undefined, 'https://www.facebook.com/hashtag/news'],
    ['linkedin', 'news', undefined, 'https://www.linkedin.com/feed/hashtag/news'],
    ['threads', 'news', undefined, 'https://www.threads.com/search?serp_type=tags&q=news'],
    ['telegram', 'news', undefined, undefined],
    ['vimeo', 'news', undefined, undefined],
  ])('%s tag %s', (id, tag, url, href) => {
    expect(p(id).tagUrl?.(tag, url)).toBe(href);
  });
});

describe('Mastodon status JSON adapter', () => {
  const adapt = (name: string) => {
    const raw = fromStatus(fixture(name));
    const { post, problems } = parse(raw);
    return { raw, post, problems };
  };

  test('the documentation example: HTML content, @user@instance, counts, language', () => {
    const { post, problems } = adapt('mastodon-status-docs-gargron.json');
    const e = expected['mastodon-status-docs-gargron.json'];
    expect(problems).toEqual([]);
    expect(post.platform).toBe('mastodon');
    expect(post.author?.name).toBe(e.name);
    expect(post.author?.handle).toBe(e.handle);
    expect(post.author?.url).toBe('https://mastodon.social/@Gargron');
    expect(post.author?.avatar).toMatch(/^https:\/\/files\.mastodon\.social\/accounts\/avatars\//);
    expect(post.url).toBe(e.url);
    expect(post.lang).toBe(e.lang);
    expect(post.createdAt).toBe(e.createdAt);
    expect(post.metrics).toEqual(e.metrics);
    expect(post.html).toContain('I lost my inheritance');
    expect(post.text).toBeUndefined();
    expect(post.contentWarning).toBeUndefined();
    expect(post.sensitive).toBeUndefined();
    expect(post.editedAt).toBeUndefined();
    expect(post.media).toBeUndefined();
    expect(p('mastodon').handle!(post.author!.handle!, post.url)).toBe('@Gargron@mastodon.social');
  });

  test('edited status with an image: editedAt, media size and alt, custom emoji dropped from the name', () => {
    const { post, problems } = adapt('mastodon-status-edited-media.json');
    const e = expected['mastodon-status-edited-media.json'] as {
      name: string;
      handle: string;
      editedAt: string;
      media: { width: number; height: number; altStartsWith: string };
    };
    expect(problems).toEqual([]);
    expect(post.author?.name).toBe(e.name);
    expect(post.author?.handle).toBe(e.handle);
    expect(post.author?.avatar).toContain('media.beige.party');
    expect(post.editedAt).toBe(e.editedAt);
    expect(post.media).toHaveLength(1);
    expect(post.media![0]).toMatchObject({ type: 'image', width: e.media.width, height: e.media.height });
    expect(post.media![0].alt!.startsWith(e.media.altStartsWith)).toBe(true);
    expect(post.media![0].url).toMatch(/original\/9faf3b6477cbf8b7\.jpg$/);
  });

  test('spoiler_text becomes the content warning, sensitive stays a flag', () => {
    const { post, problems } = adapt('mastodon-status-cw-media.json');
    expect(problems).toEqual([]);
    expect(post.contentWarning).toBe('Slightly lewd');
    expect(post.sensitive).toBe(true);
    expect(post.author?.name).toBe('Velocirooster adminensis');
    expect(post.media?.[0].alt).toContain('random word generator');
  });

  test('a boost becomes the boosted status; gifv and video attachments map, unknown ones leave the media', () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const boost = {
      ...base,
      id: '1',
      content: '',
      account: { acct: 'booster', username: 'booster', url: 'https://example.social/@booster' },
      reblog: {
        ...base,
        media_attachments: [
          {
            type: 'gifv',
            url: 'https://files.example/a.mp4',
            preview_url: 'https://files.example/a.png',
            description: null,
            meta: { original: { width: 400, height: 300 } },
          },
          { type: 'video', url: 'https://files.example/b.mp4', preview_url: 'https://files.example/b.png', description: 'a clip' },
          { type: 'unknown', url: 'https://files.example/d.bin' },
          null,
        ],
      },
    };
    const { post, problems } = parse(fromStatus(boost));
    expect(problems).toEqual([]);
    expect(post.author?.handle).toBe('Gargron@mastodon.social');
    expect(post.media?.map((m) => m.type)).toEqual(['gif', 'video']);
    expect(post.media?.[0]).toMatchObject({ poster: 'https://files.example/a.png', width: 400, height: 300 });
    expect(post.media?.[1].alt).toBe('a clip');
  });

  test('an attachment the instance has not cached (type unknown) follows the text as a link to the original, escaped', () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const html = (media_attachments: unknown[]) => parse(fromStatus({ ...base, content: '<p>Hi</p>', media_attachments })).post;
    const post = html([
      { type: 'unknown', url: null, remote_url: 'https://remote.example/a.mp4?x=1&y="2"' },
      { type: 'unknown', url: 'https://files.example/b.bin', remote_url: null },
      { type: 'unknown', url: null, remote_url: null },
    ]);
    expect(post.html).toBe(
      '<p>Hi</p><p><a href="https://remote.example/a.mp4?x=1&amp;y=&quot;2&quot;">https://remote.example/a.mp4?x=1&amp;y=&quot;2&quot;</a></p>' +
        '<p><a href="https://files.example/b.bin">https://files.example/b.bin</a></p>',
    );
    expect(post.media).toBeUndefined();
  });

  // The documentation's audio attachment: its preview_url is the MP3 again, which a <video poster>
  // fetched as an image before the reader acted; the <video> was a black 16:9 frame named "Video".
  test('an audio attachment is no video: it follows the text as a link to the file (its description, else its URL), and nothing of it is media', () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const audio = fixture('mastodon-attachment-audio-docs.json') as Record<string, unknown>;
    const url = 'https://files.mastodon.social/media_attachments/files/021/165/404/original/a31a4a46cd713cd2.mp3';
    const post = (media_attachments: unknown[]) => parse(fromStatus({ ...base, content: '<p>Hi</p>', media_attachments })).post;
    const only = post([audio]);
    expect(only.html).toBe(`<p>Hi</p><p><a href="${url}">${url}</a></p>`);
    expect(only.media).toBeUndefined();
    expect(JSON.stringify(only)).not.toContain('/small/');
    const described = post([
      { ...audio, description: 'Interview <part 1> & "more"' },
      { type: 'image', url: 'https://files.example/i.png' },
    ]);
    expect(described.html).toBe(`<p>Hi</p><p><a href="${url}">Interview &lt;part 1&gt; &amp; &quot;more&quot;</a></p>`);
    expect(described.media?.map((m) => m.type)).toEqual(['image']);
  });

  test("custom emoji: only the account's own shortcodes leave the name; other colons stay, and the post keeps its :shortcode: as text", () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const emojis = [{ shortcode: 'blobcat', url: 'https://files.example/e.png', static_url: 'https://files.example/e.png' }];
    const raw = fromStatus({
      ...base,
      content: '<p>I love :blobcat: a lot</p>',
      emojis,
      account: { acct: 'a', username: 'a', display_name: ':blobcat: Team A:B:C', url: 'https://example.social/@a', emojis },
    });
    const { post } = parse(raw);
    expect(post.author?.name).toBe('Team A:B:C');
    expect(post.html).toBe('<p>I love :blobcat: a lot</p>');
    expect(JSON.stringify(post)).not.toContain('files.example');
  });

  test('a poll is not dropped: its options (and counts, when the instance gives them) follow the text as a list, escaped', () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const poll = (options: unknown[]) => parse(fromStatus({ ...base, content: '<p>Which one?</p>', poll: { id: '1', options } })).post.html;
    expect(
      poll([
        { title: 'Tea', votes_count: 7 },
        { title: '<b>Coffee</b> & cake', votes_count: 0 },
      ]),
    ).toBe('<p>Which one?</p><ul><li>Tea: 7</li><li>&lt;b&gt;Coffee&lt;/b&gt; &amp; cake: 0</li></ul>');
    // Totals hidden until the poll ends: the options alone.
    expect(poll([{ title: 'Tea', votes_count: null }, { title: 'Coffee' }, null, { title: 3 }])).toBe(
      '<p>Which one?</p><ul><li>Tea</li><li>Coffee</li></ul>',
    );
    expect(poll([])).toBe('<p>Which one?</p>');
  });

  test('a remote account keeps its own instance', () => {
    const base = fixture('mastodon-status-docs-gargron.json') as Record<string, unknown>;
    const raw = fromStatus({
      ...base,
      account: { acct: 'jsbarretto@social.coop', username: 'jsbarretto', display_name: '', url: 'https://social.coop/@jsbarretto' },
    });
    expect(parse(raw).post.author).toMatchObject({ name: 'jsbarretto', handle: 'jsbarretto@social.coop' });
  });

  test('not a Mastodon status: nothing', () => {
    const m = fromStatus;
    for (const v of [
      null,
      undefined,
      1,
      'x',
      [],
      {},
      { content: 1, account: { acct: 'a' } },
      { content: 'x', account: {} },
      { text: 'x', user: {} },
    ])
      expect(m(v)).toBeUndefined();
  });
});

describe('Bluesky post JSON adapter', () => {
  const json = fixture('bluesky-thread-synthetic.json') as { thread: { post: Record<string, unknown> } };

  test('thread response → post: author, DID-based URL, counts, language, date', () => {
    const { post, problems } = parse(fromBluesky(json));
    expect(problems).toEqual([]);
    expect(post).toMatchObject({
      platform: 'bluesky',
      id: '3kfixturepost2',
      url: 'https://bsky.app/profile/did:plc:fixturecarla0000000000000/post/3kfixturepost2',
      author: {
        name: 'Carla Beispiel',
        handle: 'carla.example.com',
        url: 'https://bsky.app/profile/carla.example.com',
        avatar: 'https://cdn.example.org/avatar/carla.jpg',
      },
      lang: 'de',
      createdAt: '2024-06-01T09:30:00.000Z',
      metrics: { likes: 25300, shares: 3400, replies: 12, quotes: 7 },
      sensitive: true,
    });
  });

  test('facets: UTF-8 byte offsets become UTF-16 link ranges over umlauts, a ZWJ emoji and Arabic', () => {
    const { post } = parse(fromBluesky(json));
    const text = post.text!;
    const shown = post.links!.map((l) => [text.slice(l.start, l.end), l.url]);
    expect(shown).toEqual([
      ['example.org/bericht', 'https://example.org/bericht'],
      ['#Rheinpegel', 'https://bsky.app/hashtag/Rheinpegel'],
      ['@alice.example.com', 'https://bsky.app/profile/did:plc:fixturealice000000000000'],
    ]);
    expect(post.links!.some((l) => l.url.includes('broken'))).toBe(false);
  });

  test('images with alt and aspect ratio; empty alt and a zero ratio are left out, not guessed', () => {
    const { post } = parse(fromBluesky(json));
    expect(post.media).toEqual([
      { type: 'image', url: 'https://cdn.example.org/full/1.jpg', alt: 'Hochwasser am Rheinufer', width: 1600, height: 900 },
      { type: 'image', url: 'https://cdn.example.org/full/2.jpg', height: 900 },
    ]);
  });

  test('the quoted record (recordWithMedia) becomes the quoted post', () => {
    const { post } = parse(fromBluesky(json));
    expect(post.quoted).toMatchObject({
      platform: 'bluesky',
      text: 'Pegel steigt weiter.',
      lang: 'de',
      author: { name: 'Bob Beispiel', handle: 'bob.bsky.social' },
      url: 'https://bsky.app/profile/did:plc:fixturebob00000000000000/post/3kquotedfixt2',
    });
  });

  test('a video embed (alone, beside a quoted post, or in the quoted post) is a video: its playlist, thumbnail as poster, alt and size', () => {
    const video = {
      $type: 'app.bsky.embed.video#view',
      cid: 'bafy',
      playlist: 'https://video.example.org/watch/did/bafy/playlist.m3u8',
      thumbnail: 'https://video.example.org/watch/did/bafy/thumbnail.jpg',
      alt: 'Flood at the river bank',
      aspectRatio: { width: 1080, height: 1920 },
    };
    const expected = [
      {
        type: 'video',
        url: 'https://video.example.org/watch/did/bafy/playlist.m3u8',
        poster: 'https://video.example.org/watch/did/bafy/thumbnail.jpg',
        alt: 'Flood at the river bank',
        width: 1080,
        height: 1920,
      },
    ];
    const alone = parse(fromBluesky({ ...json.thread.post, embed: video }));
    expect(alone.problems).toEqual([]);
    expect(alone.post.media).toEqual(expected);
    const embed = json.thread.post.embed as { record: Record<string, unknown> };
    const withQuote = parse(fromBluesky({ ...json.thread.post, embed: { ...embed, media: video } })).post;
    expect(withQuote.media).toEqual(expected);
    expect(withQuote.quoted?.text).toBe('Pegel steigt weiter.');
    const q = embed.record.record as Record<string, unknown>;
    const quoting = { ...json.thread.post, embed: { ...embed, record: { record: { ...q, embeds: [video] } } } };
    expect(parse(fromBluesky(quoting)).post.quoted?.media).toEqual(expected);
  });

  test('a link card (app.bsky.embed.external, alone, beside a quoted post, or in the quoted post) follows the text as a link: its title and host', () => {
    const card = (external: Record<string, unknown>) => ({ $type: 'app.bsky.embed.external#view', external });
    const article = card({
      uri: 'https://www.example.org/2024/06/rhein',
      title: 'Der Rhein\n steigt  weiter',
      description: 'Was wir wissen',
      thumb: 'https://cdn.example.org/thumb/card.jpg',
    });
    const post = (embed: unknown, text = 'Lesenswert:') =>
      parse(fromBluesky({ ...json.thread.post, record: { text, createdAt: '2024-06-01T09:30:00Z' }, embed }));
    const expected = {
      text: 'Lesenswert:\n\nDer Rhein steigt weiter (www.example.org)',
      links: [{ start: 13, end: 54, url: 'https://www.example.org/2024/06/rhein' }],
    };
    const alone = post(article);
    expect(alone.problems).toEqual([]);
    expect(alone.post).toMatchObject(expected);
    // The thumbnail is the linked page's picture, not a photo the author attached: never requested.
    expect(alone.post.media).toBeUndefined();
    expect(JSON.stringify(alone.post)).not.toContain('card.jpg');
    const embed = json.thread.post.embed as { record: Record<string, unknown> };
    const withQuote = post({ ...embed, media: article }).post;
    expect(withQuote).toMatchObject(expected);
    expect(withQuote.quoted?.text).toBe('Pegel steigt weiter.');
    const q = embed.record.record as Record<string, unknown>;
    expect(post({ ...embed, record: { record: { ...q, embeds: [article] } } }).post.quoted).toMatchObject({
      text: 'Pegel steigt weiter.\n\nDer Rhein steigt weiter (www.example.org)',
    });
    // No title: the URL itself. No text: the link alone.
    expect(post(card({ uri: 'https://example.org/a' }), '').post).toMatchObject({
      text: 'https://example.org/a',
      links: [{ start: 0, end: 21, url: 'https://example.org/a' }],
    });
    // Already linked in the text (a facet, or the bare URL): not repeated.
    expect(post(card({ uri: 'https://example.org/a', title: 'A' }), 'see https://example.org/a').post.text).toBe(
      'see https://example.org/a',
    );
    expect(
      parse(fromBluesky({ ...json.thread.post, embed: card({ uri: 'https://example.org/bericht', title: 'B' }) })).post.text,
    ).not.toContain('\n');
    // Not an http(s) URL: nothing added.
    expect(post(card({ uri: 'javascript:alert(1)', title: 'Click' })).post.text).toBe('Lesenswert:');
  });

  test('a bare post view and a getPosts response adapt the same way', () => {
    const a = parse(fromBluesky(json.thread.post)).post;
    const b = parse(fromBluesky({ posts: [json.thread.post] })).post;
    expect(a.url).toBe(b.url);
    expect(a.text).toBe(b.text);
  });

  test('facet offsets that are out of range, reversed or not numbers are dropped', () => {
    const post = {
      ...json.thread.post,
      record: {
        text: 'ab €',
        createdAt: '2024-01-01T00:00:00Z',
        facets: [
          { index: { byteStart: 3, byteEnd: 6 }, features: [{ uri: 'https://example.org/euro' }] },
          { index: { byteStart: 3, byteEnd: 5 }, features: [{ uri: 'https://example.org/half' }] },
          { index: { byteStart: 2, byteEnd: 1 }, features: [{ uri: 'https://example.org/rev' }] },
          { index: { byteStart: '0', byteEnd: 99 }, features: [{ uri: 'https://example.org/nan' }] },
          { index: { byteStart: 0, byteEnd: 2 }, features: [{ $type: 'app.bsky.richtext.facet#unknown' }] },
          null,
        ],
      },
    };
    const { post: out } = parse(fromBluesky(post));
    expect(out.links).toEqual([{ start: 3, end: 4, url: 'https://example.org/euro' }]);
  });

  test('not a Bluesky post: nothing', () => {
    const b = fromBluesky;
    for (const v of [
      null,
      1,
      'x',
      {},
      { thread: {} },
      { uri: 'https://x', author: { handle: 'a' }, record: { text: 'x' } },
      { uri: 'at://did:plc:a/app.bsky.feed.like/1', author: { handle: 'a' }, record: { text: 'x' } },
    ])
      expect(b(v)).toBeUndefined();
  });
});

describe('X tweet JSON adapter', () => {
  /**
   * A synthetic tweet in the syndication API's shape (react-tweet's `Tweet` type), not a recorded
   * one: X's `possibly_sensitive` flag, its private-use language for a media-only post, a quoted tweet.
   */
  const tweet = (extra: Record<string, unknown> = {}) => ({
    __typename: 'Tweet',
    id_str: '1868000000000000000',
    text: 'Aftermath of the strike https://t.co/abc',
    display_text_range: [0, 23],
    lang: 'en',
    created_at: '2024-12-14T09:00:00.000Z',
    favorite_count: 12,
    conversation_count: 3,
    user: { name: 'Reporter', screen_name: 'reporter', profile_image_url_https: 'https://pbs.twimg.com/a.jpg' },
    entities: { urls: [] },
    mediaDetails: [
      {
        type: 'photo',
        media_url_https: 'https://pbs.twimg.com/media/x.jpg',
        ext_alt_text: 'A street',
        original_info: { width: 1200, height: 800 },
      },
    ],
    ...extra,
  });

  test("possibly_sensitive puts the post (and a quoted tweet) behind the card's warning", () => {
    const { post, problems } = parse(
      adapt(
        tweet({ possibly_sensitive: true, quoted_tweet: tweet({ id_str: '1867000000000000000', possibly_sensitive: true, lang: 'qme' }) }),
      ),
    );
    expect(problems).toEqual([]);
    expect(post).toMatchObject({ platform: 'x', sensitive: true, lang: 'en', quoted: { sensitive: true } });
    expect(post.quoted!.lang).toBeUndefined();
    expect(post.media).toEqual([{ type: 'image', url: 'https://pbs.twimg.com/media/x.jpg', alt: 'A street', width: 1200, height: 800 }]);
    expect(parse(adapt(tweet({ possibly_sensitive: false }))).post.sensitive).toBeUndefined();
  });

  test('a t.co link keeps its place when the shown text begins with a line break (a reply cut after its @mention)', () => {
    const text = '@bob\nhttps://t.co/abc is the source';
    const json = tweet({
      text,
      display_text_range: [4, text.length],
      entities: { urls: [{ url: 'https://t.co/abc', display_url: 'example.com/src', expanded_url: 'https://example.com/src' }] },
    });
    const { post } = parse(adapt(json));
    expect(post.text).toBe('example.com/src is the source');
    expect(post.links).toEqual([{ start: 0, end: 15, url: 'https://example.com/src' }]);
  });

  test("a poll (a card's binding values) is not dropped: its choices and counts follow the text, one a line", () => {
    const value = (string_value: string) => ({ type: 'STRING', string_value });
    const card = {
      name: 'poll3choice_text_only',
      binding_values: {
        choice1_label: value('Tea'),
        choice1_count: value('7'),
        choice2_label: value('Coffee'),
        choice2_count: value('12'),
        choice3_label: value('Neither'),
        counts_are_final: { type: 'BOOLEAN', boolean_value: true },
      },
    };
    const { post } = parse(adapt(tweet({ text: 'Which one?', display_text_range: [0, 10], card })));
    expect(post.text).toBe('Which one?\n\nTea: 7\nCoffee: 12\nNeither');
    // A link preview card adds nothing: its link is in the text.
    const summary = { name: 'summary_large_image', binding_values: { title: value('A story'), card_url: value('https://t.co/abc') } };
    expect(parse(adapt(tweet({ card: summary }))).post.text).toBe('Aftermath of the strike');
  });

  test('HTML entities in the text are decoded once: "&amp;lt;" is the "&lt;" that was written, not "<"', () => {
    const text = 'Tom &amp; Jerry: write &amp;lt;b&amp;gt; for &lt;b&gt;';
    const { post } = parse(adapt(tweet({ text, display_text_range: [0, text.length] })));
    expect(post.text).toBe('Tom & Jerry: write &lt;b&gt; for <b>');
  });
});

describe('adapters: one entry recognizes each platform JSON', () => {
  test('mastodon status, bluesky thread and an unknown object', () => {
    expect(adapt(fixture('mastodon-status-docs-gargron.json'))?.platform).toBe('mastodon');
    expect(adapt(fixture('bluesky-thread-synthetic.json'))?.platform).toBe('bluesky');
    expect(adapt({ text: 'not platform JSON' })).toBeUndefined();
  });
});

describe('adapters: malformed platform JSON', () => {
  test.each([
    ['X: mediaDetails an object', { id_str: '2', text: 'hi', user: { screen_name: 'a' }, mediaDetails: {} }],
    ['X: a null media item', { id_str: '2', text: 'hi', user: { screen_name: 'a' }, mediaDetails: [null] }],
    [
      'X: variants an object',
      { id_str: '2', text: 'hi', user: { screen_name: 'a' }, mediaDetails: [{ type: 'video', video_info: { variants: {} } }] },
    ],
    [
      'X: a null variant',
      { id_str: '2', text: 'hi', user: { screen_name: 'a' }, mediaDetails: [{ type: 'video', video_info: { variants: [null] } }] },
    ],
    ['X: a null url entity', { id_str: '2', text: 'hi', user: { screen_name: 'a' }, entities: { urls: [null] } }],
    ['X: an id with a toString key', { id_str: { toString: 1 }, text: 'hi', user: { screen_name: 'a' } }],
    ['Mastodon: a display name with a toString key', { content: '<p>hi</p>', account: { acct: 'a', display_name: { toString: 1 } } }],
    [
      'Mastodon: an audio remote_url in a list',
      { content: '<p>hi</p>', account: { acct: 'a' }, media_attachments: [{ type: 'audio', remote_url: ['https://a.example/b'] }] },
    ],
    [
      'Bluesky: images an object',
      { uri: 'at://did:plc:a/app.bsky.feed.post/3x', author: { handle: 'a.b' }, record: { text: 'hi' }, embed: { images: {} } },
    ],
    [
      'Bluesky: a tag facet with a lone surrogate',
      {
        uri: 'at://did:plc:a/app.bsky.feed.post/3x',
        author: { handle: 'a.b' },
        record: { text: 'hi #x', facets: [{ index: { byteStart: 3, byteEnd: 5 }, features: [{ tag: 'x\ud83d' }] }] },
      },
    ],
    [
      'Bluesky: labels an object',
      { uri: 'at://did:plc:a/app.bsky.feed.post/3x', author: { handle: 'a.b' }, record: { text: 'hi' }, labels: {} },
    ],
    [
      'Bluesky: a link card title with a toString key',
      {
        uri: 'at://did:plc:a/app.bsky.feed.post/3x',
        author: { handle: 'a.b' },
        record: { text: 'hi' },
        embed: { external: { uri: 'https://a.example/', title: { toString: 1 } } },
      },
    ],
  ])('%s: the adapter reads the rest of the post instead of throwing (and losing all of it)', (_, json) => {
    const post = adapt(json);
    expect(post?.text ?? post?.html).toMatch(/hi/);
  });
});

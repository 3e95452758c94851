// The X API v2 reader (adapters/x.ts, fromV2) against recorded twarc responses and a written one
// (tests/fixtures/x-api/README.md): what newsroom archivers (twarc, tweepy's Client) store.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adapt } from '../../src/platforms/adapters/index.js';
import { fromV2 } from '../../src/platforms/adapters/x.js';
import { parse } from '../../src/model/parse.js';
import { work } from './work.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are loose JSON
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`../fixtures/x-api/${name}`, import.meta.url), 'utf8'));
const read = (json: unknown) => parse(adapt(json));
/** Each link's text in the post, by its UTF-16 range. */
const linked = (post: { text?: string; links?: { start: number; end: number; url: string }[] }) =>
  (post.links ?? []).map((l) => [post.text!.slice(l.start, l.end), l.url]);

describe('X API v2 responses', () => {
  test('recorded (twarc): a video tweet with an emoji; the t.co link to the video goes, the highest-bitrate MP4 plays', () => {
    const json = fixture('twarc-media-tweet-igorbrigadir-2022.json');
    const { post, problems } = read(json);
    expect(problems).toEqual([]);
    expect(post).toMatchObject({
      platform: 'x',
      id: '1558553189766631429',
      url: 'https://x.com/IgorBrigadir/status/1558553189766631429',
      author: { name: 'Igor Brigadir 🇺🇦 @igor@mastodon.social', handle: 'IgorBrigadir', url: 'https://x.com/IgorBrigadir' },
      text: "She's GOING with it! 🐍",
      lang: 'en',
      createdAt: '2022-08-13T20:36:51.000Z',
      metrics: { shares: 13, likes: 93, replies: 3, quotes: 7 },
    });
    expect(post.author!.avatar).toMatch(/^https:\/\/pbs\.twimg\.com\/profile_images\//);
    expect(post.media).toEqual([
      {
        type: 'video',
        url: 'https://video.twimg.com/ext_tw_video/1558552952549277696/pu/vid/1280x720/WiZrNZKT2lMzK5zA.mp4?tag=12',
        poster: 'https://pbs.twimg.com/ext_tw_video_thumb/1558552952549277696/pu/img/7VaQu-AvReI8RHkv.jpg',
        width: 1280,
        height: 720,
      },
    ]);
    // Its length, for <video-appeal>.
    expect(adapt(json)?.video).toEqual({ duration: 71.292 });
  });

  test('recorded (twarc): a reply that quotes: "Replying to" instead of the leading @mention, the quoted tweet with its own author', () => {
    const { post, problems } = read(fixture('twarc-quote-reply-dappdavid99-2022.json'));
    expect(problems).toEqual([]);
    expect(post).toMatchObject({
      url: 'https://x.com/dappdavid99/status/1576995594388000768',
      author: { name: 'david', handle: 'dappdavid99', verified: false },
      // "@wongmjane Test \nhttps://t.co/…": the mention is the reply line, the link is the quoted tweet.
      text: 'Test',
      replyTo: { handle: 'wongmjane', url: 'https://x.com/wongmjane' },
      quoted: {
        url: 'https://x.com/wongmjane/status/1576994746135764992',
        author: { name: 'Jane Manchun Wong', handle: 'wongmjane', verified: true },
        createdAt: '2022-10-03T17:57:01.000Z',
      },
    });
    expect(post.links).toBeUndefined();
    // The quoted tweet's media were not expanded: its photo link stays, with its link to the rest.
    expect(post.quoted!.text).toBe('i miss y’all so much haha,,, twitter.com/i/web/status/1… pic.twitter.com/4E9OBHOATs');
    expect(linked(post.quoted!)).toEqual([
      ['twitter.com/i/web/status/1…', 'https://twitter.com/i/web/status/1576994746135764992'],
      ['pic.twitter.com/4E9OBHOATs', 'https://twitter.com/wongmjane/status/1576994746135764992/photo/1'],
    ]);
  });

  test('written: a long post (note_tweet) in Arabic with emoji: its full text, links where they are, photo alt, views, a quoted GIF', () => {
    const { post, problems } = read(fixture('v2-written-arabic-note-quote.json'));
    expect(problems).toEqual([]);
    expect(post.text).toBe(
      'عاجل 🚨 تقرير جديد عن الانتخابات في الأردن 🇯🇴: النتائج الأولية example.org/ar/elections-2… والتفاصيل الكاملة في الخيط 👇🏽 #الأردن',
    );
    expect(linked(post)).toEqual([['example.org/ar/elections-2…', 'https://example.org/ar/elections-2024']]);
    expect(post).toMatchObject({
      lang: 'ar',
      author: { name: 'Newsroom Desk عربي', handle: 'newsdesk', verified: true },
      metrics: { shares: 120, likes: 310, replies: 14, quotes: 9, views: 48211 },
      media: [
        {
          type: 'image',
          url: 'https://pbs.twimg.com/media/Written0001.jpg',
          alt: 'طوابير الناخبين أمام مركز اقتراع في عمّان',
          width: 1200,
          height: 675,
        },
      ],
    });
    expect(post.quoted).toMatchObject({
      author: { name: 'Data Desk', handle: 'datadesk' },
      text: 'Turnout by district, 2020 vs 2024 👨‍👩‍👧‍👦 — thread: example.org/turnout',
      metrics: { views: 5120 },
      media: [
        {
          type: 'gif',
          url: 'https://video.twimg.com/tweet_video/Written0002.mp4',
          poster: 'https://pbs.twimg.com/tweet_video_thumb/Written0002.jpg',
        },
      ],
    });
    expect(linked(post.quoted!)).toEqual([['example.org/turnout', 'https://example.org/turnout']]);
  });

  test('without note_tweet, the truncated text and its link to the rest', () => {
    const json = fixture('v2-written-arabic-note-quote.json');
    delete json.data.note_tweet;
    const { post } = read(json);
    expect(post.text).toBe('عاجل 🚨 تقرير جديد عن الانتخابات في الأردن 🇯🇴: النتائج الأولية example.org/ar/elections-2… والتفاصيل…');
    expect(linked(post)).toEqual([['example.org/ar/elections-2…', 'https://example.org/ar/elections-2024']]);
  });

  test("twarc's flattened form (author, media, referenced tweets and the replied-to user inlined) reads the same", () => {
    const json = fixture('twarc-quote-reply-dappdavid99-2022.json');
    const [users, tweets] = [json.includes.users, json.includes.tweets];
    const flat = (t: Json): Json => ({
      ...t,
      author: users.find((u: Json) => u.id === t.author_id),
      ...(t.in_reply_to_user_id && { in_reply_to_user: users.find((u: Json) => u.id === t.in_reply_to_user_id) }),
      ...(t.referenced_tweets && {
        referenced_tweets: t.referenced_tweets.map((r: Json) => ({ ...r, ...flat(tweets.find((x: Json) => x.id === r.id)) })),
      }),
    });
    const tweet = flat(json.data[0]);
    expect(read(tweet).post).toMatchObject({ text: 'Test', replyTo: { handle: 'wongmjane' }, quoted: { author: { handle: 'wongmjane' } } });
    expect(read(tweet).post).toEqual(read(json).post);
    expect(read({ data: tweet }).post).toEqual(read(json).post);
  });

  test('a retweet is the retweeted tweet; a poll follows the text; display_text_range is the shown part', () => {
    const users = [
      { id: '1', name: 'A', username: 'a' },
      { id: '2', name: 'B', username: 'b' },
    ];
    const original = { id: '20', text: 'Which one?', author_id: '2', attachments: { poll_ids: ['7'] } };
    const polls = [
      {
        id: '7',
        options: [
          { position: 1, label: 'Tea', votes: 7 },
          { position: 2, label: 'Coffee', votes: 12 },
        ],
      },
    ];
    const rt = { id: '21', text: 'RT @b: Which one?', author_id: '1', referenced_tweets: [{ type: 'retweeted', id: '20' }] };
    const { post } = read({ data: rt, includes: { users, tweets: [original], polls } });
    expect(post).toMatchObject({ url: 'https://x.com/b/status/20', author: { handle: 'b' }, text: 'Which one?\n\nTea: 7\nCoffee: 12' });
    // Newer responses give the shown range in code points: here without the reply's mention and the photo link.
    const text = '@a 🇩🇪 Ja! https://t.co/p';
    const reply = { id: '22', text, author_id: '2', in_reply_to_user_id: '1', display_text_range: [3, 9] };
    expect(read({ data: reply, includes: { users } }).post).toMatchObject({ text: '🇩🇪 Ja!', replyTo: { handle: 'a' } });
  });

  test('a video without an MP4 (archives from before media variants) keeps its link to the video, not silence', () => {
    const pic = {
      url: 'https://t.co/x',
      media_key: 'k',
      display_url: 'pic.twitter.com/x',
      expanded_url: 'https://twitter.com/a/status/1/video/1',
    };
    const data = { id: '1', text: 'Watch https://t.co/x', author_id: '2', attachments: { media_keys: ['k'] }, entities: { urls: [pic] } };
    const users = [{ id: '2', username: 'a', name: 'A' }];
    const media = [{ media_key: 'k', type: 'video', preview_image_url: 'https://pbs.twimg.com/p.jpg', duration_ms: 4000 }];
    const { post } = read({ data, includes: { users, media } });
    expect(post.media).toBeUndefined();
    expect(linked(post)).toEqual([['pic.twitter.com/x', 'https://twitter.com/a/status/1/video/1']]);
  });

  test('a list response reads its first tweet; tweets from before view counts (impression_count 0) show none; a bare tweet needs author_id', () => {
    const users = [{ id: '1', name: 'A', username: 'a' }];
    const t = { id: '5', text: 'hi', author_id: '1', public_metrics: { like_count: 2, impression_count: 0 } };
    const { post } = read({ data: [t, { ...t, id: '6' }], includes: { users } });
    expect(post).toMatchObject({ id: '5', url: 'https://x.com/a/status/5', metrics: { likes: 2 } });
    expect(post.metrics!.views).toBeUndefined();
    expect(adapt(t)?.text).toBe('hi');
    expect(adapt({ id: '5', text: 'not a tweet' })).toBeUndefined();
    // A postquote post object (its text and author, a CMS's own `content` field) is no tweet.
    expect(adapt({ text: 'Our own post.', author: { name: 'Lina' }, content: 'a CMS field' })).toBeUndefined();
  });
});

describe('X API v2 responses a broken or hostile archive gives', () => {
  const users = [
    { id: '1', name: 'A', username: 'a' },
    { id: '2', name: 'B', username: 'b' },
  ];
  const tweet = (id: string, text: string, ref?: [string, string]) => ({
    id,
    text,
    author_id: id === '10' ? '1' : '2',
    ...(ref && { referenced_tweets: [{ type: ref[0], id: ref[1] }] }),
  });

  test('referenced tweets that cycle (a tweet quoting itself, two quoting each other, a retweet of itself) still give the post', () => {
    const outer = tweet('10', 'outer', ['quoted', '11']);
    const inner = tweet('11', 'inner', ['quoted', '10']);
    const cycle = read({ data: outer, includes: { users, tweets: [inner, outer] } });
    expect(cycle.post).toMatchObject({ text: 'outer', author: { handle: 'a' }, quoted: { text: 'inner', author: { handle: 'b' } } });
    expect(cycle.problems).toEqual([]);
    const self = tweet('10', 'me', ['quoted', '10']);
    expect(read({ data: self, includes: { users, tweets: [self] } }).post).toMatchObject({ text: 'me', author: { handle: 'a' } });
    const rt = tweet('10', 'RT', ['retweeted', '10']);
    expect(read({ data: rt, includes: { users, tweets: [rt] } }).post).toMatchObject({ text: 'RT', author: { handle: 'a' } });
    // A chain of quotes too long to recurse through: the card shows as deep as it can.
    const chain = Array.from({ length: 20000 }, (_, i) => tweet(String(10 + i), `t${i}`, ['quoted', String(11 + i)]));
    const long = read({ data: chain[0], includes: { users, tweets: chain } });
    expect(long.post).toMatchObject({ text: 't0', quoted: { text: 't1', quoted: { text: 't2' } } });
    expect(long.problems).toEqual([]);
  });

  test('a field without an id matches nothing: no borrowed retweet, author or "Replying to"', () => {
    // A tweet with no referenced tweets and an id-less one in includes: it stays itself.
    const mine = { id: '10', text: 'my own words', author_id: '1' };
    expect(read({ data: mine, includes: { users, tweets: [{ text: 'someone else', author_id: '2' }] } }).post).toMatchObject({
      text: 'my own words',
      author: { handle: 'a' },
    });
    // Older archives' mentions and a broken users list have no ids: a tweet that is no reply has no "Replying to".
    const mention = { ...mine, text: 'hi @bob', entities: { mentions: [{ start: 3, end: 7, username: 'bob' }] } };
    expect(read({ data: mention, includes: { users: [...users, { username: 'ghost' }] } }).post.replyTo).toBeUndefined();
    // An id written as a number is the same id.
    expect(read({ data: { ...mine, author_id: 1 }, includes: { users } }).post.author).toMatchObject({ handle: 'a' });
  });

  test("a quoted tweet's id written as a number drops its t.co link as the string does; an id past 2^53 links no wrong tweet", () => {
    const quote = (id: string | number, written = String(id)) => ({
      data: {
        id: '10',
        text: 'Look https://t.co/q',
        author_id: '1',
        referenced_tweets: [{ type: 'quoted', id }],
        entities: { urls: [{ url: 'https://t.co/q', display_url: 'x.com/b/status/…', expanded_url: `https://x.com/b/status/${written}` }] },
      },
      includes: { users, tweets: [{ id, text: 'inner', author_id: '2' }] },
    });
    for (const id of ['11', 11]) {
      const { post } = read(quote(id));
      expect(post, String(typeof id)).toMatchObject({ text: 'Look', quoted: { url: 'https://x.com/b/status/11', text: 'inner' } });
      expect(post.links).toBeUndefined();
    }
    // 1576994746135764992 as a JSON number is 1576994746135765000, another tweet's id: the quote keeps its text and
    // author but links to no tweet, and the t.co link to the real one stays in the text.
    const { post } = read(
      JSON.parse(
        JSON.stringify(quote('ID', '1576994746135764992'))
          .replace('"id":"ID"', '"id":1576994746135764992')
          .replace('"id":"ID"', '"id":1576994746135764992'),
      ),
    );
    expect(post.quoted).toMatchObject({ text: 'inner', author: { handle: 'b' } });
    expect(post.quoted!.url).toBeUndefined();
    expect(post.quoted!.id).toBeUndefined();
    expect(linked(post)).toEqual([['x.com/b/status/…', 'https://x.com/b/status/1576994746135764992']]);
    // The same for the tweet itself, in the v2 and the v1.1 shapes.
    expect(
      read(
        JSON.parse(
          '{"data": {"id": 1576994746135764992, "text": "hi", "author_id": "1"}, "includes": {"users": [{"id": "1", "username": "a"}]}}',
        ),
      ).post,
    ).toMatchObject({ text: 'hi', author: { handle: 'a' } });
    expect(
      read(
        JSON.parse(
          '{"data": {"id": 1576994746135764992, "text": "hi", "author_id": "1"}, "includes": {"users": [{"id": "1", "username": "a"}]}}',
        ),
      ).post.url,
    ).toBeUndefined();
    expect(read(JSON.parse('{"id": 1576994746135764992, "full_text": "hi", "user": {"screen_name": "a"}}')).post.url).toBeUndefined();
    expect(read({ id: 10, full_text: 'hi', user: { screen_name: 'a' } }).post.url).toBe('https://x.com/a/status/10');
  });

  test('a username that is a number is that handle (as parse() reads a number for a string); one that is no string or number links nowhere', () => {
    const reply = (username: unknown) => ({
      data: {
        id: '10',
        text: 'hi',
        author_id: '9',
        in_reply_to_user_id: '7',
        entities: { mentions: [{ start: 0, end: 2, username, id: '7' }] },
      },
      includes: { users: [{ id: '9', name: 'N', username }] },
    });
    expect(read(reply(5)).post).toMatchObject({
      url: 'https://x.com/5/status/10',
      author: { name: 'N', handle: '5', url: 'https://x.com/5' },
      replyTo: { handle: '5', url: 'https://x.com/5' },
    });
    for (const username of [{ a: 1 }, ['a'], true]) {
      const { post } = read(reply(username));
      expect(post, JSON.stringify(username)).toMatchObject({ text: 'hi', author: { name: 'N' } });
      expect(JSON.stringify(post)).not.toMatch(/object|%5B|true/i);
      expect(post.url).toBeUndefined();
      expect(post.author!.url).toBeUndefined();
      expect(post.replyTo).toBeUndefined();
    }
  });

  test('a display_text_range that is no range of the text (reversed, past its end, not numbers) shows the whole text, not none', () => {
    const t = { id: '10', text: 'Hello world', author_id: '1' };
    for (const range of [[4, 1], [100, 200], ['a', null], [-3], [0, 2.5], 'x'])
      expect(read({ data: { ...t, display_text_range: range }, includes: { users } }).post.text).toBe('Hello world');
    // A photo-only tweet shows no text ([0, 0]); a range a little past the end is the rest of the text.
    expect(read({ data: { ...t, display_text_range: [0, 0] }, includes: { users } }).post.text).toBeUndefined();
    expect(read({ data: { ...t, display_text_range: [6, 12] }, includes: { users } }).post.text).toBe('world');
    // The same in the syndication and v1.1 shapes.
    const status = { id_str: '10', full_text: 'Hello world', user: { screen_name: 'a' } };
    expect(read({ ...status, display_text_range: [4, 1] }).post.text).toBe('Hello world');
  });

  test("a long post's note_tweet whose text is no string is left out: the tweet's own text shows, not [object Object]", () => {
    for (const text of [{ a: 1 }, ['x', 'y'], 5, true])
      expect(read({ data: { id: '10', text: 'Hello', author_id: '1', note_tweet: { text } }, includes: { users } }).post.text).toBe(
        'Hello',
      );
    // A quoted tweet without text in includes is a quote without text, not "undefined".
    const data = { id: '10', text: 'Hello', author_id: '1', referenced_tweets: [{ type: 'quoted', id: '11' }] };
    const quoted = read({ data, includes: { users, tweets: [{ id: '11', author_id: '2' }] } }).post.quoted;
    expect(quoted).toMatchObject({ author: { handle: 'b' } });
    expect(quoted!.text).toBeUndefined();
  });

  test('long lists (2,000 media, links to one t.co link repeated) are read in linear work, each link where it is', () => {
    // Work counted, not timed (tests/node/work.ts), in the v2 reader itself (adapt() reads a copy of its input):
    // per item, a few reads of the lists and no search of the text. A quadratic reader does n² = 4 million reads
    // or a search per link; 2,000 show it as well as 20,000, in a second where that reader took a minute.
    const n = 2000;
    const linear = (json: Json) => {
      const { reads, searched } = work(json, fromV2);
      expect(reads).toBeLessThan(10 * n);
      expect(searched).toBe(0);
      return json;
    };
    const media = Array.from({ length: n }, (_, i) => ({ media_key: `k${i}`, type: 'photo', url: `https://pbs.twimg.com/${i}.jpg` }));
    const keys = media.map((m) => m.media_key).reverse();
    const urls = keys.map((k) => ({ url: `https://t.co/${k}`, media_key: k }));
    const photos = linear({
      data: { id: '10', text: 'x', author_id: '1', attachments: { media_keys: keys }, entities: { urls } },
      includes: { users, media },
    });
    expect(read(photos).post.media![0]).toMatchObject({ url: `https://pbs.twimg.com/${n - 1}.jpg` });
    const link = { url: 'https://t.co/x', display_url: 'example.com/long', expanded_url: 'https://example.com/long' };
    const many = linear({
      data: { id: '10', text: 'https://t.co/x & '.repeat(n), author_id: '1', entities: { urls: Array(n).fill(link) } },
    });
    expect(linked(read(many).post).slice(0, 2)).toEqual([
      ['example.com/long', 'https://example.com/long'],
      ['example.com/long', 'https://example.com/long'],
    ]);
    // 2,000 distinct t.co links the text lacks, over a 32 KB text of other t.co links (each searched for on its
    // own: 64 million characters), as the post's own links and as links to its photos: one pass over the text.
    const absent = Array.from({ length: n }, (_, i) => ({ ...link, url: `https://t.co/x${i}`, media_key: `k${i}` }));
    const long = 'https://t.co/zz '.repeat(n);
    const lacking = linear({ data: { id: '10', text: long, author_id: '1', entities: { urls: absent.map(({ media_key, ...u }) => u) } } });
    const linkedPhotos = linear({
      data: { id: '10', text: long, author_id: '1', attachments: { media_keys: keys }, entities: { urls: absent } },
      includes: { users, media },
    });
    for (const json of [lacking, linkedPhotos]) expect(adapt(json)).toMatchObject({ text: long, links: [] });
    // The counts see a quadratic reader: the search of the text once per link that a hand-made payload's other URLs get.
    const handMade = Array.from({ length: 100 }, (_, i) => ({ ...link, url: `https://example.com/${i}` }));
    expect(work({ data: { id: '10', text: long, author_id: '1', entities: { urls: handMade } } }, fromV2).searched).toBeGreaterThanOrEqual(
      100 * long.length,
    );
    // A t.co link is only itself: https://t.co/a is not in https://t.co/ab (no "b.example" left behind).
    const a = { url: 'https://t.co/a', display_url: 'a.example', expanded_url: 'https://a.example/' };
    const ab = read({ data: { id: '10', text: 'https://t.co/ab then https://t.co/a', author_id: '1', entities: { urls: [a] } } });
    expect(ab.post.text).toBe('https://t.co/ab then a.example');
    expect(linked(ab.post)).toEqual([['a.example', 'https://a.example/']]);
    // An empty t.co link is in no text: it adds none.
    const empty = { data: { id: '10', text: 'Hi', author_id: '1', entities: { urls: [{ ...link, url: '' }] } }, includes: { users } };
    expect(read(empty).post).toMatchObject({ text: 'Hi' });
    expect(read(empty).post.links).toBeUndefined();
  });
});

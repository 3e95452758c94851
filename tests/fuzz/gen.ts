// A seeded generator of hostile post-like input, shared by the Node and browser fuzz tests: no
// dependencies, deterministic for a seed (mulberry32), so a failure replays from the printed seed.

export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, n: number) => Math.floor(r() * n);

const schemes = [
  'http',
  'https',
  'HTTPS',
  'mailto',
  'javascript',
  'JaVaScRiPt',
  'data',
  'vbscript',
  'file',
  'ftp',
  'blob',
  'tel',
  'about',
  'x',
];
const controls = ['\u0000', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u200b'];
const weird = [
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\u202E',
  '\u202A',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u200F',
  '😀',
  'e\u0301',
  '&amp;',
  '<b>',
  '"',
  "'",
  '\\',
  '%00',
  '%E0%A4%A',
];
const protoKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

export const hostileUrl = (r: Rng): string => {
  const host = pick(r, [
    'example.org',
    'x.com',
    'bsky.app',
    'mastodon.social',
    'evil.example',
    '127.0.0.1',
    '[::1]',
    'xn--e1afmkfd.xn--p1ai',
    'a',
    '',
  ]);
  const base = pick(r, [
    () => `${pick(r, schemes)}:${pick(r, ['//', '', '/', '\\\\', '///'])}${host}/${pick(r, ['', 'a', 'status/1', '@jack'])}`,
    () => `${pick(r, ['', ' ', '//', '\\\\', '/\\', '@', './', '?', '#'])}${host}/p`,
    () => `https://${pick(r, ['user@', 'user:pw@', 'bbc.co.uk@'])}${host}/`,
    () => `${host}/${pick(r, ['', 'jack', 'jack/status/20'])}`,
    () => 'https://' + host + '/' + 'a'.repeat(pick(r, [10, 2040, 2100])),
    () => pick(r, ['mailto:desk@example.org', 'x.com/jack/status/20', 'www.bbc.co.uk/news', '/rel', 'rel', '#top', '?q']),
  ])();
  // A control or odd character somewhere.
  if (r() < 0.3) {
    const at = int(r, base.length + 1);
    return base.slice(0, at) + pick(r, [...controls, ...weird]) + base.slice(at);
  }
  return base;
};

export const hostileDate = (r: Rng): unknown =>
  pick(r, [
    '2016-12-13',
    '2016-12-13T10:00',
    '2016-12-13T10:00:00Z',
    '2016-12-13 10:00:00',
    '2016-12-13T10:00:00+00',
    '2016-12-13T10:00:00.123456789+01:00',
    '2016-12-13 10:00:00 +0100 CET',
    '2016-12-13 10:00:00 UTC',
    'Tue, 13 Dec 2016 10:00:00 GMT',
    'Tue Dec 13 2016 11:00:00 GMT+0100 (Central European Standard Time)',
    'Wed Dec 13 10:00:00 +0000 2016',
    'Tue, 13 Dec 2016 10:00:00 +9999',
    'A GMT',
    'Z GMT+0100',
    '2024-02-30',
    '2024-02-29',
    '2023-02-29',
    '0000-01-01',
    '0001-13-01',
    '9999-12-31T23:59:59.999Z',
    '+002016-12-13',
    '275760-09-13',
    '2016-12-13T24:00',
    '2016-12-13T25:61:61Z',
    '2016-12-13T10:00:00-24:00',
    '2016-12-13T10:00:00+99:99',
    '2016-12-13T10:00+05',
    '1970-01-01T00:00:00.000000000Z',
    ' 2016-12-13 ',
    '2016-12-13\n',
    '١٩٧٠-٠١-٠١',
    'now',
    '',
    0,
    -1,
    1481623200000,
    NaN,
  ]);

const numberish = (r: Rng): unknown =>
  pick(r, [
    0,
    -0,
    1,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    1e15,
    1e15 + 1,
    1e16,
    1e308,
    2 ** 53,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    '0',
    '12',
    '1,000',
    '1.000',
    "37'000",
    '12,34,567',
    '٣٧٬٠٠٠',
    '۳۷٬۰۰۰',
    ' 42 ',
    '1e3',
    '0x10',
    '-5',
    '1,00',
    '999999999999999999999',
    '',
    '100000',
    '100001',
  ]);

/** Any string: short, huge, with lone surrogates, bidi controls, CRLF and whitespace. */
export function hostileString(r: Rng): string {
  const parts: string[] = [];
  const n = int(r, 6);
  for (let i = 0; i < n; i++)
    parts.push(
      pick(r, [
        () => pick(r, weird),
        () => pick(r, controls),
        () => pick(r, protoKeys),
        () => pick(r, ['hello', 'שלום', 'مرحبا', ' ', '\r\n', '  lead', 'tail  ', '#tag', '@jack', 'x.com/a', 'https://t.co/abc']),
        () => pick(r, ['a', '😀', '\u202E', '\uD83D', ' ', '\r\n']).repeat(pick(r, [199, 200, 201, 1999, 2001, 10_001, 50_001])),
        () => hostileUrl(r),
        () => String(hostileDate(r)),
      ])(),
    );
  return parts.join('');
}

/** Any JSON value, nested to `depth`. */
export function anyValue(r: Rng, depth = 3): unknown {
  const k = int(r, depth > 0 ? 10 : 7);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return numberish(r);
    case 3:
    case 4:
      return hostileString(r);
    case 5:
      return hostileUrl(r);
    case 6:
      return hostileDate(r);
    case 7:
    case 8:
      return Array.from({ length: pick(r, [0, 1, 2, 3, 11, 21]) }, () => anyValue(r, depth - 1));
    default:
      return anyObject(r, depth - 1);
  }
}

/** An object with random keys, some of them prototype names set as own properties (as JSON.parse makes them). */
function anyObject(r: Rng, depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (let i = int(r, 5); i > 0; i--) {
    const key = pick(r, [...protoKeys, 'text', 'url', 'a', 'start', 'end', 'type', 'src', 'name']);
    Object.defineProperty(o, key, { value: anyValue(r, depth), enumerable: true, writable: true, configurable: true });
  }
  return o;
}

/** Values meant for one field: mostly plausible, sometimes anything. */
export function fieldValue(r: Rng, field: string, depth: number): unknown {
  if (r() < 0.25) return anyValue(r, 2);
  switch (field) {
    case 'url':
    case 'avatar':
    case 'poster':
    case 'src':
      return hostileUrl(r);
    case 'createdAt':
    case 'editedAt':
    case 'at':
    case 'countedAt':
      return hostileDate(r);
    case 'platform':
      return pick(r, ['x', 'Twitter', ' X ', 'bluesky', 'mastodon', 'web', 'myspace', '__proto__', 'constructor']);
    case 'lang':
    case 'srclang':
      return pick(r, ['en', 'de-CH', 'ar', 'und', 'qme', 'zxx', 'English', 'en-', 'x-foo', 'de-1996-1996', 'i-klingon', 'zh-Hant-TW', '']);
    case 'dir':
      return pick(r, ['ltr', 'RTL', 'auto', 'up']);
    case 'status':
      return pick(r, ['available', 'Deleted', 'gone', 'protected']);
    case 'sensitive':
    case 'anonymize':
    case 'verified':
    case 'default':
      return pick(r, [true, false, 'true', 'False', 'yes', 'on', '', 1, 0, 2, null]);
    case 'text':
    case 'html':
    case 'name':
    case 'handle':
    case 'contentWarning':
    case 'note':
    case 'alt':
    case 'by':
    case 'label':
    case 'id':
      return hostileString(r);
    case 'links':
      return Array.from({ length: pick(r, [0, 1, 3, 501]) }, () => ({
        start: pick(r, [0, 1, 5, -1, 1e9, NaN, 2.5, '3', null, int(r, 40)]),
        end: pick(r, [0, 4, 6, 1e9, -0, Infinity, '9', int(r, 40)]),
        url: hostileUrl(r),
      }));
    case 'media':
      return Array.from({ length: pick(r, [0, 1, 2, 11]) }, () =>
        r() < 0.1 ? anyValue(r, 1) : pick(r, [{}, shaped(r, ['type', 'url', 'alt', 'width', 'height', 'poster'], depth)]),
      );
    case 'width':
    case 'height':
    case 'start':
    case 'duration':
      return pick(r, [numberish(r), 'PT1M5S', '1:05', 'PT', '99:99:99']);
    case 'type':
      return pick(r, ['image', 'video', 'gif', 'Video', 'audio', 'video/mp4']);
    case 'quoted':
      return depth > 0 ? hostilePost(r, depth - 1) : anyValue(r, 1);
    case 'author':
      return shaped(r, ['name', 'handle', 'url', 'avatar', 'verified'], depth);
    case 'metrics':
      return shaped(r, ['shares', 'likes', 'replies', 'quotes', 'views', 'countedAt'], depth);
    case 'shares':
    case 'likes':
    case 'replies':
    case 'quotes':
    case 'views':
      return numberish(r);
    case 'replyTo':
      return shaped(r, ['handle', 'url'], depth);
    case 'translation':
      return shaped(r, ['text', 'lang', 'by'], depth);
    case 'verification':
      return shaped(r, ['status', 'note', 'by', 'at'], depth);
    case 'platformNote':
      return shaped(r, ['text', 'source', 'url', 'lang'], depth);
    case 'archive':
      return shaped(r, ['url', 'at'], depth);
    case 'video':
      return shaped(r, ['src', 'type', 'provider', 'id', 'start', 'duration', 'poster', 'width', 'height', 'tracks'], depth);
    case 'provider':
      return pick(r, ['youtube', 'Vimeo', 'dailymotion']);
    case 'tracks':
      return Array.from({ length: pick(r, [0, 1, 21]) }, () => shaped(r, ['src', 'kind', 'srclang', 'label', 'default'], depth));
    case 'kind':
      return pick(r, ['subtitles', 'captions', 'Chapters', 'x']);
    default:
      return anyValue(r, 2);
  }
}

function shaped(r: Rng, fields: string[], depth: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of fields) if (r() < 0.6) o[f] = fieldValue(r, f, depth);
  if (r() < 0.1) Object.defineProperty(o, pick(r, protoKeys), { value: anyValue(r, 1), enumerable: true });
  return o;
}

export const postKeys = [
  'platform',
  'url',
  'id',
  'author',
  'text',
  'links',
  'html',
  'lang',
  'dir',
  'createdAt',
  'editedAt',
  'metrics',
  'media',
  'quoted',
  'replyTo',
  'translation',
  'verification',
  'contentWarning',
  'sensitive',
  'platformNote',
  'status',
  'archive',
  'anonymize',
  'video',
];

/** A post-like object: known fields with hostile values, quoted posts nested to `depth`. */
export function hostilePost(r: Rng, depth = 4): Record<string, unknown> {
  const o = shaped(
    r,
    postKeys.filter(() => r() < 0.5),
    depth,
  );
  for (const k of postKeys) if (!(k in o) && r() < 0.25) o[k] = fieldValue(r, k, depth);
  return o;
}

/** One input for parse(): a post, a list of layers, or anything. */
export function hostileInput(r: Rng): unknown {
  const k = r();
  if (k < 0.6) return hostilePost(r);
  if (k < 0.85) return Array.from({ length: int(r, 5) }, () => (r() < 0.8 ? hostilePost(r, 3) : anyValue(r, 2)));
  return anyValue(r, 4);
}

/** A copy of `json` with random fields deleted or replaced (each object or array touched with probability `p`). */
export function mutate(r: Rng, json: unknown, p = 0.15): unknown {
  if (Array.isArray(json)) {
    const out = json.map((x) => mutate(r, x, p));
    if (r() < p) out.splice(int(r, out.length + 1), r() < 0.5 ? 1 : 0, anyValue(r, 1));
    return out;
  }
  if (json && typeof json === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(json)) {
      const roll = r();
      if (roll < p / 2) continue; // deleted
      out[k] = roll < p ? pick(r, [null, anyValue(r, 1), [], {}, '', 0, true, 'x']) : mutate(r, v, p);
    }
    return out;
  }
  return json;
}

/**
 * An X API v2 response as an archive (twarc, tweepy's Client) stores it, broken or hostile: `data` (a tweet or a
 * list, sometimes empty or null) and `includes` whose users, media, polls and tweets share a small pool of ids, so
 * that references hit, miss and cycle (a tweet quoting or retweeting itself); t.co links in the text or not, to
 * media or the quoted tweet; display_text_range and note_tweet of any kind; ids as numbers or prototype names; now
 * and then a list thousands long. Sometimes in twarc's flattened form, sometimes mutated further.
 */
export function hostileV2(r: Rng): unknown {
  const ids = ['1', '2', '3', 1, '__proto__', 'constructor', ''];
  const keys = ['3_1', '3_2', '7_3', 'toString', 'constructor'];
  const some = <T>(make: () => T): T[] => Array.from({ length: pick(r, [0, 1, 1, 2, 3, 4]) }, make);
  const maybe = <T>(make: () => T): T | unknown => (r() < 0.15 ? anyValue(r, 1) : make());
  const tco = () => pick(r, ['https://t.co/a', 'https://t.co/b', 'https://t.co/a', '', 'http://t.co/c']);
  const url = () =>
    maybe(() => ({
      url: tco(),
      display_url: pick(r, ['pic.x.com/a', 'example.org/a…', '', hostileString(r)]),
      expanded_url: pick(r, ['https://x.com/b/status/2', 'https://x.com/a/status/1/photo/1', 'https://example.org/a', hostileUrl(r)]),
      ...(r() < 0.4 && { media_key: pick(r, keys) }),
    }));
  const text = () =>
    Array.from({ length: int(r, 6) }, () =>
      pick(r, [() => tco(), () => pick(r, ['@b ', '@a\n', 'hi ', '&amp; ', '😀']), () => hostileString(r)])(),
    ).join(' ');
  const user = () =>
    maybe(() => ({
      id: pick(r, ids),
      name: fieldValue(r, 'name', 0),
      username: pick(r, ['a', 'b', hostileString(r)]),
      profile_image_url: hostileUrl(r),
      verified: r() < 0.5,
    }));
  const media = () =>
    maybe(() => ({
      media_key: pick(r, keys),
      type: pick(r, ['photo', 'video', 'animated_gif', 'x']),
      url: r() < 0.5 ? hostileUrl(r) : undefined,
      preview_image_url: hostileUrl(r),
      alt_text: hostileString(r),
      width: numberish(r),
      height: numberish(r),
      duration_ms: numberish(r),
      variants: some(() => ({ content_type: pick(r, ['video/mp4', 'application/x-mpegURL']), url: hostileUrl(r), bit_rate: numberish(r) })),
    }));
  const tweet = (): unknown =>
    maybe(() => ({
      id: pick(r, ids),
      text: r() < 0.9 ? text() : anyValue(r, 1),
      author_id: pick(r, ids),
      ...(r() < 0.3 && {
        display_text_range: pick(r, [
          [0, 5],
          [3, 1],
          [0, 0],
          [100, 200],
          [-1, 2],
          ['0', 4],
          [int(r, 9), int(r, 30)],
        ]),
      }),
      ...(r() < 0.2 && { note_tweet: { text: r() < 0.7 ? text() : anyValue(r, 1), entities: { urls: some(url) } } }),
      ...(r() < 0.3 && { in_reply_to_user_id: pick(r, ids) }),
      ...(r() < 0.4 && { referenced_tweets: some(() => ({ type: pick(r, ['quoted', 'retweeted', 'replied_to']), id: pick(r, ids) })) }),
      ...(r() < 0.4 && { attachments: { media_keys: some(() => pick(r, [...keys, 5, null])), poll_ids: [pick(r, ids)] } }),
      entities: { urls: some(url), mentions: some(() => ({ username: pick(r, ['a', 'b']), ...(r() < 0.5 && { id: pick(r, ids) }) })) },
      public_metrics: shaped(r, ['retweet_count', 'like_count', 'reply_count', 'quote_count', 'impression_count'], 0),
      lang: fieldValue(r, 'lang', 0),
      created_at: hostileDate(r),
      possibly_sensitive: r() < 0.3,
    }));
  const includes = {
    users: some(user),
    media: some(media),
    tweets: some(tweet),
    polls: some(() => ({ id: pick(r, ids), options: some(() => ({ label: hostileString(r), votes: numberish(r) })) })),
  };
  const data = pick(r, [tweet, tweet, tweet, () => some(tweet), () => null, () => []])();
  // Now and then (1 in 25) lists thousands long: media and their keys, users, a chain of quotes, one t.co link repeated.
  if (r() < 0.04 && data && typeof data === 'object' && !Array.isArray(data)) {
    const n = 3000;
    const t = data as Record<string, unknown>;
    const big = int(r, 4);
    if (big === 0) {
      includes.media = Array.from({ length: n }, (_, i) => ({ media_key: `k${i}`, type: 'photo', url: `https://pbs.twimg.com/${i}.jpg` }));
      t.attachments = { media_keys: includes.media.map((m) => (m as { media_key: string }).media_key).reverse() };
    } else if (big === 1) includes.users = Array.from({ length: n }, (_, i) => ({ id: String(i), username: `u${i}` }));
    else if (big === 2)
      includes.tweets = Array.from({ length: n }, (_, i) => ({
        id: String(i),
        text: `t${i}`,
        author_id: '1',
        referenced_tweets: [{ type: pick(r, ['quoted', 'retweeted']), id: String((i + 1) % n) }],
      }));
    else {
      t.text = 'https://t.co/a & '.repeat(n);
      t.entities = { urls: Array(n).fill({ url: 'https://t.co/a', display_url: 'example.org/a', expanded_url: 'https://example.org/a' }) };
    }
  }
  let json: Record<string, unknown> = { data, includes: r() < 0.9 ? includes : anyValue(r, 1) };
  // twarc's flattened form: the tweet alone, its author and referenced tweets inlined.
  if (r() < 0.15 && data && typeof data === 'object' && !Array.isArray(data))
    json = { ...data, author: pick(r, includes.users) ?? user(), referenced_tweets: [{ type: 'quoted', id: '2', ...(tweet() as object) }] };
  return r() < 0.2 ? mutate(r, json, pick(r, [0.02, 0.1])) : json;
}

// parse(): pure validation and merging, in Node. Cases are data: input → expected post / problem codes.
import { describe, expect, test } from 'vitest';
import { parse, LIMITS } from '../../src/model/index.js';

const cases: { title: string; input: unknown; post?: Record<string, unknown>; codes?: string[] }[] = [
  { title: 'empty object', input: {}, post: {}, codes: [] },
  { title: 'not an object', input: 'hello', post: {}, codes: ['invalid-type'] },
  { title: 'null layer is skipped', input: [null, undefined, { text: 'a' }], post: { text: 'a' } },
  { title: 'text is trimmed', input: { text: '  hi \r\n there ' }, post: { text: 'hi \n there' } },
  { title: 'number where text expected becomes text', input: { text: 42 }, post: { text: '42' } },
  { title: 'object where text expected is dropped', input: { text: { a: 1 } }, post: {}, codes: ['invalid-type'] },
  {
    title: 'platform inferred from x.com',
    input: { url: 'https://x.com/a/status/1' },
    post: { platform: 'x', url: 'https://x.com/a/status/1' },
  },
  { title: 'platform inferred from twitter.com', input: { url: 'https://twitter.com/a/status/1' }, post: { platform: 'x' } },
  { title: 'unknown site is web', input: { url: 'https://example.org/p/1' }, post: { platform: 'web' } },
  {
    title: 'a URL pasted without its scheme is https, not a path on the page\'s site (which linked to a 404 labelled "Web")',
    input: {
      url: 'twitter.com/jack/status/20',
      author: { url: 'www.x.com/jack', avatar: 'pbs.twimg.com/profile_images/1/a b.jpg' },
      archive: { url: 'web.archive.org/web/2016/https://twitter.com/jack/status/20' },
    },
    post: {
      url: 'https://twitter.com/jack/status/20',
      platform: 'x',
      author: { url: 'https://www.x.com/jack', avatar: 'https://pbs.twimg.com/profile_images/1/a%20b.jpg' },
      archive: { url: 'https://web.archive.org/web/2016/https://twitter.com/jack/status/20' },
    },
    codes: [],
  },
  {
    title: 'a handle given for the profile URL ("@jack" in author-href, which linked to /@jack on the page\'s site) is refused',
    input: { author: { name: 'Jack', url: '@jack' }, replyTo: { url: ' @bob' } },
    post: { author: { name: 'Jack' } },
    codes: ['invalid-url', 'invalid-url'],
  },
  {
    title: 'paths stay relative to the page, and a user name before a host stays no host',
    input: { url: 'posts/1.html', author: { url: '/authors/jack', avatar: 'a.jpg' }, archive: { url: 'bbc.co.uk@evil.example/' } },
    post: {
      url: 'posts/1.html',
      platform: 'web',
      author: { url: '/authors/jack', avatar: 'a.jpg' },
      archive: { url: 'bbc.co.uk@evil.example/' },
    },
    codes: [],
  },
  { title: 'bad platform dropped', input: { platform: 'myspace' }, post: {}, codes: ['invalid-value'] },
  {
    title: 'platform "twitter" (X under its old name, as older CMS data stores it) is x, whatever the URL',
    input: [{ platform: 'twitter' }, { platform: ' Twitter ', url: 'https://web.archive.org/web/2016/https://twitter.com/a/status/1' }],
    post: { platform: 'x' },
    codes: [],
  },
  {
    title:
      "a platform its post link contradicts (x for a TikTok link) gives way to the link's (a quoted post's too), reported for the post",
    input: [
      { platform: 'x' },
      { url: 'https://www.tiktok.com/@user/video/1', quoted: { platform: 'bluesky', url: 'https://x.com/a/status/1' } },
    ],
    post: { platform: 'tiktok', quoted: { platform: 'x' } },
    codes: ['platform-mismatch'],
  },
  {
    title: 'a platform its link agrees with, or a link on no known platform, keeps the platform without a problem',
    input: [
      { platform: 'bluesky', url: 'https://bsky.app/profile/a.bsky.social/post/3k' },
      { quoted: { platform: 'x', url: 'https://web.archive.org/web/2016/https://twitter.com/a/status/1' } },
    ],
    post: { platform: 'bluesky', quoted: { platform: 'x' } },
    codes: [],
  },
  { title: 'only that old name: "twitterx" is no platform', input: { platform: 'twitterx' }, post: {}, codes: ['invalid-value'] },
  { title: 'enum is case-insensitive', input: { status: 'Deleted' }, post: { status: 'deleted' } },
  { title: 'javascript: URL dropped', input: { url: 'javascript:alert(1)' }, post: {}, codes: ['invalid-url'] },
  { title: 'JaVaScRiPt: with tab dropped', input: { url: 'java\tscript:alert(1)' }, post: {}, codes: ['invalid-url'] },
  { title: 'protocol-relative dropped', input: { url: '//evil.example/x' }, post: {}, codes: ['invalid-url'] },
  { title: 'backslash host dropped', input: { url: '\\\\evil.example' }, post: {}, codes: ['invalid-url'] },
  {
    title: 'a user name or password before the host dropped (it reads as the host: x.com@evil.example)',
    input: {
      url: 'https://x.com@evil.example/a/status/1',
      author: { url: 'HTTPS:bbc.co.uk@evil.example', avatar: 'https://u:p@cdn.example/a.png' },
    },
    post: {},
    codes: ['invalid-url', 'invalid-url', 'invalid-url'],
  },
  {
    title: "an @ in a post URL's path or query is no user name",
    input: { url: 'https://mastodon.social/@a/1?u=@b#@c' },
    post: { url: 'https://mastodon.social/@a/1?u=@b#@c' },
  },
  {
    title: 'data: avatar dropped',
    input: { author: { avatar: 'data:image/svg+xml,<svg onload=alert(1)>' } },
    post: {},
    codes: ['invalid-url'],
  },
  { title: 'relative avatar kept', input: { author: { avatar: 'img/a.jpg' } }, post: { author: { avatar: 'img/a.jpg' } } },
  {
    title: 'mailto link allowed for links only',
    input: { url: 'mailto:a@b.c', author: { avatar: 'mailto:a@b.c' } },
    post: { url: 'mailto:a@b.c' },
    codes: ['invalid-url'],
  },
  {
    title: 'ISO date-time becomes UTC',
    input: { createdAt: '2016-12-13T11:00:00+01:00' },
    post: { createdAt: '2016-12-13T10:00:00.000Z' },
  },
  { title: 'date alone stays a date', input: { createdAt: '2016-12-13' }, post: { createdAt: '2016-12-13' } },
  {
    title: 'a space for the T (as SQL and many CMSs print it, and HTML allows) read as the T',
    input: { createdAt: '2016-12-13 11:00:00+01:00', editedAt: '2016-12-13 10:00', metrics: { countedAt: '2016-12-14 08:30:00.5Z' } },
    post: {
      createdAt: '2016-12-13T10:00:00.000Z',
      editedAt: '2016-12-13T10:00:00.000Z',
      metrics: { countedAt: '2016-12-14T08:30:00.500Z' },
    },
  },
  {
    title: 'an hour-only zone (PostgreSQL prints +00), microseconds, a zone without a colon, as CMS databases print them',
    input: {
      createdAt: '2016-12-13 10:00:00+00',
      editedAt: '2016-12-13T05:00:00.123456-05',
      metrics: { countedAt: '2016-12-14T09:30:00+0100' },
      archive: { at: '2016-12-15 10:00+02' },
    },
    post: {
      createdAt: '2016-12-13T10:00:00.000Z',
      editedAt: '2016-12-13T10:00:00.123Z',
      metrics: { countedAt: '2016-12-14T08:30:00.000Z' },
      archive: { at: '2016-12-15T08:00:00.000Z' },
    },
    codes: [],
  },
  {
    title: 'a date alone that ends like an hour-only zone stays a date',
    input: { createdAt: '2016-12-13' },
    post: { createdAt: '2016-12-13' },
    codes: [],
  },
  {
    title:
      "date-times as Ruby, Jekyll, Rails, Go and Hugo print them (a space before the zone, UTC for Z, Go's zone name after the offset)",
    input: {
      createdAt: '2016-12-13 11:00:00 +0100',
      editedAt: '2016-12-13 10:00:00 UTC',
      metrics: { countedAt: '2016-12-14 08:30:00.123456789 +0000 UTC' },
      archive: { at: '2016-12-15 10:00:00 +0100 CET' },
      verification: { at: '2016-12-15 12:00:00 +0300 +03' },
    },
    post: {
      createdAt: '2016-12-13T10:00:00.000Z',
      editedAt: '2016-12-13T10:00:00.000Z',
      metrics: { countedAt: '2016-12-14T08:30:00.123Z' },
      archive: { at: '2016-12-15T09:00:00.000Z' },
      verification: { at: '2016-12-15T09:00:00.000Z' },
    },
    codes: [],
  },
  {
    title: "RFC 2822 (RSS pubDate, PHP's DATE_RFC2822) and JavaScript's Date#toString (Eleventy) read with their offset",
    input: {
      createdAt: 'Tue, 13 Dec 2016 10:00:00 +0000',
      editedAt: 'Tue Dec 13 2016 11:00:00 GMT+0100 (Central European Standard Time)',
      metrics: { countedAt: 'Wed, 14 Dec 2016 08:30:00 GMT' },
      archive: { at: 'Thu, 15 Dec 2016 05:00 -0500' },
      verification: { at: 'Thu Dec 15 2016 12:00:00 GMT+0300' },
    },
    post: {
      createdAt: '2016-12-13T10:00:00.000Z',
      editedAt: '2016-12-13T10:00:00.000Z',
      metrics: { countedAt: '2016-12-14T08:30:00.000Z' },
      archive: { at: '2016-12-15T10:00:00.000Z' },
      verification: { at: '2016-12-15T09:00:00.000Z' },
    },
    codes: [],
  },
  {
    title: 'RFC 2822 without an offset, or with a zone name alone (EST, CET), or a day that does not exist, refused: no zone guessed',
    input: {
      createdAt: 'Tue, 13 Dec 2016 10:00:00',
      editedAt: 'Tue, 13 Dec 2016 10:00:00 EST',
      metrics: { countedAt: 'Tue Dec 13 2016 11:00:00 CET' },
      archive: { at: 'Tue, 32 Dec 2016 10:00:00 +0000' },
      verification: { at: 'Tue, 13 Dec 2016 25:00:00 GMT' },
    },
    post: {},
    codes: ['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date'],
  },
  {
    title: 'RFC 2822 without its day of the week (optional in RFC 2822) read with its offset',
    input: {
      createdAt: '13 Dec 2016 10:00:00 +0000',
      editedAt: '3 Dec 2016 10:00 -0500',
      metrics: { countedAt: '14 Dec 2016 08:30:00 GMT' },
    },
    post: {
      createdAt: '2016-12-13T10:00:00.000Z',
      editedAt: '2016-12-03T15:00:00.000Z',
      metrics: { countedAt: '2016-12-14T08:30:00.000Z' },
    },
    codes: [],
  },
  {
    title: 'RFC 2822 and Date#toString with a day its month does not have refused, not rolled over into the next month',
    input: {
      createdAt: 'Tue, 31 Feb 2016 10:00:00 +0000',
      editedAt: '30 Feb 2016 10:00:00 GMT',
      metrics: { countedAt: 'Sat, 31 Apr 2016 10:00:00 +0200' },
      archive: { at: 'Tue Feb 30 2016 11:00:00 GMT+0100 (Central European Standard Time)' },
      verification: { at: 'Fri, 29 Feb 2019 10:00:00 GMT' },
    },
    post: {},
    codes: ['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date'],
  },
  {
    title: 'RFC 2822 and Date#toString: a day near midnight, whose instant falls on another UTC day, kept',
    input: {
      createdAt: 'Mon, 29 Feb 2016 23:30:00 -0500',
      editedAt: 'Thu Dec 01 2016 00:30:00 GMT+0100 (Central European Standard Time)',
    },
    post: { createdAt: '2016-03-01T04:30:00.000Z', editedAt: '2016-11-30T23:30:00.000Z' },
    codes: [],
  },
  {
    title: 'RFC 2822 and Date#toString with a day of the week the date does not fall on read as the date says (the weekday is not checked)',
    input: {
      createdAt: 'Mon, 13 Dec 2016 10:00:00 +0000', // 13 December 2016 was a Tuesday
      editedAt: 'Sun Dec 13 2016 11:00:00 GMT+0100 (Central European Standard Time)',
    },
    post: { createdAt: '2016-12-13T10:00:00.000Z', editedAt: '2016-12-13T10:00:00.000Z' },
    codes: [],
  },
  {
    title: 'a zone name alone (CET, EST: ambiguous), an offset after a date alone, or two spaces before the zone refused',
    input: {
      createdAt: '2016-12-13 10:00:00 CET',
      editedAt: '2016-12-13 10:00:00 EST',
      metrics: { countedAt: '2016-12-13 +0100' },
      archive: { at: '2016-12-13 10:00:00  +0100' },
      verification: { at: '2016-12-13 10:00:00 +0100 +0100 CET' },
    },
    post: {},
    codes: ['invalid-date', 'invalid-date', 'invalid-date', 'invalid-date', 'invalid-date'],
  },
  { title: 'an hour-only zone after a date alone refused', input: { createdAt: '2016-12-13+02' }, post: {}, codes: ['invalid-date'] },
  { title: 'two spaces for the T refused', input: { createdAt: '2016-12-13  10:00' }, post: {}, codes: ['invalid-date'] },
  { title: 'US date refused', input: { createdAt: 'December 13, 2016' }, post: {}, codes: ['invalid-date'] },
  { title: 'impossible date refused', input: { createdAt: '2016-13-45' }, post: {}, codes: ['invalid-date'] },
  { title: 'month 13 refused (V8 parses it)', input: { createdAt: '0001-13-01' }, post: {}, codes: ['invalid-date'] },
  { title: 'day 30 of February refused', input: { createdAt: '2024-02-30T10:00:00Z' }, post: {}, codes: ['invalid-date'] },
  {
    // A script's `post` (React, Vue) may hold Date objects, not strings.
    title: 'a Date object is its instant; an invalid Date is refused',
    input: { createdAt: new Date('2016-12-13T11:00:00+01:00'), editedAt: new Date(NaN) },
    post: { createdAt: '2016-12-13T10:00:00.000Z' },
    codes: ['invalid-date'],
  },
  {
    // toJSON() writes those years "+010000-…" and "-000001-…", which parse() would refuse the next time: the post must parse again to itself.
    title: 'a zone that carries the date out of the years 0000-9999 refused, the years at their edges kept',
    input: {
      createdAt: '9999-12-31T23:59:59-23:59',
      editedAt: '0000-01-01T00:00:00+00:01',
      metrics: { countedAt: '9999-12-31T23:59:59Z' },
      archive: { at: '0000-01-01T00:00:00Z' },
    },
    post: { metrics: { countedAt: '9999-12-31T23:59:59.000Z' }, archive: { at: '0000-01-01T00:00:00.000Z' } },
    codes: ['invalid-date', 'invalid-date'],
  },
  { title: 'day 0 refused', input: { createdAt: '2024-03-00' }, post: {}, codes: ['invalid-date'] },
  { title: '29 February of a leap year kept', input: { createdAt: '2024-02-29' }, post: { createdAt: '2024-02-29' } },
  {
    title: 'counts from strings with separators',
    input: { metrics: { shares: '37.000', likes: '1,234', views: 5 } },
    post: { metrics: { shares: 37000, likes: 1234, views: 5 } },
  },
  {
    title: "counts grouped as Swiss newsrooms print them (37'000, 1’234’567) and with French spaces",
    input: { metrics: { shares: "37'000", likes: '1\u2019234\u2019567', replies: '37\u202f000', quotes: '2\u00a0000' } },
    post: { metrics: { shares: 37000, likes: 1234567, replies: 37000, quotes: 2000 } },
    codes: [],
  },
  {
    title: 'counts as Intl prints them in India (1,00,000, 12,34,567 for en-IN and hi-IN)',
    input: { metrics: { shares: '1,00,000', likes: '12,34,567', views: '1,00,00,000' } },
    post: { metrics: { shares: 100000, likes: 1234567, views: 10000000 } },
    codes: [],
  },
  {
    title: 'Indian counts grouped inconsistently are refused',
    input: { metrics: { shares: '12,34,56', likes: '1,00.000', views: '1,2,345' } },
    post: {},
    codes: ['invalid-number', 'invalid-number', 'invalid-number'],
  },
  {
    title: 'counts in Arabic and Persian digits as Intl prints them for ar-EG, ar-SA and fa (٣٧٬٠٠٠, ۱٬۲۳۴٬۵۶۷)',
    input: { metrics: { shares: '\u0663\u0667\u066c\u0660\u0660\u0660', likes: '۱٬۲۳۴٬۵۶۷', views: '\u0661\u0660\u0660\u0660' } },
    post: { metrics: { shares: 37000, likes: 1234567, views: 1000 } },
    codes: [],
  },
  {
    title: 'an Arabic count as the platform shows it (٣٧K) or with a decimal separator (١٢٫٥) is refused',
    input: { metrics: { shares: '\u0663\u0667K', likes: '\u0661\u0662\u066b\u0665', views: '\u066c\u0661\u0660\u0660' } },
    post: {},
    codes: ['invalid-number', 'invalid-number', 'invalid-number'],
  },
  {
    title: 'a count copied from the platform (37K, 1,2 Mio.) is refused, never guessed',
    input: { metrics: { shares: '37K', likes: '1,2 Mio.', views: "1'2" } },
    post: {},
    codes: ['invalid-number', 'invalid-number', 'invalid-number'],
  },
  {
    title: 'negative and fractional counts dropped',
    input: { metrics: { shares: -1, likes: 1.5 } },
    post: {},
    codes: ['invalid-number', 'invalid-number'],
  },
  { title: 'count beyond limit dropped', input: { metrics: { views: 1e16 } }, post: {}, codes: ['invalid-number'] },
  { title: '"lots" is not a count', input: { metrics: { shares: 'lots' } }, post: {}, codes: ['invalid-number'] },
  { title: 'bad lang dropped', input: { lang: 'not a lang!' }, post: {}, codes: ['invalid-value'] },
  { title: 'lang canonicalized', input: { lang: 'EN-us' }, post: { lang: 'en-US' } },
  { title: 'media without url dropped', input: { media: [{ type: 'image' }] }, post: {} },
  {
    title: 'media type defaults to image',
    input: { media: [{ url: 'a.jpg', width: '800', height: 600 }] },
    post: { media: [{ type: 'image', url: 'a.jpg', width: 800, height: 600 }] },
  },
  { title: 'media capped', input: { media: Array.from({ length: 12 }, (_, i) => ({ url: `${i}.jpg` })) }, codes: ['too-many'] },
  { title: 'video duration ISO', input: { video: { duration: 'PT39S', start: '1:05' } }, post: { video: { duration: 39, start: 65 } } },
  { title: 'video duration nonsense', input: { video: { duration: 'forever' } }, post: {}, codes: ['invalid-number'] },
  { title: 'unknown fields ignored', input: { text: 'a', colour: 'red', __proto__x: 1 }, post: { text: 'a' }, codes: [] },
  {
    title: 'anonymize strips handle, avatar, profile, counts',
    input: {
      anonymize: true,
      author: { name: 'Pseudonym', handle: 'real', avatar: 'a.jpg', url: 'https://x.com/real' },
      metrics: { shares: 1 },
    },
    post: { anonymize: true, author: { name: 'Pseudonym' } },
  },
  {
    title: 'anonymize as Python, Jinja and PHP print it ("True", "TRUE", 1) anonymizes',
    input: [{ author: { name: 'P', handle: 'real' }, metrics: { likes: 1 } }, { anonymize: 'True' }],
    post: { anonymize: true, author: { name: 'P' } },
    codes: [],
  },
  { title: 'anonymize "TRUE" anonymizes', input: { anonymize: 'TRUE', author: { handle: 'real' } }, post: { anonymize: true }, codes: [] },
  { title: 'anonymize 1 anonymizes', input: { anonymize: 1, author: { handle: 'real' } }, post: { anonymize: true }, codes: [] },
  {
    title: 'anonymize "False", " false ", 0 and "0" do not',
    input: [{ anonymize: 'False' }, { anonymize: ' false ' }, { anonymize: 0 }, { anonymize: '0', author: { handle: 'h' } }],
    post: { anonymize: false, author: { handle: 'h' } },
    codes: [],
  },
  {
    title: 'an anonymize that is not a boolean anonymizes (fails closed) and is reported',
    input: { anonymize: 'yes', author: { name: 'P', handle: 'real' } },
    post: { anonymize: true, author: { name: 'P' } },
    codes: ['invalid-type'],
  },
  {
    title:
      'a sensitive flag that is not a boolean ("yes", "on", as PHP meta values print it) keeps the warning (fails closed) and is reported',
    input: [{ sensitive: 'yes' }, { quoted: { sensitive: 'on', text: 'q' } }],
    post: { sensitive: true, quoted: { sensitive: true, text: 'q' } },
    codes: ['invalid-type', 'invalid-type'],
  },
  {
    title: 'sensitive "False" and "0" show no warning',
    input: [{ sensitive: 'False' }, { quoted: { sensitive: '0' } }],
    post: { sensitive: false, quoted: { sensitive: false } },
    codes: [],
  },
  { title: 'verified "False" shows no badge', input: { author: { verified: 'False' } }, post: { author: { verified: false } }, codes: [] },
  { title: 'verified "maybe" dropped', input: { author: { verified: 'maybe' } }, post: {}, codes: ['invalid-type'] },
  {
    title: 'link ranges move with the text when CRLF become LF and leading whitespace is trimmed',
    input: {
      text: '\r\n  Hi\r\nsee https://a.example now',
      links: [{ start: 12, end: 29, url: 'https://a.example/' }],
    },
    post: { text: 'Hi\nsee https://a.example now', links: [{ start: 7, end: 24, url: 'https://a.example/' }] },
  },
  {
    title: 'link ranges written as strings of digits (as PHP prints numbers) move with the text as numbers do',
    input: {
      text: '\r\n  Hi\r\nsee https://a.example now',
      links: [{ start: '12', end: ' 29 ', url: 'https://a.example/' }],
    },
    post: { text: 'Hi\nsee https://a.example now', links: [{ start: 7, end: 24, url: 'https://a.example/' }] },
    codes: [],
  },
  {
    title: 'link ranges beyond text dropped',
    input: { text: 'abc', links: [{ start: 0, end: 9, url: 'https://a.b/' }] },
    post: { text: 'abc' },
  },
];

describe('parse()', () => {
  for (const c of cases)
    test(c.title, () => {
      const { post, problems } = parse(c.input);
      if (c.post) expect(post).toMatchObject(c.post);
      if (c.post && Object.keys(c.post).length === 0) expect(post).toEqual({});
      if (c.codes) expect(problems.map((p) => p.code)).toEqual(c.codes);
    });

  test('layers: later layers win field by field; objects merge one level', () => {
    const { post } = parse([
      { text: 'markup', author: { name: 'M', handle: 'm' }, metrics: { shares: 1 } },
      { author: { name: 'Attr' }, metrics: { likes: 2 } },
      { text: 'json' },
      undefined,
    ]);
    expect(post).toMatchObject({ text: 'json', author: { name: 'Attr', handle: 'm' }, metrics: { shares: 1, likes: 2 } });
  });

  test("layers: a layer's text replaces the lower layers' text, HTML and link ranges as one; its language stays", () => {
    const markup = { text: 'see here now', links: [{ start: 4, end: 8, url: 'https://example.org/' }], lang: 'ar', dir: 'rtl' };
    // Ranges of the markup's text would land on other words of the JSON's.
    expect(parse([markup, { text: 'Completely different text' }]).post).toEqual({
      text: 'Completely different text',
      lang: 'ar',
      dir: 'rtl',
    });
    // The property's text outranks the JSON's HTML (and the other way round).
    expect(parse([{ html: '<p>from JSON</p>' }, { text: 'from property' }]).post).toEqual({ text: 'from property' });
    expect(parse([{ text: 'from JSON' }, { html: '<p>from property</p>' }]).post).toEqual({ html: '<p>from property</p>' });
    // A layer without text (attributes) keeps the text below it, ranges and all; so does one whose text was refused.
    expect(parse([markup, { author: { name: 'A' } }]).post.links).toHaveLength(1);
    expect(parse([markup, { text: {} }]).post.links).toHaveLength(1);
  });

  test('a language as a POSIX locale writes it (en_US, pt_BR: WordPress, og:locale, Jekyll) is its BCP 47 tag', () => {
    expect(parse({ lang: 'de_DE', translation: { text: 'y', lang: ' pt_BR ' } })).toEqual({
      post: { lang: 'de-DE', translation: { text: 'y', lang: 'pt-BR' } },
      problems: [],
    });
  });

  test('a language\'s name for its tag ("German", "english", as a CMS language field holds it) is refused, not shown as "Original (german)"', () => {
    const { post, problems } = parse({ text: 'x', lang: 'German', translation: { text: 'y', lang: ' english ' } });
    expect(post).toEqual({ text: 'x', translation: { text: 'y' } });
    expect(problems.map((p) => p.code)).toEqual(['invalid-value', 'invalid-value']);
    // Tags of two and three letters, with any subtags, stay.
    expect(['de', 'fil', 'zh-Hant-TW', 'sr-Latn', 'en-GB-oxendict'].map((tag) => parse({ lang: tag }).post.lang)).toEqual([
      'de',
      'fil',
      'zh-Hant-TW',
      'sr-Latn',
      'en-GB-oxendict',
    ]);
  });

  test("a language tag that names no language (und, zxx, X's qme / qht / qst) is dropped without a problem", () => {
    for (const tag of ['und', 'zxx', 'qme', 'QHT', ' qst ', 'qaa', 'qtz'])
      expect(parse({ text: 'x', lang: tag, translation: { text: 'y', lang: tag } }), tag).toEqual({
        post: { text: 'x', translation: { text: 'y' } },
        problems: [],
      });
    // Near misses are languages (quz, Cusco Quechua, canonicalized by Intl).
    expect(['qua', 'quz', 'zxy', 'und-x-a'].map((tag) => parse({ lang: tag }).post.lang)).toEqual(['qua', 'qu', 'zxy', 'und-x-a']);
  });

  test('never throws, even on input that throws when read (a getter, a revoked Proxy)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = [
      {
        get text() {
          throw new Error('boom');
        },
      },
      {
        author: {
          get name() {
            throw new Error('boom');
          },
        },
      },
      proxy,
      [{ text: 'a' }, proxy],
    ];
    for (const input of hostile)
      expect(parse(input)).toEqual({ post: {}, problems: [{ code: 'invalid-type', message: 'the input could not be read' }] });
  });

  test('a bad value in a higher layer leaves the lower layer in place', () => {
    const { post, problems } = parse([{ createdAt: '2016-12-13' }, { createdAt: 'yesterday' }]);
    expect(post.createdAt).toBe('2016-12-13');
    expect(problems).toHaveLength(1);
  });

  test('each problem names its field, and its message starts with that field (in the order the input gives them)', () => {
    const { problems } = parse({ metrics: { likes: -1 }, media: [{ url: 'a.jpg', width: 0 }], author: { name: {} } });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['invalid-number', 'metrics.likes'],
      ['invalid-number', 'media[0].width'],
      ['invalid-type', 'author.name'],
    ]);
    for (const p of problems) expect(p.message.startsWith(`${p.field}: `), p.message).toBe(true);
  });

  test('text over the limit is cut with an honest ellipsis', () => {
    const { post, problems } = parse({ text: 'x'.repeat(100_000) });
    expect(post.text).toHaveLength(LIMITS.text);
    expect(post.text!.endsWith('…')).toBe(true);
    expect(problems[0].code).toBe('too-long');
  });

  test('quoted posts nest to a limited depth', () => {
    let deep: Record<string, unknown> = { text: 'bottom' };
    for (let i = 0; i < 10; i++) deep = { text: `level ${i}`, quoted: deep };
    const { post, problems } = parse(deep);
    expect(post.quoted?.quoted?.text).toBeDefined();
    expect(post.quoted?.quoted?.quoted).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain('too-deep');
  });

  test('__proto__ in JSON pollutes nothing', () => {
    const { post } = parse(JSON.parse('{"__proto__": {"polluted": true}, "author": {"__proto__": {"polluted": true}, "name": "a"}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([Object.prototype, null]).toContain(Object.getPrototypeOf(post)); // null: parse() output has no prototype to pollute
    expect((post.author as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a date-time without a zone is UTC, whatever the zone of the machine that parses it', () => {
    const machine = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
        process.env.TZ = zone; // Node reads TZ again when it is set, for Dates made after
        // Detector self-test: the zone did change (a pass under a zone that never applied proves nothing).
        expect(new Date(2016, 11, 13).getTimezoneOffset(), zone).toBe({ UTC: 0, 'America/New_York': 300, 'Asia/Kolkata': -330 }[zone]);
        expect(parse({ createdAt: '2016-12-13T10:00:00' }).post.createdAt, zone).toBe('2016-12-13T10:00:00.000Z');
        expect(parse({ createdAt: '2016-12-13T10:00' }).post.createdAt, zone).toBe('2016-12-13T10:00:00.000Z');
        expect(parse({ createdAt: '2016-12-13T10:00:00.5' }).post.createdAt, zone).toBe('2016-12-13T10:00:00.500Z');
        // A zone given is kept, a date alone stays a date.
        expect(parse({ createdAt: '2016-12-13T10:00:00-05:00' }).post.createdAt, zone).toBe('2016-12-13T15:00:00.000Z');
        expect(parse({ createdAt: '2016-12-13T10:00:00+0530' }).post.createdAt, zone).toBe('2016-12-13T04:30:00.000Z');
        expect(parse({ createdAt: '2016-12-13' }).post.createdAt, zone).toBe('2016-12-13');
      }
    } finally {
      if (machine === undefined) delete process.env.TZ;
      else process.env.TZ = machine;
    }
  });

  test("a refused date's message names the forms that are read, RFC 2822's zone included, whatever form it was written in", () => {
    for (const createdAt of [
      'Tue, 31 Feb 2016 10:00:00 +0000',
      'Tue, 13 Dec 2016 10:00:00',
      'Tue Dec 13 2016 11:00:00',
      '2016-13-45',
      'yesterday',
    ])
      expect(parse({ createdAt }).problems, createdAt).toEqual([
        { code: 'invalid-date', field: 'createdAt', message: 'createdAt: not ISO 8601 or zoned RFC 2822' },
      ]);
  });

  test('never throws on hostile shapes', () => {
    const cyclic: Record<string, unknown> = { text: 'a' };
    cyclic.quoted = cyclic;
    for (const input of [cyclic, [1, 2, 3], Symbol('x'), () => 1, new Date(), { media: 'x' }, { metrics: [] }, { video: { tracks: {} } }])
      expect(() => parse(input)).not.toThrow();
  });
});

test('a URL is at most 2048 characters as the URL parser writes it (percent-encoded), so the card links what parse() kept', () => {
  // 400 Arabic letters: 418 characters as written, 2418 percent-encoded, which the card's own check refused.
  const long = 'https://news.example/' + 'خبر'.repeat(133) + 'خ';
  const { post, problems } = parse({ url: long });
  expect(post.url).toBeUndefined();
  expect(problems.map((p) => p.code)).toEqual(['invalid-url']);
  const short = 'https://news.example/' + 'خبر'.repeat(100);
  expect(parse({ url: short }).post.url).toBe('https://news.example/' + encodeURI('خبر').repeat(100));
  expect(parse(parse({ url: short }).post).post.url).toBe(parse({ url: short }).post.url);
});

test('a post given as a JSON string (el.post = JSON.stringify(post)) is reported at the field "post"', () => {
  const { problems } = parse(JSON.stringify({ text: 'hi' }));
  expect(problems).toEqual([{ code: 'invalid-type', field: 'post', message: 'post: not an object' }]);
  // Nested fields keep their own names.
  expect(parse({ author: 'x' }).problems).toEqual([{ code: 'invalid-type', field: 'author', message: 'author: not an object' }]);
});

test('closing open bidi controls never takes a string past its cap', () => {
  for (const name of ['\u202e'.repeat(300), '\u202e \n'.repeat(100), '\u2067'.repeat(150) + 'x'.repeat(100), '\u202e' + 'a'.repeat(199)]) {
    const { post } = parse({ author: { name } });
    const out = post.author!.name!;
    expect(out.length).toBeLessThanOrEqual(LIMITS.name);
    // Nothing is left open: parsing it again keeps it, without a problem.
    expect(parse({ author: { name: out } })).toEqual({ post: { author: { name: out } }, problems: [] });
  }
  // Within the cap, open controls are closed as before.
  expect(parse({ author: { name: '\u202ea' } }).post.author!.name).toBe('\u202ea\u202c');
});

test('the output carries no empty or undefined fields', () => {
  const link = { start: 0, end: 5, url: 'https://a.example/' };
  const { post } = parse({ text: 'ab', links: [link], anonymize: true, author: { handle: 'h' }, quoted: { text: 'cd', links: [link] } });
  expect(Object.keys(post)).toEqual(['text', 'anonymize', 'quoted']);
  expect(Object.keys(post.quoted!)).toEqual(['text']);
  expect(Object.keys(parse({ quoted: { links: [link] } }).post)).toEqual([]);
});

// The date of a pasted embed code (src/sources/embed-code.ts), in Node: the date link's text in the
// languages postquote has catalogs for, as the platforms write it, and an X status ID's own moment;
// and what Instagram, Threads and TikTok codes say in their attributes (the DOM inside: tests/browser/platform-embeds.test.ts).
import { describe, expect, test } from 'vitest';
import { embedDate, statusTime } from '../../src/sources/embed-code.js';
import { instagram } from '../../src/platforms/instagram.js';
import { threads } from '../../src/platforms/threads.js';
import { tiktok } from '../../src/platforms/tiktok.js';

// Link texts as publish.twitter.com writes them (each form seen in real pastes) and as Intl writes
// Bluesky's "date at time" in those languages.
const dates: [string, string | undefined][] = [
  ['December 13, 2016', '2016-12-13'],
  ['Dec. 13, 2016', '2016-12-13'],
  ['1 December 2017', '2017-12-01'],
  ['13. Dezember 2016', '2016-12-13'],
  ['7. März 2019', '2019-03-07'],
  ['13 décembre 2016', '2016-12-13'],
  ['1er octobre 2018', '2018-10-01'],
  ['13 de diciembre de 2016', '2016-12-13'],
  ['5 de junio de 2019', '2019-06-05'],
  ['13 ديسمبر 2016', '2016-12-13'],
  ['٢٥ مارس ٢٠٢٠', '2020-03-25'],
  // Bluesky: the time is in the embedding reader's zone, only the day is kept.
  ['January 8, 2025 at 11:00 PM', '2025-01-08'],
  ['8. Januar 2025 um 23:00', '2025-01-08'],
  ['8 janvier 2025 à 23:00', '2025-01-08'],
  ['8 de enero de 2025 a las 23:00', '2025-01-08'],
  ['٨ يناير ٢٠٢٥ في ١١:٠٠ م', '2025-01-08'],
  // Not read: languages without a catalog (X: the status ID says when), and what is not a date.
  ['2016年12月13日', undefined],
  ['4 de março de 2019', undefined],
  ['1 gennaio 2018', undefined],
  ['Ma 13, 2016', undefined],
  ['13 2016', undefined],
  ['December 13', undefined],
  ['yesterday', undefined],
  ['', undefined],
];

describe('embedDate()', () => {
  test.each(dates)('%j', (text, expected) => expect(embedDate(text)).toBe(expected));
});

describe('statusTime(): an X status ID is a snowflake', () => {
  test.each([
    // The days agree with the fixtures' date links (x-embeds/): April 9, 2018; February 11, 2025; January 17, 2014.
    ['https://twitter.com/radforschung/status/983360948932153344', '2018-04-09T15:08:14.845Z'],
    ['https://x.com/men_cotton/status/1889186482352767214?s=20', '2025-02-11T05:35:31.437Z'],
    ['https://twitter.com/bitemyapp/statuses/424289998167212032', '2014-01-17T21:19:53.147Z'],
    // The first ID at or after it: 7 s past X's epoch, 2010-11-04T01:42:54.657Z.
    ['https://mobile.twitter.com/a/status/29700859247', '2010-11-04T01:43:01.738Z'],
  ])('%s', (url, expected) => expect(statusTime(url)).toBe(expected));

  test.each([
    ['before snowflakes (Nov 2010), IDs were sequential: no time', 'https://twitter.com/secretGeek/status/7269997868'],
    ['the last sequential ID', 'https://twitter.com/a/status/29700859246'],
    ['more digits than a 64-bit ID', 'https://twitter.com/a/status/99999999999999999999'],
    ['not a status URL', 'https://twitter.com/radforschung'],
    ['another site', 'https://example.org/a/status/983360948932153344'],
  ])('%s', (_title, url) => expect(statusTime(url)).toBeUndefined());
});

/** A blockquote with these attributes and nothing inside: what the readers take from the attributes alone. */
const code = (attrs: Record<string, string>) =>
  ({ getAttribute: (n: string) => attrs[n] ?? null, querySelector: () => null, querySelectorAll: () => [] }) as unknown as Element;
const readers = { instagram, threads, tiktok };

describe("Instagram, Threads and TikTok codes: the post URL on the platform's hosts without tracking, the handle in it, TikTok's moment", () => {
  test.each([
    [
      'instagram',
      'data-instgrm-permalink',
      'https://www.instagram.com/p/C4kTq8xNw2R/?utm_source=ig_embed&utm_campaign=loading',
      'https://www.instagram.com/p/C4kTq8xNw2R/',
    ],
    [
      'instagram',
      'data-instgrm-permalink',
      'https://www.instagram.com/reel/CoalPgtDGhL/?igsh=a2pldzZtZHpxejJv',
      'https://www.instagram.com/reel/CoalPgtDGhL/',
    ],
    ['instagram', 'data-instgrm-permalink', 'http://instagr.am/p/7kQx2ZmEfA/', 'http://instagr.am/p/7kQx2ZmEfA/'],
    [
      'threads',
      'data-text-post-permalink',
      'https://www.threads.com/@a.b/post/DJ8kWq2sPzM?xmt=AQGz&slof=1',
      'https://www.threads.com/@a.b/post/DJ8kWq2sPzM',
    ],
    [
      'threads',
      'data-text-post-permalink',
      'https://www.threads.net/@a_b/post/Cx3hQ9tLk2P',
      'https://www.threads.net/@a_b/post/Cx3hQ9tLk2P',
    ],
    [
      'tiktok',
      'cite',
      'https://www.tiktok.com/@a.b/video/7346148142038254290?is_from_webapp=1&sender_device=pc#x',
      'https://www.tiktok.com/@a.b/video/7346148142038254290',
    ],
  ] as const)('%s %s %s', (id, attr, href, url) => expect(readers[id].readEmbed!(code({ [attr]: href })).url).toBe(url));

  test('the handle is the one in the post URL; a TikTok video ID says when (its upper 32 bits, in seconds)', () => {
    expect(threads.readEmbed!(code({ 'data-text-post-permalink': 'https://www.threads.net/@a_b/post/Cx3' })).author).toEqual({
      handle: 'a_b',
    });
    expect(tiktok.readEmbed!(code({ cite: 'https://www.tiktok.com/@a.b/video/7203838800164916486' }))).toMatchObject({
      author: { handle: 'a.b' },
      createdAt: '2023-02-24T21:33:44.000Z',
    });
    // A creator (profile) embed: no video, no moment.
    expect(tiktok.readEmbed!(code({ cite: 'https://www.tiktok.com/@a.b' })).createdAt).toBeUndefined();
  });

  test.each([
    ['another site', 'https://instagram.com.evil.example/p/C4kTq8xNw2R/'],
    ['a user name before another host', 'https://www.instagram.com@evil.example/p/C4kTq8xNw2R/'],
    ["another platform's", 'https://www.threads.com/@a/post/C4kTq8xNw2R'],
    ['relative (a builder left the host out)', '/p/C4kTq8xNw2R/'],
    ['protocol-relative', '//www.instagram.com/p/C4kTq8xNw2R/'],
  ])('%s: no post URL (no "View on Instagram" elsewhere)', (_title, href) =>
    expect(instagram.readEmbed!(code({ 'data-instgrm-permalink': href })).url).toBeUndefined(),
  );
});

// The date of a pasted embed code (src/sources/embed-code.ts), in Node: the date link's text in the
// languages postquote has catalogs for, as the platforms write it, and an X status ID's own moment.
import { describe, expect, test } from 'vitest';
import { embedDate, statusTime } from '../../src/sources/embed-code.js';

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

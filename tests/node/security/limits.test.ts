// Oversized and malformed input in parse(): every cap holds, and dates and numbers that are not
// what they claim are refused with a problem code instead of shown wrong. Cases as data.
import { describe, expect, test } from 'vitest';
import { parse, LIMITS } from '../../../src/model/index.js';

const codes = (input: unknown) => parse(input).problems.map((p) => p.code);

describe('caps', () => {
  test('a 100,000-character text is cut to LIMITS.text with an honest "…"', () => {
    const { post, problems } = parse({ text: 'a'.repeat(100_000) });
    expect(post.text).toHaveLength(LIMITS.text);
    expect(post.text!.endsWith('…')).toBe(true);
    expect(problems.map((p) => p.code)).toEqual(['too-long']);
  });

  test('the cut never splits a surrogate pair', () => {
    const { post } = parse({ text: '😀'.repeat(LIMITS.text) });
    expect(post.text!.endsWith('…')).toBe(true);
    expect(post.text).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  test('HTML is capped at LIMITS.html', () => {
    expect(parse({ html: '<p>' + 'x'.repeat(200_000) + '</p>' }).post.html!.length).toBeLessThanOrEqual(LIMITS.html);
  });

  test('names, handles and short texts are capped', () => {
    const long = 'n'.repeat(5_000);
    const { post } = parse({ author: { name: long, handle: long }, contentWarning: long, verification: { note: long } });
    expect(post.author!.name!.length).toBe(LIMITS.name);
    expect(post.author!.handle!.length).toBe(LIMITS.name);
    expect(post.contentWarning!.length).toBe(LIMITS.shortText);
    expect(post.verification!.note!.length).toBe(LIMITS.shortText);
  });

  test('media and tracks are capped', () => {
    const { post } = parse({
      media: Array.from({ length: 1_000 }, (_, i) => ({ url: `${i}.jpg` })),
      video: { tracks: Array.from({ length: 1_000 }, (_, i) => ({ src: `${i}.vtt` })) },
    });
    expect(post.media).toHaveLength(LIMITS.media);
    expect(post.video!.tracks).toHaveLength(LIMITS.tracks);
  });

  test('quoted posts nest at most LIMITS.depth deep, however deep the input', () => {
    let deep: Record<string, unknown> = { text: 'bottom' };
    for (let i = 0; i < 5_000; i++) deep = { text: `level ${i}`, quoted: deep };
    const { post, problems } = parse(deep);
    let depth = 0;
    for (let q = post.quoted; q; q = q.quoted) depth++;
    expect(depth).toBe(LIMITS.depth);
    expect(problems.map((p) => p.code)).toContain('too-deep');
  });

  test('deeply nested unknown fields are ignored without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { junk: deep };
    expect(() => parse({ text: 'a', junk: deep })).not.toThrow();
  });

  test('a huge link list is capped and links outside the text are dropped', () => {
    const { post } = parse({
      text: 'hello',
      links: Array.from({ length: 10_000 }, () => ({ start: 0, end: 99, url: 'https://example.com/' })),
    });
    expect(post.links ?? []).toEqual([]);
  });
});

const badDates: [string, unknown][] = [
  ['February 30th', '2024-02-30'],
  ['February 29th in a common year', '2023-02-29'],
  ['April 31st', '2024-04-31'],
  ['month 13', '2024-13-01'],
  ['day 0', '2024-01-00'],
  ['minute 60', '2024-01-01T23:60'],
  ['offset +25:00', '2024-01-01T10:00:00+25:00'],
  ['US format', '12/13/2016'],
  ['words', 'yesterday'],
  ['timestamp number', 1481623200000],
  ['expanded year', '+275760-09-13T00:00:00.000Z'],
  ['empty', ''],
  ['an object', { toString: () => '2024-01-01' }],
];

describe('malformed dates are refused, never rolled over into another day', () => {
  test.each(badDates)('%s', (_title, value) => {
    const { post, problems } = parse({ createdAt: value, metrics: { countedAt: value }, archive: { at: value } });
    expect(post.createdAt).toBeUndefined();
    expect(post.metrics?.countedAt).toBeUndefined();
    expect(post.archive?.at).toBeUndefined();
    expect(problems.filter((p) => p.code === 'invalid-date')).toHaveLength(3);
  });

  test.each([
    ['leap day', '2024-02-29', '2024-02-29'],
    ['end of day 24:00', '2024-01-01T24:00Z', '2024-01-02T00:00:00.000Z'],
    ['offset', '2016-12-13T11:00:00+01:00', '2016-12-13T10:00:00.000Z'],
  ])('%s is kept', (_title, value, expected) => {
    expect(parse({ createdAt: value }).post.createdAt).toBe(expected);
  });
});

const badCounts: [string, unknown][] = [
  ['negative', -1],
  ['fraction', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['beyond the limit', 1e16],
  ['exponent string', '1e3'],
  ['hex string', '0x10'],
  ['negative string', '-5'],
  ['"Infinity"', 'Infinity'],
  // Arabic and Persian digits are read (Intl prints them for ar-EG and fa); other scripts' are not.
  ['Devanagari digits', '१२३'],
  ['Arabic digits with a compact suffix', '١٢K'],
  ['words', 'lots'],
  ['compact', '1.2K'],
  ['mixed separators', '1,23.456'],
  ['huge digit string', '9'.repeat(400)],
  ['boolean', true],
  ['array', [1]],
];

describe('malformed numbers are refused', () => {
  test.each(badCounts)('%s', (_title, value) => {
    const { post } = parse({ metrics: { shares: value, likes: value, views: value } });
    expect(post.metrics).toBeUndefined();
    expect(codes({ metrics: { shares: value } })).toEqual(['invalid-number']);
  });

  test.each([
    ['durations that are not', { video: { duration: 'PT', start: '-1', width: 0, height: 1e9 } }],
    ['pixel sizes that are not', { media: [{ url: 'a.jpg', width: '0', height: '99999999' }] }],
  ])('%s', (_title, input) => {
    const { post } = parse(input);
    expect(post.video?.duration).toBeUndefined();
    expect(post.video?.start).toBeUndefined();
    expect(post.media?.[0]?.width).toBeUndefined();
    expect(post.media?.[0]?.height).toBeUndefined();
  });
});

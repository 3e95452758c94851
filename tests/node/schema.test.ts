// The shipped JSON Schema and parse() describe the same fields.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, postFields } from '../../src/model/index.js';

const schema = JSON.parse(readFileSync(new URL('../../post.schema.json', import.meta.url), 'utf8'));

test('schema top-level properties are exactly the fields parse() reads', () => {
  expect(Object.keys(schema.properties).sort()).toEqual([...postFields].sort());
});

test('package.json ships the schema and exports it', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(pkg.files).toContain('post.schema.json');
  expect(pkg.exports['./post.schema.json']).toBe('./post.schema.json');
});

/**
 * A CMS that validates with the shipped schema accepts what parse() keeps and refuses what it
 * drops: each pattern of a string field agrees with parse() on these values. (Not covered: a day
 * its month does not have, "2024-02-30", which only parse() refuses, as the schema says; and a
 * language tag that repeats a variant or an extension, "de-1996-1996", which Intl refuses.)
 */
const pattern = (def: string, branch?: number) => {
  const d = schema.$defs[def];
  return new RegExp((branch === undefined ? d : d.oneOf[branch]).pattern as string, 'u');
};
const agree = (re: RegExp, values: string[], kept: (v: string) => boolean) =>
  values.map((v) => [v, re.test(v), kept(v)]).filter(([, schemaSays, parseSays]) => schemaSays !== parseSays);

test('url: the schema refuses what parse() drops (javascript:, data:, ftp:, //host, user@host, @handle, control characters)', () => {
  const values = [
    'https://x.com/a/status/1',
    'http://example.org',
    ' https://example.org/a ',
    'HTTPS://EXAMPLE.ORG',
    '/path',
    'rel/path',
    '?q=1',
    '#top',
    'mailto:desk@example.org',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:image/png;base64,AAAA',
    'vbscript:x',
    'ftp://example.org',
    'blob:https://x',
    '//cdn.example.org/x',
    '\\\\evil/x',
    '/\\evil',
    'https://exa\u0000mple.org',
    'tel:+491234',
    // A user name or password before the host, and a handle for a URL: the schema accepted them.
    'https://bbc.co.uk@evil.example/',
    'HTTP://user:pw@example.org/',
    '@jack',
    'https://x.com/a/@jack',
  ];
  expect(agree(pattern('url'), values, (v) => parse({ url: v }).post.url !== undefined)).toEqual([]);
  // Images, video and tracks: the same, without mailto: (an avatar, photo or poster is never an address).
  const avatar = (v: string) => parse({ author: { avatar: v } }).post.author?.avatar !== undefined;
  expect(agree(pattern('imageUrl'), values, avatar)).toEqual([]);
  const photo = (v: string) => parse({ media: [{ url: v }] }).post.media?.[0]?.url !== undefined;
  expect(agree(pattern('imageUrl'), values, photo)).toEqual([]);
});

test('date: the schema refuses months, days and hours that do not exist', () => {
  const values = [
    '2016-12-13',
    '2016-12-13T10:00:00Z',
    '2016-12-13T10:00+01:00',
    '2016-12-13T10:00:00.123456Z',
    '2016-12-13 10:00:00Z',
    '2016-12-13 10:00',
    '2016-12-13  10:00',
    '2016-12-13 10:00:00+00',
    '2016-12-13T10:00:00.123456-05',
    '2016-12-13T10:00:00+0000',
    '2016-12-13+02',
    '2016-12-13 10:00:00 +0100',
    '2016-12-13T10:00 -0530',
    '2016-12-13 10:00:00 UTC',
    '2016-12-13 10:00:00.123456789 +0000 UTC',
    '2016-12-13 10:00:00 +0100 CET',
    '2016-12-13 10:00:00 +0300 +03',
    '2016-12-13 10:00:00 CET',
    '2016-12-13 10:00:00 +2400',
    '2016-12-13 10:00:00 +01',
    '2016-12-13 10:00:00  +0100',
    '2016-12-13 10:00:00 +0100 +0100 CET',
    '2016-12-13 10:00:00 +0100 CET UTC',
    '2016-12-13 +0100',
    '2016-12-13 UTC',
    '2016-12-13T10:00Z UTC',
    '2016-12-13 10:00 +0100 UTC',
    '2016-12-13T10:00:00+25',
    '2016-12-13T10:00:00+1',
    '2016-13-45',
    '2016-12-13T25:00:00Z',
    '2016-00-10',
    '2016-12-00',
    '13.12.2016',
    'Tue, 13 Dec 2016 10:00:00 +0000',
    'Tue, 13 Dec 2016 10:00:00 GMT',
    '13 Dec 2016 10:00 -0500',
    'Thu, 15 Dec 2016 05:00 -0500',
    'Tue Dec 13 2016 11:00:00 GMT+0100 (Central European Standard Time)',
    'Tue Dec 13 2016 11:00:00 GMT+0100',
    'Tue, 13 Dec 2016 10:00:00',
    'Tue, 13 Dec 2016 10:00:00 EST',
    'Tue, 32 Dec 2016 10:00:00 +0000',
    '13 Dec 2016 10:00:00 +0000',
    '3 Dec 2016 10:00:00 GMT',
    ', 13 Dec 2016 10:00:00 GMT',
    'Tue 13 Dec 2016 10:00:00 GMT',
    'Tue, 13 Dec 2016 25:00:00 GMT',
    'x',
  ];
  expect(agree(pattern('date'), values, (v) => parse({ createdAt: v }).post.createdAt !== undefined)).toEqual([]);
});

test('lang: a BCP 47 tag, as parse() reads one', () => {
  // prettier-ignore
  const values = [
    'en', 'de-AT', 'zh-Hant-TW', 'ar', ' fr ', 'es-419', 'sr-Latn-RS', 'de-CH-1901', 'sl-rozaj-biske', 'und',
    'en-u-ca-gregory', 'ar-EG-u-nu-arab', 'en-x-private', 'en-a-bbb-x-a-ccc', 'EN-us', 'abcdefgh',
    'not a tag!!', 'e', '12', 'en_US', 'abcd', 'de-DE-DE', 'zh-yue', 'x-private', 'i-klingon', 'abcdefghi',
    'en-', '-en', 'en--US', 'en-12', 'en-abc', 'en-u-c', 'en-x', 'pt_BR', 'zh_Hant_TW', 'en__US', 'en_', '_en', 'en_12',
  ];
  // Valid is what parse() takes without a problem ('und' and X's 'qme' are valid, and dropped as naming no language).
  expect(agree(pattern('lang'), [...values, 'qme', 'zxx'], (v) => parse({ lang: v }).problems.length === 0)).toEqual([]);
});

test('seconds: numbers, "39", "PT39S", "PT1M5S", "1:05", "1:02:05", and nothing else', () => {
  // prettier-ignore
  const values = [
    '39', '39.5', 'PT39S', 'pt1m5s', 'PT1H2M5S', '1:05', '1:02:05', 'abc', '1:5', '-3', 'PT',
    // Under 10^7 seconds, as parse() takes them: the pattern bounds the digits.
    '9999999', '9999999.5', '10000000', '99999999', '999:59:59', '10000:00:00', 'PT999H', 'PT999H9999M999999S', 'PT10000H', 'PT99999999S',
  ];
  const kept = (v: string) => (parse({ video: { duration: v } }).post as { video?: { duration?: number } }).video?.duration !== undefined;
  expect(agree(pattern('seconds', 1), values, kept)).toEqual([]);
});

/** Whether `value` is valid for the numeric branch of a `oneOf` definition (type, minimum, maximum, exclusiveMaximum). */
const numeric = (def: string) => {
  const d = (schema.$defs[def].oneOf as { type: string; minimum?: number; maximum?: number; exclusiveMaximum?: number }[]).find(
    (b) => b.type === 'integer' || b.type === 'number',
  )!;
  return (v: number) =>
    (d.type === 'number' || Number.isInteger(v)) &&
    (d.minimum === undefined || v >= d.minimum) &&
    (d.maximum === undefined || v <= d.maximum) &&
    (d.exclusiveMaximum === undefined || v < d.exclusiveMaximum);
};
const agreeNumbers = (valid: (v: number) => boolean, values: number[], kept: (v: number) => boolean) =>
  values.map((v) => [v, valid(v), kept(v)]).filter(([, schemaSays, parseSays]) => schemaSays !== parseSays);

test('size: a whole number of pixels from 1 to 100000, as a number or a string of digits (group separators too)', () => {
  // prettier-ignore
  const values = [
    '1', '9', '10', '200', '999', '1000', '1200', '1,200', '1.200', '1 200', '1\u00a0200', '12_345', '99999', '99,999', '100000', '100,000',
    '1,00,000', '1,00,001', '12,345', '\u0661\u0662\u0660\u0660', '۶۴۰', '\u0661\u0660\u0660\u066c\u0660\u0660\u0660', '\u0660', '۱,۰۰,۰۰۱',
    '0', '000', '0,000', '100001', '100,001', '200000', '999999', '1000000', '1,5', '1.5', '12,34', '-1', '+1', 'x', '', '1e3',
  ];
  const width = (v: unknown) => parse({ media: [{ url: '/a.jpg', width: v }] }).post.media?.[0]?.width !== undefined;
  expect(agree(pattern('size', 1), values, width)).toEqual([]);
  expect(agreeNumbers(numeric('size'), [1, 2, 640, 100000, 0, -1, 1.5, 100001, 200000, 1e15], width)).toEqual([]);
});

test('count: a whole number from 0 to 10^15, as a number or a string of digits with group separators', () => {
  // prettier-ignore
  const values = [
    '0', '7', '007', '1200', '1,200', '1.200.300', '1 200 300', '1\u202f200', '123_456', '999999999999999', '999,999,999,999,999',
    '1000000000000000', '1,000,000,000,000,000', '1000000000000001', '1,000,000,000,000,001', '9999999999999999', '99999999999999999999',
    '1,2', '12,34', '1,,200', '-1', '1.5', 'x', '', "37'000", '1\u2019234\u2019567', "1'2", "'100", '37K', '1,2 Mio.',
    '1,00,000', '12,34,567', '1,00,00,00,00,000', '10,00,00,00,00,00,000', '1,00,00,00,00,00,00,000', '1,00,00,00,00,00,00,001', '10,00,00,00,00,00,00,000', '12,34,56', '1,00.000', '1,2,345', '123,45,678',
    '\u0663\u0667\u066c\u0660\u0660\u0660', '۱٬۲۳۴٬۵۶۷', '\u0661\u0660\u0660\u0660', '\u0663\u0667K', '\u0661\u0662\u066b\u0665', '\u066c\u0661\u0660\u0660',
  ];
  const shares = (v: unknown) => parse({ metrics: { shares: v } }).post.metrics?.shares !== undefined;
  expect(agree(pattern('count', 1), values, shares)).toEqual([]);
  expect(agreeNumbers(numeric('count'), [0, 1, 1200, 1e15, -1, 0.5, 1e15 + 2, 1e16], shares)).toEqual([]);
});

test('seconds as a number: from 0 to under 10^7 (115 days)', () => {
  const start = (v: unknown) => (parse({ video: { start: v } }).post as { video?: { start?: number } }).video?.start !== undefined;
  expect(agreeNumbers(numeric('seconds'), [0, 1, 39.5, 86400, 9999999, 9999999.5, 1e7, 1e8, -1, -0.5], start)).toEqual([]);
});

test('date: the schema refuses zone offsets out of range', () => {
  // prettier-ignore
  const values = [
    '2016-12-13T10:00+00:00', '2016-12-13T10:00-00:00', '2016-12-13T10:00+23:59', '2016-12-13T10:00-23:59', '2016-12-13T10:00+0530',
    '2016-12-13T10:00:00.5+14:00', '2016-12-13T10:00+99:99', '2016-12-13T10:00+24:00', '2016-12-13T10:00-24:00', '2016-12-13T10:00+00:60',
    '2016-12-13T10:00+2360', '2016-12-13T10:00+1260', '2016-12-13T10:00:00Z+01:00',
  ];
  expect(agree(pattern('date'), values, (v) => parse({ createdAt: v }).post.createdAt !== undefined)).toEqual([]);
});

/** Each string property of the schema with where it sits in a post: [path, its schema]. */
interface Property {
  type?: string;
  maxLength?: number;
  properties?: Record<string, Property>;
  items?: { properties?: Record<string, Property> };
}
function strings(properties: Record<string, Property>, path: string[] = []) {
  const found: [string[], Property][] = [];
  for (const [key, s] of Object.entries(properties)) {
    if (s.type === 'string') found.push([[...path, key], s]);
    if (s.properties) found.push(...strings(s.properties, [...path, key]));
    if (s.items?.properties) found.push(...strings(s.items.properties, [...path, key, '[]']));
  }
  return found;
}

test('strings: each maxLength is where parse() starts to cut (and every string field has one)', () => {
  const all = strings(schema.properties);
  expect(all.map(([path]) => path.join('.'))).toContain('media.[].alt');
  expect(all.map(([path]) => path.join('.'))).toContain('video.tracks.[].label');
  /** A post with `v` at `path` (array items get the URL they need to be kept). */
  const at = (path: string[], v: string): unknown => {
    if (!path.length) return v;
    if (path[0] === '[]') return [{ url: '/a.jpg', src: '/a.vtt', ...(at(path.slice(1), v) as object) }];
    return { [path[0]]: at(path.slice(1), v) };
  };
  const cut = (path: string[], n: number) => parse(at(path, 'a'.repeat(n))).problems.some((p) => p.code === 'too-long');
  for (const [path, s] of all) {
    expect(s.maxLength, path.join('.')).toBeTypeOf('number');
    expect([cut(path, s.maxLength!), cut(path, s.maxLength! + 1)], path.join('.')).toEqual([false, true]);
  }
});

test('where parse() reads more than the canonical form the schema gives, the schema says so', () => {
  // A number for a string: parse() reads its digits; an id above 2^53 has lost them already.
  expect(parse({ id: 1234, author: { name: 1984 } }).post).toMatchObject({ id: '1234', author: { name: '1984' } });
  expect(schema.properties.id.type).toBe('string');
  expect(schema.properties.id.description).toMatch(/2\^53/);
  // Enumerated values in any case, with surrounding whitespace.
  expect(parse({ status: ' Deleted ', platform: 'X' }).post).toMatchObject({ status: 'deleted', platform: 'x' });
  expect(schema.properties.status.enum).not.toContain('Deleted');
  expect(schema.description).toMatch(/any case/);
  // Digits with surrounding whitespace or leading zeros.
  expect(parse({ media: [{ url: '/a.jpg', width: ' 0640 ' }] }).post.media?.[0]?.width).toBe(640);
  expect(pattern('size', 1).test(' 0640 ')).toBe(false);
  expect(schema.$defs.size.description).toMatch(/leading zeros/);
});

test('boolean: true, false, 1, 0 and their strings in any case, as parse() reads them; anything else refused', () => {
  // prettier-ignore
  const values = ['true', 'false', 'True', 'FALSE', ' true ', '1', '0', '', 'yes', 'no', 'on', '2', '01', 'truthy', 'null'];
  const verified = (v: unknown) => parse({ author: { verified: v } }).problems.length === 0;
  expect(agree(pattern('boolean', 2), values, verified)).toEqual([]);
  expect(schema.$defs.boolean.oneOf[1].enum).toEqual([0, 1]);
  expect([0, 1, 2, -1, 0.5].filter((n) => verified(n) !== [0, 1].includes(n))).toEqual([]);
});

test("date: what the description says parse() reads beyond the pattern (24:00, Date.parse's looser spellings in Node's V8)", () => {
  const description = schema.$defs.date.description as string;
  const beyond = {
    '2016-12-13T24:00:00Z': '2016-12-14T00:00:00.000Z',
    'Tuesday, 13 December 2016 10:00:00 +0000': '2016-12-13T10:00:00.000Z',
    '13 Dec 16 10:00:00 +0000': '2016-12-13T10:00:00.000Z',
    'Tue, 13 Dec 2016 10:00:00 +0000 (UTC)': '2016-12-13T10:00:00.000Z',
    'Dec 13 2016 11:00:00 GMT+0100': '2016-12-13T10:00:00.000Z',
  };
  for (const [v, instant] of Object.entries(beyond)) {
    expect(pattern('date').test(v), v).toBe(false);
    expect(parse({ createdAt: v }).post.createdAt, v).toBe(instant);
  }
  for (const named of ['24:00:00', 'Tuesday, 13 December 2016', '13 Dec 16', '+0000 (UTC)', 'Dec 13 2016 11:00:00 GMT+0100'])
    expect(description).toContain(named);
});

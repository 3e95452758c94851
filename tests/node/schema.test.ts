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

test('url: the schema refuses what parse() drops (javascript:, data:, ftp:, //host, control characters)', () => {
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
    '2016-13-45',
    '2016-12-13T25:00:00Z',
    '2016-00-10',
    '2016-12-00',
    '13.12.2016',
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
    'en-', '-en', 'en--US', 'en-12', 'en-abc', 'en-u-c', 'en-x',
  ];
  // Valid is what parse() takes without a problem ('und' and X's 'qme' are valid, and dropped as naming no language).
  expect(agree(pattern('lang'), [...values, 'qme', 'zxx'], (v) => parse({ lang: v }).problems.length === 0)).toEqual([]);
});

test('seconds: numbers, "39", "PT39S", "PT1M5S", "1:05", "1:02:05", and nothing else', () => {
  const values = ['39', '39.5', 'PT39S', 'pt1m5s', 'PT1H2M5S', '1:05', '1:02:05', 'abc', '1:5', '-3', 'PT'];
  const kept = (v: string) => (parse({ video: { duration: v } }).post as { video?: { duration?: number } }).video?.duration !== undefined;
  expect(agree(pattern('seconds', 1), values, kept)).toEqual([]);
});

// Seeded fuzzing of parse(), the platform adapters and the URL gate: thousands of hostile inputs,
// each checked against the shipped JSON Schema and the URL gate. Deterministic: a failure prints its
// seed and input (FUZZ_SEED=<n> replays from another start).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
// The public parse(): with `video`, and without the empty or undefined fields parse.ts leaves for the elements.
import { parse } from '../../src/model/index.js';
import { checkUrl, type UrlKind } from '../../src/safety/url.js';
import type { Problem } from '../../src/model/post.js';
import { adapt } from '../../src/platforms/adapters/index.js';
import { fromV2 } from '../../src/platforms/adapters/x.js';
import { work } from './work.js';
import { fieldValue, hostileInput, hostileV2, mutate, pick, postKeys, rng, type Rng } from '../fuzz/gen.js';

const N = Number(process.env.FUZZ_RUNS ?? 2000);
/** A longer run (FUZZ_RUNS=30000) gets the time it needs; generous, since the node tests share two cores with the browser's (2000 runs took 6 s under load). */
const timeout = Math.max(20000, N * 10);
const seed0 = Number(process.env.FUZZ_SEED ?? 20261127);
const schema = JSON.parse(readFileSync(new URL('../../post.schema.json', import.meta.url), 'utf8'));

/** The JSON Schema keywords post.schema.json uses (draft 2020-12), enough to check a value against it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a schema node is any JSON
function validate(v: unknown, s: Record<string, any>, path = '$'): string[] {
  if (s.$ref) return validate(v, s.$ref === '#' ? schema : schema.$defs[s.$ref.replace('#/$defs/', '')], path);
  const errs: string[] = [];
  const type = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : Number.isInteger(x) ? 'integer' : typeof x);
  if (s.type) {
    const t = type(v);
    const ok = [s.type].flat().some((want: string) => want === t || (want === 'number' && (t === 'integer' || t === 'number')));
    if (!ok || (typeof v === 'number' && !Number.isFinite(v))) return [`${path}: ${t} is not ${s.type}`];
  }
  if (s.enum && !s.enum.includes(v)) errs.push(`${path}: ${JSON.stringify(v)} not in enum`);
  if (typeof v === 'string') {
    if (s.maxLength !== undefined && [...v].length > s.maxLength) errs.push(`${path}: longer than ${s.maxLength}`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) errs.push(`${path}: ${JSON.stringify(v.slice(0, 80))} fails ${s.pattern}`);
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) errs.push(`${path}: below ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) errs.push(`${path}: above ${s.maximum}`);
    if (s.exclusiveMaximum !== undefined && v >= s.exclusiveMaximum) errs.push(`${path}: not below ${s.exclusiveMaximum}`);
  }
  if (Array.isArray(v)) {
    if (s.maxItems !== undefined && v.length > s.maxItems) errs.push(`${path}: more than ${s.maxItems} items`);
    if (s.items) v.forEach((x, i) => errs.push(...validate(x, s.items, `${path}[${i}]`)));
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const k of s.required ?? []) if (!Object.hasOwn(v, k)) errs.push(`${path}: ${k} required`);
    for (const [k, x] of Object.entries(v)) if (s.properties?.[k]) errs.push(...validate(x, s.properties[k], `${path}.${k}`));
  }
  if (s.oneOf) {
    const passing = s.oneOf.filter((b: Record<string, unknown>) => !validate(v, b, path).length).length;
    if (passing !== 1) errs.push(`${path}: matches ${passing} of oneOf`);
  }
  return errs;
}

/** Every URL in a parsed post, with the kind the gate checks it as. */
function* urls(v: unknown, key = ''): Generator<[string, UrlKind, unknown]> {
  if (Array.isArray(v)) for (const x of v) yield* urls(x, key);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* urls(x, k);
  else if (/^(url|avatar|poster|src)$/.test(key))
    yield [key, key === 'avatar' || key === 'poster' ? 'image' : key === 'src' || key === 'url-media' ? 'media' : 'link', v];
}

/** What is wrong with parse()'s answer for `input`: [] when nothing is. */
function check(input: unknown): string[] {
  let result;
  try {
    result = parse(input);
  } catch (e) {
    return [`threw ${String(e)}`];
  }
  const { post, problems } = result;
  const errs: string[] = [];
  for (const p of problems)
    if (typeof p.code !== 'string' || !p.code || typeof p.field !== 'string' || typeof p.message !== 'string')
      errs.push(`problem without code or field: ${JSON.stringify(p)}`);
  // As JSON: a field set to undefined is absent.
  errs.push(...validate(JSON.parse(JSON.stringify(post)), schema));
  for (const [key, kind, u] of urls(post)) {
    if (typeof u !== 'string' || checkUrl(u, kind) === undefined) errs.push(`${key} ${JSON.stringify(u)} fails checkUrl(${kind})`);
    // Media URLs are checked as media: stricter than links (no mailto:).
    if (typeof u === 'string' && kind === 'link' && u.startsWith('mailto:') && key !== 'url') errs.push(`${key} is mailto`);
  }
  for (let q: typeof post | undefined = post; q; q = q.quoted)
    for (const l of q.links ?? [])
      if (!(l.start >= 0 && l.end > l.start && l.end <= (q.text?.length ?? 0))) errs.push(`link ${JSON.stringify(l)} outside the text`);
  // Nothing empty or undefined (link ranges none of which fit the text, an anonymized author without a name).
  JSON.stringify(post, (k, x) => {
    if (x === undefined || (x && typeof x === 'object' && !Object.keys(x).length && k)) errs.push(`empty or undefined ${k}`);
    return x;
  });
  // The output is canonical: parsing it again keeps it.
  const again = parse(JSON.parse(JSON.stringify(post)));
  const json = JSON.stringify;
  if (again.problems.some((p) => p.code === 'too-long')) errs.push(`too long when parsed again: ${JSON.stringify(again.problems)}`);
  if (json(again.post) !== json(post)) errs.push(`not stable: ${json(again.post).slice(0, 300)}`);
  return errs;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v, (_, x) => (typeof x === 'string' && x.length > 120 ? `${x.slice(0, 60)}…(${x.length})` : x));
  return s && s.length > 3000 ? s.slice(0, 3000) + '…' : s;
};

/** Runs `n` seeded cases; fails with the first seed whose input breaks a rule. */
function fuzz(n: number, make: (r: Rng) => unknown, run: (input: unknown) => string[]): number {
  const failures = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const seed = seed0 + i;
    const input = make(rng(seed));
    for (const e of run(input)) {
      // One example per kind of failure (the message without its values).
      const kind = e.replace(/"[^]*"|\[\d+\]|\d+/g, '#').slice(0, 80);
      if (!failures.has(kind)) failures.set(kind, `seed ${seed}: ${e.slice(0, 400)}\ninput: ${show(input)}`);
    }
  }
  if (failures.size) expect.fail(`${failures.size} kinds of failure in ${n} inputs:\n\n${[...failures.values()].join('\n\n')}`);
  return n;
}

describe('parse() fuzzed', () => {
  test(
    'hostile inputs: no throw, problems with code and field, schema-valid output, every URL through the gate',
    () => {
      fuzz(N, hostileInput, check);
    },
    timeout,
  );
});

describe('platform adapters fuzzed: real fixtures with fields deleted or replaced', () => {
  const dir = new URL('../fixtures/platforms/', import.meta.url);
  const fixtures = [
    'mastodon-status-docs-gargron.json',
    'mastodon-status-edited-media.json',
    'mastodon-status-video-docs.json',
    'mastodon-status-cw-media.json',
    'bluesky-thread-synthetic.json',
  ].map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
  // X: the syndication shape (react-tweet's "tweet result"), with a quoted tweet, media, a t.co link and a poll.
  const tweet = {
    __typename: 'Tweet',
    id_str: '1868000000000000000',
    text: '@bob Aftermath of the strike https://t.co/abc',
    display_text_range: [5, 45],
    lang: 'en',
    created_at: 'Wed Dec 13 10:00:00 +0000 2016',
    favorite_count: 12,
    conversation_count: 3,
    possibly_sensitive: true,
    in_reply_to_screen_name: 'bob',
    user: { name: 'Reporter', screen_name: 'reporter', profile_image_url_https: 'https://pbs.twimg.com/a.jpg', is_blue_verified: true },
    entities: { urls: [{ url: 'https://t.co/abc', display_url: 'example.com/src', expanded_url: 'https://example.com/src' }] },
    card: { binding_values: { choice1_label: { string_value: 'Tea' }, choice1_count: { string_value: '7' } } },
    mediaDetails: [
      {
        type: 'photo',
        media_url_https: 'https://pbs.twimg.com/media/x.jpg',
        ext_alt_text: 'A street',
        original_info: { width: 1200, height: 800 },
      },
      {
        type: 'video',
        media_url_https: 'https://pbs.twimg.com/v.jpg',
        video_info: { duration_millis: 5000, variants: [{ content_type: 'video/mp4', bitrate: 1, url: 'https://video.twimg.com/v.mp4' }] },
      },
    ],
    quoted_tweet: { id_str: '1', text: 'quoted', user: { screen_name: 'q' }, mediaDetails: [] },
  };
  const api = { id_str: '2', full_text: 'v1.1 &amp; more', user: { screen_name: 'a' }, extended_entities: { media: [] } };
  const audio = JSON.parse(readFileSync(new URL('mastodon-attachment-audio-docs.json', dir), 'utf8'));
  const boost = { ...fixtures[0], reblog: { ...fixtures[1], media_attachments: [audio, ...fixtures[1].media_attachments] } };
  const all = [...fixtures, boost, tweet, api];

  test('every fixture adapts as it is', () => {
    for (const f of all) expect(adapt(f)).toBeTruthy();
  });

  test(
    'mutated fixtures: the adapter never throws, and parse() of what it gives passes every rule',
    () => {
      fuzz(
        N,
        (r) => mutate(r, all[Math.floor(r() * all.length)], pickP(r)),
        (input) => {
          let raw;
          try {
            raw = adapt(input);
          } catch (e) {
            return [`adapter threw ${String(e)}`];
          }
          return raw ? check(raw) : [];
        },
      );
    },
    timeout,
  );
});

/**
 * Whether X's v2 reader did linear work on `input`: at most a few reads per list item in it, and no more
 * characters searched than a few passes over its text. (On the copy adapt() reads: its own copy hides the reads.)
 */
function linearWork(input: unknown): string[] {
  const copy = JSON.parse(JSON.stringify(input) ?? 'null', (k, v: unknown) => (/^(toString|valueOf)$/.test(k) ? undefined : v));
  let listed = 0;
  let chars = 0;
  JSON.stringify(
    copy,
    (_, v: unknown) => ((listed += Array.isArray(v) ? v.length : 0), (chars += typeof v === 'string' ? v.length : 0), v),
  );
  let counted;
  try {
    counted = work(copy, fromV2);
  } catch {
    return []; // adapt() threw too, reported
  }
  const errs = [];
  // Over all seeds, at most 2 reads per list item and 0.63 characters searched per character of text.
  if (counted.reads > 10 * listed + 100) errs.push(`${counted.reads} reads of ${listed} list items`);
  if (counted.searched > 4 * chars + 100) errs.push(`${counted.searched} characters searched in ${chars}`);
  return errs;
}

describe('X API v2 responses fuzzed: references that hit, miss and cycle, links in the text or not, lists thousands long', () => {
  test(
    'the adapter never throws nor lingers, every URL it gives is absolute http(s), and parse() of it passes every rule',
    () => {
      // A quarter as many: the largest inputs (megabytes of JSON) take tens of ms each.
      const n = Math.ceil(N / 4);
      let adapted = 0;
      fuzz(n, hostileV2, (input) => {
        let raw;
        try {
          raw = adapt(input);
        } catch (e) {
          return [`adapter threw ${String(e)}`];
        }
        // No pathological slowness: megabytes of JSON, lists 3,000 long, read in a few reads of each list item and
        // no search of the text per link (tests/node/work.ts; counted, since a clock fails on a loaded machine).
        const errs = linearWork(input);
        if (!raw) return errs;
        adapted++;
        errs.push(...check(raw));
        // No URL adapt() gives is relative (a request to the newsroom's own site) or of another scheme (what is no
        // string, a list, parse() refuses).
        JSON.stringify(raw, (k, u: unknown) => {
          if (/^(url|avatar|poster)$/.test(k) && typeof u === 'string' && !/^https?:/i.test(u))
            errs.push(`${k} ${JSON.stringify(u)} is not http(s)`);
          return u;
        });
        return errs;
      });
      // Not only refusals: many inputs are read as a post.
      expect(adapted).toBeGreaterThan(n / 3);
    },
    timeout,
  );
});

const pickP = (r: Rng) => [0.02, 0.08, 0.2][Math.floor(r() * 3)];

describe('the schema and parse() agree', () => {
  // (A blank string, an empty list or object, is valid and absent: parse() drops it without a problem.)
  test('a field the shipped schema accepts, parse() takes without a problem', () => {
    fuzz(
      N,
      (r) => {
        const key = pick(
          r,
          postKeys.filter((k) => k !== 'quoted'),
        );
        return { [key]: fieldValue(r, key, 1) };
      },
      (input) => {
        if (validate(input, schema).length) return [];
        const { problems } = parse(input);
        // What a pattern cannot say: a day its month does not have, a language tag that repeats a variant, a host the
        // URL parser refuses ("https:///", a bidi control in the host name), a URL's percent-encoded length.
        const excepted = (p: Problem) =>
          (p.code === 'invalid-url' && unparsable(get(input, p.field))) ||
          // The schema counts code points; parse() UTF-16 units (documented).
          (p.code === 'too-long' && /[\ud800-\udfff]/.test(String(get(input, p.field)))) ||
          (p.code === 'invalid-date' && /-(29|30|31)\b/.test(String(get(input, p.field)))) ||
          (p.code === 'invalid-value' && /lang$/.test(p.field ?? '') && /-(\w+)-.*\b\1\b/.test(String(get(input, p.field))));
        const reported = problems.filter((p) => !excepted(p));
        return reported.map((p) => `schema accepts, parse() reports ${p.code} at ${p.field}: ${p.message.slice(0, 100)}`);
      },
    );
  });
});

/** An http(s) URL the URL parser refuses, or longer than 2048 characters as it writes it. */
const unparsable = (v: unknown) => {
  const s = String(v)
    .trim()
    .replace(/^(?=[\w.-]+\.[a-z]{2,}\/)/i, 'https://');
  // (The schema counts code points, parse() UTF-16 units: an emoji is two.)
  return s.length > 2048 || (/^https?:/i.test(s) && (URL.parse(s)?.href.length ?? Infinity) > 2048);
};

/** The value at a problem's field ("media[0].url", "author.name") in the input. */
const get = (v: unknown, field = ''): unknown =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);

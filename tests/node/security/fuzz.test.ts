// Property-based fuzzing of parse() and the URL gate, in Node: seeded, reproducible, seed logged.
// FUZZ_RUNS sets the runs per property (default 200; `npm run fuzz` runs 20000), FUZZ_SEED replays.
import { beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { assertNoPoisoning as assertNoPoisoningAt } from '@fast-check/poisoning';
import { parse, LIMITS } from '../../../src/model/index.js';
import { checkUrl, type UrlKind } from '../../../src/safety/url.js';
import { params, logSeed, timeout } from '../../security/fuzz-config.js';
import { expectedText, hostileText, parsedJson, urlCandidate } from '../../security/arbitraries.js';

beforeAll(() => logSeed('node'));

/** The test runner's own globals change while tests run: those roots are not ours to watch. */
const assertNoPoisoning = () => assertNoPoisoningAt({ ignoredRootRegex: /^(__vitest|AbortController$|console$)/ });

/** Every URL field parse() reads, with the kind of URL it must be. */
const urlFields: [path: string, kind: UrlKind][] = [
  ['url', 'link'],
  ['author.url', 'link'],
  ['author.avatar', 'image'],
  ['media.0.url', 'media'],
  ['media.0.poster', 'image'],
  ['quoted.url', 'link'],
  ['replyTo.url', 'link'],
  ['archive.url', 'link'],
  ['platformNote.url', 'link'],
  ['links.0.url', 'link'],
  ['video.src', 'media'],
  ['video.poster', 'image'],
  ['video.tracks.0.src', 'media'],
];

/** Text fields and their caps. */
const textFields: [path: string, max: number][] = [
  ['text', LIMITS.text],
  ['author.name', LIMITS.name],
  ['author.handle', LIMITS.name],
  ['contentWarning', LIMITS.shortText],
  ['translation.text', LIMITS.text],
  ['translation.by', LIMITS.name],
  ['verification.note', LIMITS.shortText],
  ['platformNote.text', LIMITS.shortText],
  ['replyTo.handle', LIMITS.name],
  ['media.0.alt', LIMITS.shortText],
  ['html', LIMITS.html],
];

/** Puts `value` at a dotted path ("media.0.url") in a fresh post object. */
function at(path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  const root: Record<string, unknown> = {};
  let node: Record<string, unknown> | unknown[] = root;
  keys.forEach((k, i) => {
    const leaf = i === keys.length - 1;
    const next = leaf ? value : /^\d+$/.test(keys[i + 1]) ? [] : {};
    if (Array.isArray(node)) node[Number(k)] = next;
    else node[k] = next;
    node = next as Record<string, unknown>;
  });
  if (path.startsWith('media.0.') && path !== 'media.0.url') (root.media as Record<string, unknown>[])[0].url = 'a.jpg';
  if (path === 'links.0.url') Object.assign(root, { text: 'hello world', links: [{ start: 0, end: 5, url: value }] });
  return root;
}

/** Reads a dotted path. */
function get(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Every string in a parsed post, with its path. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

describe('parse() under arbitrary JSON', () => {
  test(
    'never throws, always returns a post and problems with codes',
    () => {
      fc.assert(
        fc.property(fc.oneof(parsedJson, fc.array(parsedJson, { maxLength: 5 }), fc.anything()), (input) => {
          const { post, problems } = parse(input);
          expect(post).toBeTypeOf('object');
          for (const p of problems) expect(p.code).toMatch(/^[a-z-]+$/);
        }),
        params(),
      );
    },
    timeout(5),
  );

  test(
    'every string it returns is within its cap, and every URL passes the gate unchanged',
    () => {
      fc.assert(
        fc.property(parsedJson, (input) => {
          const { post } = parse(input);
          for (const [path, s] of strings(post)) {
            expect(s.length, path).toBeLessThanOrEqual(LIMITS.html);
            if (/(^|\.)(url|avatar|poster|src)$/.test(path)) expect(checkUrl(s, 'link') ?? checkUrl(s, 'media'), path).toBe(s);
          }
        }),
        params(),
      );
    },
    timeout(5),
  );

  test(
    'is idempotent: parsing its own output changes nothing',
    () => {
      fc.assert(
        fc.property(parsedJson, (input) => {
          const once = parse(input).post;
          const twice = parse(once);
          expect(twice.post).toEqual(once);
        }),
        params(),
      );
    },
    timeout(5),
  );

  test(
    'arbitrary strings in text fields come back trimmed and capped, never longer',
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 300 }),
        hostileText,
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', minLength: 190, maxLength: 12_000 }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...textFields), text, ([path, max], s) => {
          const out = get(parse(at(path, s)).post, path);
          const expected = expectedText(s, max);
          expect(out).toBe(expected);
          if (typeof out === 'string') expect(out.length).toBeLessThanOrEqual(max);
        }),
        params(),
      );
    },
    timeout(10),
  );

  test('open bidi controls are closed, so text cannot reorder what follows it', () => {
    const cases: [string, string][] = [
      ['a\u202eb', 'a\u202eb\u202c'],
      ['\u2067x', '\u2067x\u2069'],
      ['\u202ex\u202c', '\u202ex\u202c'],
      ['\u2069\u202ex', '\u2069\u202ex\u202c'],
      ['\u2067\u202ex\u2069', '\u2067\u202ex\u2069'],
      ['\u202b\u2068x', '\u202b\u2068x\u2069\u202c'],
      ['\u2068x\u202c', '\u2068x\u202c\u2069'],
    ];
    for (const [input, output] of cases) expect(parse({ contentWarning: input }).post.contentWarning).toBe(output);
  });
});

describe('the URL gate under arbitrary scheme:rest', () => {
  const base = 'https://page.example/articles/1';
  const candidate = urlCandidate;

  test(
    'yields nothing, an absolute http(s)/mailto URL, or a path that stays on the page',
    () => {
      fc.assert(
        fc.property(fc.oneof(candidate, fc.string(), fc.webUrl()), fc.constantFrom<UrlKind>('link', 'image', 'media'), (input, kind) => {
          const out = checkUrl(input, kind);
          if (out === undefined) return;
          const resolved = new URL(out, base);
          const allowed = kind === 'link' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
          expect(allowed).toContain(resolved.protocol);
          // No explicit scheme: it must resolve on the page's own host (no //host, no \\host).
          if (!/^[a-z][a-z\d+.-]*:/i.test(out)) expect(resolved.host).toBe('page.example');
        }),
        params(),
      );
    },
    timeout(5),
  );

  test(
    'through parse(), every URL field refuses what the gate refuses',
    () => {
      fc.assert(
        fc.property(candidate, fc.constantFrom(...urlFields), (input, [path, kind]) => {
          const out = get(parse(at(path, input)).post, path) as string | undefined;
          expect(out).toBe(checkUrl(input, kind));
        }),
        params(),
      );
    },
    timeout(5),
  );
});

describe('prototype pollution', () => {
  const hostile = [
    '{"__proto__":{"polluted":"yes","html":"<img src=x onerror=__xss()>"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"author":{"__proto__":{"polluted":"yes"}},"metrics":{"__proto__":{"polluted":"yes"}}}',
    '[{"__proto__":{"polluted":"yes"}},{"text":"a","__proto__":{"url":"javascript:__xss()"}}]',
    '{"quoted":{"quoted":{"__proto__":{"polluted":"yes"}}},"media":[{"__proto__":{"polluted":"yes"},"url":"a.jpg"}]}',
    '{"video":{"tracks":[{"__proto__":{"polluted":"yes"},"src":"a.vtt"}]},"links":[{"__proto__":{"polluted":"yes"}}]}',
  ];

  test('the detector fires: a polluted Object.prototype is caught', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'yes';
    try {
      expect(() => assertNoPoisoning()).toThrow(/Poisoning detected/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    assertNoPoisoning();
  });

  test.each(hostile)('%s pollutes nothing', (text) => {
    const { post } = parse(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(post) === Object.prototype || Object.getPrototypeOf(post) === null).toBe(true);
    expect(Object.hasOwn(post, '__proto__')).toBe(false);
    assertNoPoisoning();
  });

  test(
    'arbitrary JSON with __proto__ / constructor / prototype keys pollutes nothing (@fast-check/poisoning)',
    () => {
      fc.assert(
        fc.property(fc.oneof(parsedJson, fc.array(parsedJson, { maxLength: 4 })), (input) => {
          parse(input);
          assertNoPoisoning();
        }),
        params(),
      );
    },
    timeout(40),
  );

  test('a polluted Object.prototype does not leak into the parsed post', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const names = ['html', 'text', 'url', 'author', 'avatar', 'name', 'media', 'contentWarning', 'status', 'createdAt', 'platform'];
    try {
      for (const n of names) proto[n] = n === 'url' || n === 'avatar' ? 'javascript:__xss()' : '<img src=x onerror=__xss()>';
      // The empty layer (an element without attributes) must not read as one that gives text.
      const { post } = parse([{ text: 'own text' }, {}, { author: { handle: 'h' } }]);
      // What a template reads: own fields only, nothing inherited.
      expect(post.text).toBe('own text');
      expect(post.author?.handle).toBe('h');
      for (const n of names.filter((n) => n !== 'text' && n !== 'author' && n !== 'platform'))
        expect((post as Record<string, unknown>)[n], n).toBeUndefined();
      expect((post.author as Record<string, unknown>).name).toBeUndefined();
      expect((post.author as Record<string, unknown>).url).toBeUndefined();
    } finally {
      for (const n of names) delete proto[n];
    }
  });
});

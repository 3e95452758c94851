// Property-based fuzzing of the elements in a real browser: seeded, reproducible, seed logged.
// FUZZ_RUNS / FUZZ_SEED reach the browser as VITE_FUZZ_RUNS / VITE_FUZZ_SEED (scripts/fuzz.sh).
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import '../../../src/index.js';
import { LIMITS } from '../../../src/model/parse.js';
import { checkUrl } from '../../../src/safety/url.js';
import { params, logSeed, timeout } from '../../security/fuzz-config.js';
import { expectedText, hostileText, parsedJson, urlCandidate } from '../../security/arbitraries.js';
import { allowedUrl, fired, foreignRequests, inspect, installCanary, pageErrors, resetCanary, shadowElements } from './canary.js';

type Quote = HTMLElement & { post: unknown; updateComplete: Promise<unknown> };

beforeAll(() => {
  installCanary();
  logSeed('browser');
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => vi.restoreAllMocks());

/** Mounts one element with a post, waits for it, hands it to `check`, removes it. */
async function withElement(post: unknown, check: (el: Quote) => void, tag = 'post-quote', setup?: (el: Quote) => void): Promise<void> {
  const el = document.createElement(tag) as Quote;
  el.post = post;
  setup?.(el);
  document.body.append(el);
  try {
    await el.updateComplete;
    await el.updateComplete;
    check(el);
  } finally {
    el.remove();
  }
}

/** The element's tags in document order, leaving out the links that linkified text may add. */
function shape(el: Element): string {
  return [...shadowElements(el)]
    .filter(([e]) => !(e.localName === 'a' && e.closest('[part~="text"]')))
    .map(([e]) => e.localName)
    .join(' ');
}

/** Where each text field shows up, and how to read it back. */
const textFields: {
  field: string;
  max: number;
  post: (s: string) => Record<string, unknown>;
  read: (el: Element) => string | null | undefined;
  /** What shows when the field is empty (a default label). */
  absent?: string;
}[] = [
  {
    field: 'text',
    max: LIMITS.text,
    post: (s) => ({ text: s }),
    read: (el) => el.shadowRoot!.querySelector('[part~="text"]')?.textContent,
  },
  {
    field: 'author.name',
    max: LIMITS.name,
    post: (s) => ({ text: 't', author: { name: s } }),
    read: (el) => el.shadowRoot!.querySelector('[part~="author"] bdi')?.textContent,
    absent: 'Post',
  },
  {
    field: 'author.handle',
    max: LIMITS.name,
    post: (s) => ({ text: 't', author: { name: 'n', handle: s } }),
    read: (el) => el.shadowRoot!.querySelector('[part~="handle"]')?.textContent,
  },
  {
    field: 'contentWarning',
    max: LIMITS.shortText,
    post: (s) => ({ text: 't', contentWarning: s }),
    read: (el) => el.shadowRoot!.querySelector('[part~="warning"] summary span')?.textContent,
  },
  {
    field: 'translation.text',
    max: LIMITS.text,
    post: (s) => ({ text: 't', translation: { text: s } }),
    read: (el) => el.shadowRoot!.querySelector('[part~="translation"]')?.textContent,
  },
  {
    field: 'verification.note',
    max: LIMITS.shortText,
    post: (s) => ({ text: 't', verification: { status: 'disputed', note: s } }),
    read: (el) => el.shadowRoot!.querySelector('.verification .note')?.textContent,
  },
  {
    field: 'platformNote.text',
    max: LIMITS.shortText,
    post: (s) => ({ text: 't', platformNote: { text: s } }),
    read: (el) => el.shadowRoot!.querySelector('.platform-note p:last-child')?.textContent,
  },
  {
    field: 'media alt',
    max: LIMITS.shortText,
    post: (s) => ({ text: 't', media: [{ url: '/a.png', alt: s }] }),
    read: (el) => el.shadowRoot!.querySelector('img.m')?.getAttribute('alt'),
    absent: 'Image without description',
  },
];

/** Every URL field, as a post with that one field set. */
const urlFields: [string, (u: string) => Record<string, unknown>][] = [
  ['url', (u) => ({ text: 't', url: u })],
  ['author.url', (u) => ({ text: 't', author: { name: 'n', url: u } })],
  ['author.avatar', (u) => ({ text: 't', author: { name: 'n', avatar: u } })],
  ['media.url (image)', (u) => ({ media: [{ type: 'image', url: u }] })],
  ['media.url (video) and poster', (u) => ({ media: [{ type: 'video', url: u, poster: u }] })],
  ['links.url', (u) => ({ text: 'hello world', links: [{ start: 0, end: 5, url: u }] })],
  ['replyTo.url', (u) => ({ text: 't', replyTo: { handle: 'h', url: u } })],
  ['archive.url', (u) => ({ text: 't', status: 'deleted', archive: { url: u } })],
  ['platformNote.url', (u) => ({ text: 't', platformNote: { text: 'n', url: u } })],
  ['quoted.url and avatar', (u) => ({ text: 't', quoted: { text: 'q', url: u, author: { name: 'q', avatar: u, url: u } } })],
  ['html link', (u) => ({ text: 't', html: `<p><a href="${u.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">x</a></p>` })],
];

describe('fuzz: elements', () => {
  test(
    'arbitrary JSON as the post property never throws out of an element',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(parsedJson, fc.anything()), fc.constantFrom('post-quote', 'tweet-quote'), async (post, tag) => {
          resetCanary();
          await withElement(
            post,
            (el) => {
              expect(el.shadowRoot!.querySelector('figure, slot')).not.toBeNull();
              expect(inspect(el)).toEqual([]);
            },
            tag,
          );
          expect(pageErrors).toEqual([]);
          expect(fired).toEqual([]);
        }),
        params(0.5),
      );
    },
    timeout(40, 0.5),
  );

  test(
    'arbitrary text as inline JSON and in every attribute never throws',
    async () => {
      const attrs = [
        'href',
        'author',
        'handle',
        'avatar',
        'datetime',
        'likes',
        'status',
        'time-zone',
        'archive-href',
        'verification',
        'content-warning',
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileText,
            parsedJson.map((v) => JSON.stringify(v) ?? ''),
          ),
          hostileText,
          async (script, value) => {
            resetCanary();
            await withElement(
              undefined,
              (el) => expect(inspect(el)).toEqual([]),
              'post-quote',
              (el) => {
                const s = document.createElement('script');
                s.type = 'application/json';
                s.textContent = script;
                const bq = document.createElement('blockquote');
                bq.textContent = value;
                el.append(bq, s);
                for (const a of attrs) el.setAttribute(a, value);
              },
            );
            expect(pageErrors).toEqual([]);
          },
        ),
        params(0.5),
      );
    },
    timeout(40, 0.5),
  );

  test(
    'arbitrary strings in text fields render with textContent equal to the input (trimmed, capped), and add no elements',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...textFields), hostileText, async (f, s) => {
          const expected = expectedText(s, f.max);
          let baseline = '';
          await withElement(f.post('x'), (el) => void (baseline = shape(el)));
          await withElement(f.post(s), (el) => {
            if (expected === undefined) return expect(f.read(el) ?? undefined, f.field).toBe(f.absent);
            expect(f.read(el), f.field).toBe(expected);
            expect(shape(el), f.field).toBe(baseline);
          });
        }),
        params(),
      );
    },
    timeout(40),
  );

  test(
    'arbitrary scheme:rest in any URL field yields no href/src or an allowlisted one',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...urlFields), fc.oneof(urlCandidate, fc.webUrl(), hostileText), async ([field, post], u) => {
          resetCanary();
          await withElement(post(u), (el) => {
            for (const [e] of shadowElements(el))
              for (const name of ['href', 'src', 'poster', 'cite'])
                if (e.hasAttribute(name))
                  expect(allowedUrl(e.getAttribute(name)!, name), `${field} → ${e.localName}[${name}=${e.getAttribute(name)}]`).toBe(true);
            expect(inspect(el)).toEqual([]);
            expect(foreignRequests([el])).toEqual([]);
            // A URL the gate refuses appears nowhere, not even resolved.
            if (checkUrl(u, 'link') === undefined && checkUrl(u, 'image') === undefined && u.trim()) {
              const hrefs = [...shadowElements(el)].flatMap(([e]) => [
                e.getAttribute('href'),
                e.getAttribute('src'),
                e.getAttribute('poster'),
              ]);
              expect(hrefs).not.toContain(u);
            }
          });
        }),
        params(),
      );
    },
    timeout(40),
  );
});

describe('fuzz: prototype pollution in the browser', () => {
  /** Own property names of the prototypes a pollution would touch, and the window's own names. */
  function snapshot(): string {
    const protos = [
      Object.prototype,
      Array.prototype,
      Function.prototype,
      String.prototype,
      Number.prototype,
      Node.prototype,
      Element.prototype,
      HTMLElement.prototype,
      EventTarget.prototype,
    ];
    return JSON.stringify([
      ...protos.map((p) => Reflect.ownKeys(p).map(String).sort()),
      Object.keys(window)
        .filter((k) => !/^__vitest|^__xss$/.test(k))
        .sort(),
    ]);
  }

  test(
    '{"__proto__":…} and constructor.prototype payloads in every channel pollute nothing',
    async () => {
      const before = snapshot();
      await fc.assert(
        fc.asyncProperty(parsedJson, async (value) => {
          const payloads = [
            JSON.parse(
              `{"__proto__":{"polluted":"yes","html":"<img src=x onerror=__xss()>"},"constructor":{"prototype":{"polluted":"yes"}}}`,
            ),
            { text: 't', author: JSON.parse('{"__proto__":{"polluted":"yes"},"name":"n"}'), extra: value },
            value,
          ];
          for (const post of payloads)
            await withElement(
              post,
              () => {},
              'post-quote',
              (el) => {
                const s = document.createElement('script');
                s.type = 'application/json';
                s.textContent = JSON.stringify(post) ?? '';
                el.append(s);
              },
            );
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(fired).toEqual([]);
        }),
        params(0.25),
      );
      expect(snapshot()).toBe(before);
    },
    timeout(40, 0.25),
  );
});

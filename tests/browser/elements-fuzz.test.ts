// Seeded fuzzing of the elements in Chromium: the Node fuzz test's hostile posts (tests/fuzz/gen.ts)
// through `el.post`, inline JSON, attributes, mutated platform JSON and X API v2 responses, into <post-quote>,
// <tweet-quote> and <video-appeal>. No error reaches the page, no exception is caught inside
// (code "internal"), and the card or the fallback is shown. A failure prints its seed and input.
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import '../../src/index.js';
import { checkUrl } from '../../src/safety/url.js';
import { anyValue, hostileInput, hostileString, hostileUrl, hostileV2, mutate, pick, rng, type Rng } from '../fuzz/gen.js';
import gargron from '../fixtures/platforms/mastodon-status-cw-media.json';
import edited from '../fixtures/platforms/mastodon-status-edited-media.json';
import bluesky from '../fixtures/platforms/bluesky-thread-synthetic.json';

type El = HTMLElement & { post?: unknown; updateComplete: Promise<unknown> };

const N = Number(import.meta.env.VITE_FUZZ_RUNS ?? 240);
const seed0 = Number(import.meta.env.VITE_FUZZ_SEED ?? 20261127);
const tags = ['post-quote', 'tweet-quote', 'video-appeal'];
const tweet = {
  id_str: '1868000000000000000',
  text: '@bob Aftermath https://t.co/abc',
  display_text_range: [5, 31],
  user: { name: 'Reporter', screen_name: 'reporter', profile_image_url_https: 'https://pbs.twimg.com/a.jpg' },
  entities: { urls: [{ url: 'https://t.co/abc', display_url: 'example.com/src', expanded_url: 'https://example.com/src' }] },
  mediaDetails: [{ type: 'photo', media_url_https: 'https://pbs.twimg.com/media/x.jpg', original_info: { width: 1200, height: 800 } }],
  quoted_tweet: { id_str: '1', text: 'quoted', user: { screen_name: 'q' } },
};
const platformJson = [gargron, edited, bluesky, tweet];
const attributeNames = [
  'href',
  'platform',
  'author',
  'handle',
  'author-href',
  'avatar',
  'author-verified',
  'datetime',
  'shares',
  'likes',
  'replies',
  'quotes',
  'views',
  'counted-at',
  'verification',
  'verification-note',
  'content-warning',
  'status',
  'archive-href',
  'archived-at',
  'no-counts',
  'no-media',
  'time-zone',
  'theme',
  'lang',
  'dir',
  'anonymize',
  'provider',
  'start',
  'duration',
  'poster',
  'width',
  'height',
  'src',
  'video-id',
  'orientation',
  'crossorigin',
];

const errors: string[] = [];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('error' in e ? (e.error ?? e.message) : e.reason));
const internal: string[] = [];
const onProblem = (e: Event) =>
  (e as Event & { code: string }).code === 'internal' && internal.push((e as Event & { message: string }).message);

beforeAll(() => {
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  document.addEventListener('postquote-error', onProblem);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterAll(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onError);
  document.removeEventListener('postquote-error', onProblem);
  vi.restoreAllMocks();
});

/** One element fed one hostile input, by one of five ways; returns what to print when it fails. */
function make(r: Rng): { el: El; input: unknown; how: string } {
  const el = document.createElement(pick(r, tags)) as El;
  const how = pick(r, ['post', 'json', 'attributes', 'platform', 'x-api-v2']);
  let input: unknown;
  if (how === 'post') el.post = input = hostileInput(r);
  else if (how === 'attributes') {
    const attrs: Record<string, string> = {};
    for (const name of attributeNames) if (r() < 0.3) attrs[name] = pick(r, [hostileString(r), hostileUrl(r), String(anyValue(r, 0)), '']);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    input = attrs;
  } else {
    input =
      how === 'json' ? hostileInput(r) : how === 'x-api-v2' ? hostileV2(r) : mutate(r, pick(r, platformJson), pick(r, [0.02, 0.1, 0.3]));
    const script = document.createElement('script');
    script.type = 'application/json';
    // Sometimes cut short: JSON that does not parse.
    const json = JSON.stringify(input) ?? 'null';
    script.textContent = r() < 0.05 ? json.slice(0, json.length / 2) : json;
    el.append(script);
  }
  // A fallback blockquote, as pages write it, under most of them.
  if (r() < 0.5) {
    const bq = document.createElement('blockquote');
    bq.textContent = hostileString(r);
    if (r() < 0.5) bq.setAttribute('cite', hostileUrl(r));
    el.append(bq);
  }
  return { el, input, how };
}

/**
 * Renders `el` in the page and removes it: what went wrong (a page error, an exception caught inside, a
 * URL past the gate, nothing shown), and whether it showed a card.
 */
async function render(el: El): Promise<string[] & { card?: boolean }> {
  errors.length = internal.length = 0;
  document.body.append(el);
  try {
    await el.updateComplete;
    await el.updateComplete;
    const root = el.shadowRoot;
    const shown = root?.querySelector('[part~="card"], [part~="warning"], slot');
    // Every URL the card loads or links passes the gate (resolved against the page, as safeUrl() does).
    const urls = [...(root?.querySelectorAll('[href], [src], [poster]') ?? [])].flatMap((n) =>
      ['href', 'src', 'poster'].flatMap((a) => (n.hasAttribute(a) ? [n.getAttribute(a)!] : [])),
    );
    const bad = urls.filter((u) => !/^(https?|mailto):/i.test(new URL(u, document.baseURI).href) || checkUrl(u) === undefined);
    return Object.assign(
      [
        ...bad.map((u) => `URL not through the gate: ${u}`),
        ...errors.map((e) => `page error: ${e}`),
        ...internal.map((m) => `internal: ${m}`),
        ...(shown ? [] : ['nothing shown']),
      ],
      { card: !!root?.querySelector('[part~="card"]') },
    );
  } finally {
    el.remove();
  }
}

test('hostile posts, JSON, attributes and platform JSON: nothing escapes, the card or the fallback shows', async () => {
  const failures: string[] = [];
  let cards = 0;
  for (let i = 0; i < N && failures.length < 5; i++) {
    const seed = seed0 + i;
    const { el, input, how } = make(rng(seed));
    const wrong = await render(el);
    if (wrong.length) {
      const text = JSON.stringify(input, (_, x) => (typeof x === 'string' && x.length > 120 ? `${x.slice(0, 60)}…(${x.length})` : x));
      failures.push(`seed ${seed} <${el.localName}> by ${how}: ${wrong.join('; ')}\ninput: ${text?.slice(0, 2000)}`);
    }
    if (wrong.card) cards++;
  }
  expect(failures.join('\n\n')).toBe('');
  // Not only fallbacks: most inputs make a card.
  expect(cards).toBeGreaterThan(N / 3);
}, 60_000);

/** Every recorded embed code (X, Bluesky, Mastodon, Instagram, Threads, TikTok), as pasted. */
const embeds = Object.values(
  import.meta.glob(['../fixtures/x-embeds/*.html', '../fixtures/embeds/*.html', '../fixtures/platforms/*.html'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
) as string[];

/** Deletes random elements and attributes of `root`, and gives others hostile values or text. */
function mutateDom(r: Rng, root: Element): void {
  for (const node of [...root.querySelectorAll('*')]) {
    const roll = r();
    if (roll < 0.05) node.remove();
    else if (roll < 0.1) node.replaceChildren(hostileString(r));
    for (const a of [...node.attributes]) {
      const roll = r();
      if (roll < 0.1) node.removeAttribute(a.name);
      else if (roll < 0.2) node.setAttribute(a.name, pick(r, [hostileUrl(r), hostileString(r), '']));
    }
  }
}

test('pasted embed codes with elements and attributes deleted or replaced: nothing escapes, the card or the fallback shows', async () => {
  const failures: string[] = [];
  let cards = 0;
  for (let i = 0; i < N / 2 && failures.length < 5; i++) {
    const seed = seed0 + i;
    const r = rng(seed);
    const el = document.createElement(pick(r, ['post-quote', 'tweet-quote'])) as El;
    const tpl = document.createElement('template');
    tpl.innerHTML = pick(r, embeds); // test fixture only: a template's scripts never run
    tpl.content.querySelectorAll('script').forEach((s) => s.remove());
    mutateDom(r, tpl.content as unknown as Element);
    el.append(tpl.content);
    const input = el.innerHTML;
    const wrong = await render(el);
    if (wrong.length) failures.push(`seed ${seed} <${el.localName}>: ${wrong.join('; ')}\nmarkup: ${input.slice(0, 2000)}`);
    if (wrong.card) cards++;
  }
  expect(failures.join('\n\n')).toBe('');
  expect(cards).toBeGreaterThan(N / 4);
}, 60_000);

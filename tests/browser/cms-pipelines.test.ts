// What real CMS pipelines make of the markup a template writes (tests/fixtures/cms: each input run
// through WordPress 6.1's own PHP (the_content, a Custom HTML block, kses on save) and its JS autop,
// markdown-it, marked, and a sanitizer set up as Drupal's "Basic HTML"; see its README), parsed by
// the browser as a page would be: where the card still shows the post, and where a <p> the pipeline
// put around the element made the HTML parser close it at its first <blockquote>, the post then
// after it, outside the card, and the element reports `split-markup`.
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, norm, postquoteErrors, settle } from './helpers.js';
import { toMarkup, type MarkupOptions } from '../../src/model/markup.js';
import { parse } from '../../src/model/index.js';
import toMarkupCases from '../fixtures/cms/to-markup.json';

const files = import.meta.glob('../fixtures/cms/out/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const out = (name: string) => files[`../fixtures/cms/out/${name}.html`]!;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Seen {
  /** Per element: its tag, and the post's text and translation on its card ("" for none; no card: "-"). */
  elements: string[];
  /** Visible text outside the elements, but for the article's own paragraphs. */
  outside: string[];
  codes: string[];
}

async function look(markup: string, report?: Parameters<typeof postquoteErrors>[0]): Promise<Seen> {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const errors = postquoteErrors(report);
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // test fixture only; scripts inside never run
  host.append(tpl.content);
  const els = [...host.querySelectorAll('post-quote, tweet-quote, video-appeal')];
  // Rendered, the on-demand parts (the newsroom's translation, DOMPurify) included.
  await vi.waitFor(
    () => expect(els.every((e) => (e as unknown as { hasUpdated: boolean }).hasUpdated && !e.matches(':state(pending)'))).toBe(true),
    { timeout: 10_000 },
  );
  for (const e of els) await settle(e);
  await new Promise((r) => setTimeout(r, 50));
  for (const e of els) await settle(e);
  errors.stop();
  const shown = (n: HTMLElement) => n.innerText.trim().replace(/\s+/g, ' ');
  const text = (n: Node | null | undefined) => (n?.textContent ?? '').trim().replace(/\s+/g, ' ');
  return {
    elements: els.map((e) => {
      const card = e.shadowRoot!.querySelector('[part~="card"]');
      if (!card) return `${e.localName}: -`;
      const t = text(e.shadowRoot!.querySelector('[part~="text"]'));
      const tr = text(e.shadowRoot!.querySelector('[part~="translation"]'));
      return `${e.localName}: ${t}${tr ? ` / ${tr}` : ''}`;
    }),
    // Each innermost block that shows text, outside the elements (a <p> around one holds none of its own).
    outside: [...host.querySelectorAll<HTMLElement>('blockquote, p, pre, div')]
      .filter((n) => !n.closest('post-quote, tweet-quote, video-appeal') && !n.querySelector('post-quote, tweet-quote, video-appeal'))
      .filter((n, _, all) => shown(n) && !all.some((m) => m !== n && n.contains(m) && shown(m)))
      .map(shown)
      // And text outside any block (a Custom HTML block's content is not wrapped in a <p>).
      .concat([...host.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map(text))
      .filter((t) => t && !/^(<p>)?(The minister wrote on Tuesday|It was deleted later|Her appeal|She spoke from Aleppo)/.test(t)),
    codes: [...new Set(errors.seen)].sort(),
  };
}

const post = 'just setting up my twttr';
const translation = 'richte gerade mein twttr ein';
const card = (tag = 'tweet-quote') => ({ elements: [`${tag}: ${post} / ${translation}`], outside: [], codes: [] });
/** The element closed at its first <blockquote>: empty, the post and the translation after it as the page's own quotes. */
const split = (tag = 'tweet-quote', codes = ['no-content', 'split-markup']) => ({
  elements: [`${tag}: -`],
  outside: [post, translation],
  codes,
});
/** No element left: the post and the translation as two bare blockquotes, a reader takes both for quotes. */
const stripped = { elements: [], outside: [post, translation], codes: [] };

/** One pipeline's recorded outputs: each input's name to what is seen. */
const through = (pipeline: string, seen: Record<string, Seen>): Record<string, Seen> =>
  Object.fromEntries(Object.entries(seen).map(([name, s]) => [`${name}.${pipeline}`, s]));
const hello = { elements: ['post-quote: Hello fediverse'], outside: [], codes: [] };
const appeal = 'Jede Bombe ist ein Massaker. Rettet Aleppo, rettet die Menschlichkeit.';
const transcript = 'Ich heiße Lina. Jede Bombe ist ein Massaker.';
const jack = '— jack (@jack) March 21, 2006';

// WordPress's autop: <tweet-quote> and <video-appeal> are inline to it, wrapped in a <p>; <post-quote>
// passes, as its regular expressions take `<post-quote` for a `<p` tag; so does a <div> on its own lines.
// The same whether @wordpress/autop alone (`wpautop`) or WordPress 6.1's whole `the_content` in PHP
// (`wordpress`: autoembed, which finds no URL alone on a line, wptexturize, wpautop, shortcode_unautop,
// wp_filter_content_tags, which adds decoding="async" to an <img>, capital_P_dangit, do_shortcode,
// convert_smilies).
const autop: Record<string, Seen> = {
  'readme-template': split(),
  'multiline-template': split(),
  'tag-on-one-line': split(),
  'one-line': split(),
  'x-embed': { ...split(), outside: [post, jack] },
  'readme-template-post-quote': card('post-quote'),
  'div-wrapped': card(),
  'json-lines': hello,
  'json-escaped': hello,
  // Its <p> tags in the JSON's HTML string: a raw line break in it.
  'post-quote-json': { elements: ['post-quote: -'], outside: [], codes: ['invalid-json', 'no-content'] },
  // The key quote and transcript after the <p>: a card without its quote, the transcript on the page.
  'transcript-only': { elements: ['video-appeal: '], outside: [transcript], codes: ['split-markup'] },
  'indented-transcript': { elements: ['video-appeal: '], outside: ['Jede Bombe ist ein Massaker.', transcript], codes: ['split-markup'] },
  'video-appeal': { elements: ['video-appeal: '], outside: [appeal, transcript], codes: ['split-markup'] },
};

// WordPress's `the_content` on a Custom HTML block (`<!-- wp:html -->`, the block editor's): do_blocks
// takes wpautop off, so every input is left whole (wptexturize still runs on its text).
const block: Record<string, Seen> = {
  'readme-template': card(),
  'multiline-template': card(),
  'tag-on-one-line': card(),
  'one-line': card(),
  'x-embed': { elements: [`tweet-quote: ${post}`], outside: [], codes: [] },
  'readme-template-post-quote': card('post-quote'),
  'div-wrapped': card(),
  'json-lines': hello,
  'json-escaped': hello,
  'post-quote-json': hello,
  'transcript-only': { elements: ['video-appeal: '], outside: [], codes: [] },
  'indented-transcript': { elements: ['video-appeal: Jede Bombe ist ein Massaker.'], outside: [], codes: [] },
  'video-appeal': { elements: [`video-appeal: ${appeal}`], outside: [], codes: [] },
};

// Saved by an author without unfiltered_html (wp_kses_post, WordPress's PHP), then `the_content`:
// kses removes the elements, the `slot` attributes (it keeps `data-*`), <source> and the <script> tags
// but not their text: inline JSON is left on the page as text, its quotes made curly by wptexturize.
const json = '{“platform”:”mastodon”,”html”:”\\u003cp>Hello \\u003cb>fediverse\\u003c/b>\\u003c/p>”}';
const jsonHead = '{“platform”:”mastodon”,”url”:”https://mastodon.social/@Gargron/1″,”author”:{“name”:”Eugen”},”html”:”';
const kses: Record<string, Seen> = {
  'readme-template': stripped,
  'multiline-template': stripped,
  'tag-on-one-line': stripped,
  'one-line': stripped,
  'x-embed': { elements: [], outside: [post, jack], codes: [] },
  'readme-template-post-quote': stripped,
  'div-wrapped': stripped,
  'json-lines': { elements: [], outside: [json], codes: [] },
  'json-escaped': { elements: [], outside: [json], codes: [] },
  'post-quote-json': {
    elements: [],
    outside: [jsonHead, 'Hello fediverse', '“}'],
    codes: [],
  },
  'transcript-only': { elements: [], outside: [transcript], codes: [] },
  'indented-transcript': { elements: [], outside: ['Jede Bombe ist ein Massaker.', transcript], codes: [] },
  'video-appeal': { elements: [], outside: [appeal, transcript], codes: [] },
};
// The same in a Custom HTML block: no <p> is written around what is left.
const ksesBlock: Record<string, Seen> = {
  ...kses,
  'x-embed': { elements: [], outside: [post], codes: [] },
  'post-quote-json': { elements: [], outside: ['Hello fediverse', jsonHead, '“}'], codes: [] },
};

const expected: Record<string, Seen> = {
  ...through('wpautop', autop),
  ...through('wordpress', autop),
  ...through('wordpress-block', block),
  ...through('wordpress-kses', kses),
  ...through('wordpress-kses-block', ksesBlock),

  // CommonMark (markdown-it with html: true) and marked: an HTML block starts at a line that is a
  // complete opening tag alone, or begins with a block tag (<div>), and ends at a blank line.
  'readme-template.markdown-it': split('tweet-quote'),
  'readme-template.marked': split('tweet-quote'),
  'readme-template-post-quote.markdown-it': split('post-quote'),
  'readme-template-post-quote.marked': split('post-quote'),
  'one-line.markdown-it': split(),
  'one-line.marked': split(),
  'tag-on-one-line.markdown-it': card(),
  'tag-on-one-line.marked': card(),
  'div-wrapped.markdown-it': card(),
  'div-wrapped.marked': card(),
  'x-embed.markdown-it': { elements: [`tweet-quote: ${post}`], outside: [], codes: [] },
  'x-embed.marked': { elements: [`tweet-quote: ${post}`], outside: [], codes: [] },
  // A blank line, then an indented line: a code block inside the element, which the card does not
  // show (its markup is text there, never read as HTML): reported.
  'multiline-template.markdown-it': { elements: [`tweet-quote: ${post}`], outside: [], codes: ['split-markup'] },
  'multiline-template.marked': { elements: [`tweet-quote: ${post}`], outside: [], codes: ['split-markup'] },
  'indented-transcript.markdown-it': { elements: ['video-appeal: Jede Bombe ist ein Massaker.'], outside: [], codes: ['split-markup'] },
  'indented-transcript.marked': { elements: ['video-appeal: Jede Bombe ist ein Massaker.'], outside: [], codes: ['split-markup'] },
  // The transcript alone: the <p> closed at its <div> (Markdown), or before it (wpautop).
  'transcript-only.markdown-it': {
    elements: ['video-appeal: '],
    outside: ['Ich heiße Lina. Jede Bombe ist ein Massaker.'],
    codes: ['split-markup'],
  },
  'transcript-only.marked': {
    elements: ['video-appeal: '],
    outside: ['Ich heiße Lina. Jede Bombe ist ein Massaker.'],
    codes: ['split-markup'],
  },
  // JSON in a paragraph: markdown-it escapes its quotes, marked links its URL.
  'post-quote-json.markdown-it': { elements: ['post-quote: -'], outside: [], codes: ['invalid-json', 'no-content'] },
  'post-quote-json.marked': { elements: ['post-quote: -'], outside: [], codes: ['invalid-json', 'no-content'] },
  'json-escaped.markdown-it': { elements: ['post-quote: -'], outside: [], codes: ['invalid-json', 'no-content'] },
  'json-escaped.marked': { elements: ['post-quote: Hello fediverse'], outside: [], codes: [] },
  'json-lines.markdown-it': { elements: ['post-quote: Hello fediverse'], outside: [], codes: [] },
  'json-lines.marked': { elements: ['post-quote: Hello fediverse'], outside: [], codes: [] },
  'video-appeal.markdown-it': {
    elements: ['video-appeal: '],
    outside: ['Jede Bombe ist ein Massaker. Rettet Aleppo, rettet die Menschlichkeit.', 'Ich heiße Lina. Jede Bombe ist ein Massaker.'],
    codes: ['split-markup'],
  },
  'video-appeal.marked': {
    elements: ['video-appeal: '],
    outside: ['Jede Bombe ist ein Massaker. Rettet Aleppo, rettet die Menschlichkeit.', 'Ich heiße Lina. Jede Bombe ist ein Massaker.'],
    codes: ['split-markup'],
  },

  // Without raw HTML (markdown-it's default): the markup as text.
  'readme-template.markdown-it-safe': {
    elements: [],
    outside: [
      '<tweet-quote href="https://twitter.com/jack/status/20" author="Jack Dorsey" handle="jack" datetime="2006-03-21T20:50:14Z" shares="118000" counted-at="2024-01-01T00:00:00Z" verification="verified" status="deleted" archive-href="https://web.archive.org/web/2016/https://twitter.com/jack/status/20" archived-at="2016-12-14"> <blockquote lang="en" cite="https://twitter.com/jack/status/20">just setting up my twttr</blockquote> <blockquote slot="translation" lang="de" data-by="Desk">richte gerade mein twttr ein</blockquote> </tweet-quote>',
    ],
    codes: [],
  },

  // Drupal's "Basic HTML" (its list, applied by sanitize-html, which drops a <script>'s text): the
  // element (and its slot attributes, and inline JSON) gone.
  'readme-template.drupal-basic': stripped,
  'video-appeal.drupal-basic': { elements: [], outside: [appeal, transcript], codes: [] },
  'post-quote-json.drupal-basic': { elements: [], outside: [], codes: [] },
  // Drupal's list with the elements and their children's attributes allowed (README, CMS pipelines).
  'readme-template.drupal-allowed': card(),
};

test('every recorded output is looked at', () => {
  // toMarkup's outputs are looked at below.
  const recorded = Object.keys(files)
    .map((f) => f.replace(/^.*\/(.*)\.html$/, '$1'))
    .filter((name) => !name.startsWith('to-markup-'));
  expect(recorded.length).toBeGreaterThan(30);
  expect(recorded.sort()).toEqual(Object.keys(expected).sort());
});

for (const [name, seen] of Object.entries(expected))
  test(`${name}: ${seen.codes.includes('split-markup') ? 'split, reported' : seen.elements.some((e) => e.endsWith(': -')) || !seen.elements.length ? 'no card' : 'a card'}`, async () => {
    expect(await look(out(name))).toEqual(seen);
  });

test('an element in a <p> of its own (attributes and inline JSON, one line) is no split', async () => {
  const seen = await look(
    `<p><tweet-quote author="A"><script type="application/json">{"text":"Hello"}</script></tweet-quote></p><p>After.</p><blockquote>A quote of the article's own.</blockquote>`,
  );
  expect(seen.elements).toEqual(['tweet-quote: Hello']);
  expect(seen.codes).toEqual([]);
});

// The HTML parser closes a <p> at any of these start tags, not only <blockquote>: inside an element
// in a <p>, each splits off the markup from there on.
test.each(['figure', 'ul', 'div', 'pre', 'table', 'h2', 'hr', 'section', 'details', 'dl', 'aside'])(
  'an element in a <p> split at a <%s> is reported',
  async (tag) => {
    const inner =
      tag === 'hr'
        ? '<hr>'
        : tag === 'table'
          ? '<table><tr><td>cell</td></tr></table>'
          : `<${tag}>${tag === 'ul' ? '<li>item</li>' : 'inner'}</${tag}>`;
    const seen = await look(
      `<p><post-quote author="A" href="https://example.org/a">${inner}<blockquote lang="en">${post}</blockquote></post-quote></p><p>After.</p>`,
    );
    expect(seen.elements).toEqual(['post-quote: -']);
    expect(seen.codes).toEqual(['no-content', 'split-markup']);
  },
);

test("an element holding its post as inline JSON, alone in a <p> that a page's blockquote follows, is no split", async () => {
  const seen = await look(
    `<p><tweet-quote author="A"><script type="application/json">{"text":"Hello"}</script></tweet-quote></p>\n<blockquote>A quote of the article's own.</blockquote>`,
  );
  expect(seen.elements).toEqual(['tweet-quote: Hello']);
  expect(seen.outside).toEqual(["A quote of the article's own."]);
  expect(seen.codes).toEqual([]);
});

test('a code block inside the element that holds no markup (a code sample in a pasted embed) is not reported', async () => {
  const seen = await look(
    `<tweet-quote author="A"><blockquote lang="en">${post}</blockquote><pre><code>npm install postquote</code></pre></tweet-quote>`,
  );
  expect(seen.codes).toEqual([]);
});

test('the message says where the <p> closed the element, or that Markdown made its markup a code block, and what to do', async () => {
  const said = async (name: string) => (await look(out(name), (e) => `${e.code}: ${e.message}`)).codes;
  expect(await said('transcript-only.markdown-it')).toEqual(['split-markup: a <p> (wpautop, Markdown) split off its markup at <div>']);
  expect(await said('video-appeal.markdown-it')).toEqual(['split-markup: a <p> (wpautop, Markdown) split off its markup at <track>']);
  expect(await said('multiline-template.marked')).toEqual([
    'split-markup: Markdown made indented markup a code block (<pre>), not read: unindent it',
  ]);
});

test('a </p> that Markdown or wpautop wrote inside the element, before its <track>, its poster link or a photo, splits it there too', async () => {
  for (const [at, child] of [
    ['track', '<track kind="subtitles" srclang="de" src="/a.vtt">'],
    ['a', '<a href="https://example.org/v"><img src="/p.jpg" alt=""></a>'],
    ['img', '<img slot="media" src="/p.jpg" alt="">'],
  ])
    expect(
      (await look(`<p><video-appeal author="A" href="https://example.org/v"></p>\n${child}\n</video-appeal>`, (e) => e.message)).codes,
    ).toEqual([`a <p> (wpautop, Markdown) split off its markup at <${at}>`]);
});

// toMarkup's output (tests/fixtures/cms/to-markup.json, recorded by record-markup.mjs and record.cjs),
// parsed as a page is, with scripting on (a <noscript>'s content is text): the card renders
// parse(post).post, with nothing reported and nothing of it outside. Markdown passes its default
// output; wpautop only `{ cms: 'wordpress' }`'s (its default output is split at the first <blockquote>).
const inputs = import.meta.glob('../fixtures/cms/input/to-markup-*.html', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const cases = toMarkupCases as { name: string; post: unknown; options?: MarkupOptions }[];

test('the recorded inputs are what toMarkup writes now', () => {
  for (const { name, post, options } of cases)
    for (const [suffix, more] of [
      ['', {}],
      ['-wordpress', { cms: 'wordpress' }],
    ] as const)
      expect(inputs[`../fixtures/cms/input/to-markup-${name}${suffix}.html`]).toBe(
        `<p>Her appeal:</p>\n\n${toMarkup(post, { ...options, ...more }).html}\n\n<p>She spoke from Aleppo.</p>\n`,
      );
});

/** The elements of `html` parsed as a page's (scripting on), once rendered, with what they reported and the text outside them. */
async function page(html: string) {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const errors = postquoteErrors();
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  const range = document.createRange();
  range.selectNodeContents(host);
  host.append(range.createContextualFragment(html)); // test fixture only; its scripts are marked not to run
  const els = [...host.querySelectorAll('post-quote, tweet-quote, video-appeal')] as (HTMLElement & { current: unknown })[];
  await vi.waitFor(
    () => expect(els.every((e) => (e as unknown as { hasUpdated: boolean }).hasUpdated && !e.matches(':state(pending)'))).toBe(true),
    { timeout: 10_000 },
  );
  for (const e of els) await settle(e);
  errors.stop();
  const outside = [...host.querySelectorAll<HTMLElement>('blockquote, p, div, details')]
    .filter((n) => !n.closest('post-quote, tweet-quote, video-appeal') && !n.querySelector('post-quote, tweet-quote, video-appeal'))
    .map((n) => n.innerText.trim())
    .filter((t) => t && !/^(Her appeal|She spoke from Aleppo)/.test(t));
  return { els, codes: errors.seen, outside, text: host.innerText };
}

for (const { name, post, options } of cases)
  for (const suffix of ['', '-wordpress'])
    for (const pipeline of ['markdown-it', 'marked', 'wpautop', 'wordpress']) {
      const whole = suffix || !['wpautop', 'wordpress'].includes(pipeline);
      test(`toMarkup ${name}${suffix ? " with { cms: 'wordpress' }" : ''} through ${pipeline}: ${whole ? 'the card renders the post' : 'not'}`, async () => {
        const { els, codes, outside } = await page(out(`to-markup-${name}${suffix}.${pipeline}`));
        const html = toMarkup(post, options).html;
        const want = norm(parse(post).post) as { video?: unknown };
        if (!html.startsWith('<video-appeal')) delete want.video;
        const seen = {
          elements: els.map((e) => e.localName),
          post: els.length === 1 ? norm(els[0]!.current) : undefined,
          codes,
          outside,
        };
        const card = { elements: [html.slice(1, html.indexOf(' '))], post: want, codes: [], outside: [] };
        if (whole) expect(seen).toEqual(card);
        else expect(seen).not.toEqual(card);
      });
    }

/** The light DOM's words as a reader without JavaScript gets them (no inline JSON, no <noscript> source), without whitespace. */
const lightWords = (root: ParentNode) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let words = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('script, noscript')) words += n.nodeValue;
  return words.replace(/\s+/g, '');
};

// WordPress's own PHP, its whole `the_content` (record.cjs, wordpress.php), on classic content and on a
// Custom HTML block: wptexturize makes straight quotes curly, `--` a dash, `...` an ellipsis and 3x4
// 3×4 in text (not in attributes, nor in <script>). The card renders the post, and the light DOM (the
// no-JS reader's quote, a <video-appeal>'s transcript and consent notice) keeps the characters toMarkup
// wrote, quoted words verbatim.
for (const { name, post, options } of cases)
  for (const pipeline of ['wordpress', 'wordpress-block'])
    test(`toMarkup ${name} with { cms: 'wordpress' } through ${pipeline}: the card renders the post, the quote's characters kept`, async () => {
      const { els, codes, outside } = await page(out(`to-markup-${name}-wordpress.${pipeline}`));
      const html = toMarkup(post, options).html;
      const want = norm(parse(post).post) as { video?: unknown };
      if (!html.startsWith('<video-appeal')) delete want.video;
      expect({ elements: els.map((e) => e.localName), post: els.length === 1 ? norm(els[0]!.current) : undefined, codes, outside }).toEqual(
        {
          elements: [html.slice(1, html.indexOf(' '))],
          post: want,
          codes: [],
          outside: [],
        },
      );
      const written = document.createRange().createContextualFragment(toMarkup(post, { ...options, cms: 'wordpress' }).html);
      expect(lightWords(els[0]!)).toBe(lightWords(written));
    });

// A Custom HTML block leaves toMarkup's default output whole too, but wptexturize and do_shortcode
// change its text: the card shows the post as written only when it has no character that wptexturize
// changes and no registered shortcode's name in brackets.
for (const { name, post, options } of cases) {
  const texturized = /^(typography|shortcode)/.test(name);
  test(`toMarkup ${name} through wordpress-block: the element whole, ${texturized ? 'its text changed' : 'the card renders the post'}`, async () => {
    const { els, codes, outside } = await page(out(`to-markup-${name}.wordpress-block`));
    const html = toMarkup(post, options).html;
    const want = norm(parse(post).post) as { video?: unknown };
    if (!html.startsWith('<video-appeal')) delete want.video;
    expect({ elements: els.map((e) => e.localName), codes, outside }).toEqual({
      elements: [html.slice(1, html.indexOf(' '))],
      codes: [],
      outside: [],
    });
    if (texturized) expect(norm(els[0]!.current)).not.toEqual(want);
    else expect(norm(els[0]!.current)).toEqual(want);
  });
}

// Saved by an author without unfiltered_html (wp_kses_post), with or without `cms`, in classic content
// or a Custom HTML block: no element is left, and the text of its inline JSON is on the page.
for (const { name, post, options } of cases)
  for (const suffix of ['', '-wordpress'])
    for (const pipeline of ['wordpress-kses', 'wordpress-kses-block'])
      test(`toMarkup ${name}${suffix ? " with { cms: 'wordpress' }" : ''} through ${pipeline}: no element`, async () => {
        const { els, codes, text } = await page(out(`to-markup-${name}${suffix}.${pipeline}`));
        const json = toMarkup(post, { ...options, ...(suffix ? { cms: 'wordpress' as const } : {}) }).html.includes('<script');
        expect({ elements: els.length, codes, json: text.includes('{“') }).toEqual({ elements: 0, codes: [], json });
      });

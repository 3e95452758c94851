// Limits and spoofing in a real browser: oversized posts render truncated with an honest "…" and
// the page finishes; bidi controls in names, handles and labels cannot reorder the text around
// them (checked with bounding boxes); homoglyph hosts reach the DOM as punycode.
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/index.js';
import { LIMITS } from '../../../src/model/parse.js';
import { cleanup, part, settle } from '../helpers.js';

type Quote = HTMLElement & { post: unknown; updateComplete: Promise<unknown> };

let warnings: string[] = [];
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation((m: unknown) => void warnings.push(String(m)));
});
afterEach(() => {
  cleanup();
  warnings = [];
});

async function withPost(post: unknown, tag = 'post-quote', width = 500): Promise<Quote> {
  const el = document.createElement(tag) as Quote;
  el.post = post;
  el.style.width = `${width}px`; // test page only: a fixed width makes the boxes comparable
  document.body.append(el);
  await settle(el);
  return el;
}

describe('oversized input', () => {
  test('a 100,000-character post renders truncated with an honest "…", and the page finishes', async () => {
    const el = await withPost({ text: 'word '.repeat(20_000), author: { name: 'Long' } });
    const text = part(el, 'text')!.textContent!;
    expect(text.length).toBe(LIMITS.text);
    expect(text.endsWith('…')).toBe(true);
    expect(warnings.filter((w) => w.startsWith('[postquote] too-long'))).toHaveLength(1);
    await new Promise((r) => requestAnimationFrame(r)); // a frame still comes: the page is responsive
  });

  test('the same 100,000 characters as light-DOM markup are truncated the same way', async () => {
    const el = document.createElement('post-quote') as Quote;
    const bq = document.createElement('blockquote');
    bq.textContent = 'x'.repeat(100_000);
    el.append(bq);
    document.body.append(el);
    await settle(el);
    expect(part(el, 'text')!.textContent!.length).toBe(LIMITS.text);
    expect(bq.textContent!.length).toBe(100_000); // the page's own light DOM is untouched
  });

  test('200 KB of HTML and 10,000 nested tags render (capped) without throwing', async () => {
    const el = await withPost({ html: '<p>' + '<b>'.repeat(10_000) + 'deep' + '</b>'.repeat(10_000) + '</p>' + '<p>x</p>'.repeat(20_000) });
    await settle(el);
    expect(part(el, 'text')).not.toBeNull();
    expect(warnings.some((w) => w.startsWith('[postquote] internal'))).toBe(false);
  });

  test('a pasted embed code whose attribution line is a long run of whitespace reads its name and handle', async () => {
    // The line between the post text and the date link ("— Name (@handle)") was read with a regular
    // expression that backtracked cubically over whitespace: 3,000 spaces froze the page 1.4 s, 10,000 for 70 s.
    // That it cannot again is tests/node/security/redos.test.ts's to check, with no clock; here, what it reads.
    const gap = ' \n'.repeat(700);
    const el = document.createElement('tweet-quote') as Quote;
    el.innerHTML = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash;${gap}Ann${gap}(@ann)${gap}<a href="https://twitter.com/ann/status/1">May 9, 2018</a></blockquote>`;
    document.body.append(el);
    await settle(el);
    expect(part(el, 'author')!.textContent).toBe('Ann');
    expect(part(el, 'handle')!.textContent).toBe('@ann');
    // Without a handle in parentheses, the whole line (folded) is the name.
    const bare = document.createElement('tweet-quote') as Quote;
    bare.innerHTML = `<blockquote class="twitter-tweet"><p>Hi</p>&mdash; ${gap}Ann${gap}Lee ${gap}<a href="https://twitter.com/ann/status/1">May 9, 2018</a></blockquote>`;
    document.body.append(bare);
    await settle(bare);
    expect(part(bare, 'author')!.textContent).toBe('Ann Lee');
  });

  test('50 photos show at most 4; 100 levels of quoted posts show at most LIMITS.depth nested cards', async () => {
    const media = Array.from({ length: 50 }, (_, i) => ({ url: `/img/${i}.png`, alt: `${i}` }));
    let quoted: Record<string, unknown> = { text: 'bottom' };
    for (let i = 0; i < 100; i++) quoted = { text: `level ${i}`, quoted: quoted };
    const el = await withPost({ text: 'top', media, quoted });
    expect(el.shadowRoot!.querySelector('[part~="media"]')!.querySelectorAll('img').length).toBeLessThanOrEqual(4);
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).toBeLessThanOrEqual(1 + LIMITS.depth);
  });

  test('counts that are not counts are dropped, not shown', async () => {
    const el = document.createElement('post-quote') as Quote;
    for (const [k, v] of [
      ['shares', '1e400'],
      ['likes', '-3'],
      ['replies', 'NaN'],
      ['quotes', '99999999999999999999'],
      ['views', '१२३'], // Devanagari digits (Arabic and Persian ones are read)
    ])
      el.setAttribute(k, v);
    el.innerHTML = '<blockquote>text</blockquote>'; // test fixture only
    document.body.append(el);
    await settle(el);
    expect(part(el, 'counts')).toBeNull();
    expect(warnings.filter((w) => w.startsWith('[postquote] invalid-number'))).toHaveLength(5);
  });
});

/** The box of a substring of an element's text (first occurrence), through a Range. */
function box(root: Node, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const at = node.data.indexOf(needle);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range.getBoundingClientRect();
    }
  }
  throw new Error(`"${needle}" not found`);
}

// Each control opens an embedding, override or isolate and never closes it.
const controls = {
  'PDI then RLO (escapes an isolate)': '\u2069\u202e',
  RLO: '\u202e',
  RLE: '\u202b',
  LRO: '\u202d',
  RLI: '\u2067',
  FSI: '\u2068',
  'RLO+PDI': '\u202e\u2069',
  'PDF+PDI': '\u202c\u2069',
};

describe('bidi controls cannot reorder the text around them', () => {
  for (const [label, c] of Object.entries(controls)) {
    test(`${label} in the name: the verified badge stays right of the name, the platform label is unmoved`, async () => {
      const base = await withPost({
        url: 'https://x.com/a/status/1',
        text: 'post',
        author: { name: 'Mallory Name', handle: 'mallory', verified: true },
      });
      const spoof = await withPost({
        url: 'https://x.com/a/status/1',
        text: 'post',
        author: { name: `Mallory ${c}Name`, handle: `mal${c}lory`, verified: true },
      });
      for (const el of [base, spoof]) {
        const name = el.shadowRoot!.querySelector('[part~="author"] bdi')!.getBoundingClientRect();
        const badge = el.shadowRoot!.querySelector('[part~="author"] svg')!.getBoundingClientRect();
        expect(badge.left).toBeGreaterThanOrEqual(name.right - 1);
        // The handle keeps its "@" first (leftmost), whatever the handle holds.
        const handle = part(el, 'handle')!;
        expect(box(handle, '@').left).toBeLessThanOrEqual(handle.getBoundingClientRect().left + 1);
      }
      const platform = (el: Element) => part(el, 'platform')!.getBoundingClientRect();
      expect(platform(spoof).left - spoof.getBoundingClientRect().left).toBeCloseTo(
        platform(base).left - base.getBoundingClientRect().left,
        0,
      );
      expect(part(spoof, 'platform')!.textContent).toBe(part(base, 'platform')!.textContent);
    });

    test(`${label} in a reply handle: "Replying to" stays before it`, async () => {
      const el = await withPost({
        url: 'https://x.com/a/status/1',
        text: 'post',
        author: { name: 'A' },
        replyTo: { handle: `bob${c}by`, url: 'https://x.com/bob' },
      });
      const reply = el.shadowRoot!.querySelector('.reply')!;
      expect(box(reply, 'Replying to').right).toBeLessThanOrEqual(reply.querySelector('bdi')!.getBoundingClientRect().left + 1);
    });

    test(`${label} in a content warning: the "Show post" control stays after the warning text`, async () => {
      const el = await withPost({ text: 'post', author: { name: 'A' }, contentWarning: `Spoiler${c} text` });
      const summary = el.shadowRoot!.querySelector('[part~="warning"] summary')!;
      const warning = summary.querySelector('span')!.getBoundingClientRect();
      const reveal = summary.querySelector('.reveal')!;
      expect(reveal.getBoundingClientRect().left).toBeGreaterThanOrEqual(warning.right - 1);
      expect(box(reveal, 'Show post').width).toBeGreaterThan(0);
      expect(box(summary, 'Content warning').right).toBeLessThanOrEqual(warning.left + 1);
    });

    test(`${label} in a verification note and a translator's name: what follows stays in order`, async () => {
      const el = await withPost({
        text: 'post',
        author: { name: 'A' },
        lang: 'de',
        verification: { status: 'disputed', note: `Note${c} end`, by: 'Desk', at: '2024-01-01' },
        translation: { text: 'translated', by: `Trans${c}lator` },
      });
      const v = part(el, 'verification')!;
      expect(v.querySelector('.by')!.getBoundingClientRect().left).toBeGreaterThanOrEqual(
        v.querySelector('.note')!.getBoundingClientRect().right - 1,
      );
      // Wider than a phone (up to 32rem the credit and its button take a line each), so the button is beside the credit.
      await page.viewport(800, 600);
      try {
        const credit = el.shadowRoot!.querySelector('.credit')!;
        expect(credit.querySelector('button')!.getBoundingClientRect().left).toBeGreaterThanOrEqual(
          credit.querySelector('span')!.getBoundingClientRect().right - 1,
        );
      } finally {
        await page.viewport(414, 896);
      }
    });
  }

  test('in an RTL page the name still cannot push the badge across it', async () => {
    const host = document.createElement('div');
    host.lang = 'ar';
    host.dir = 'rtl';
    document.body.append(host);
    const el = document.createElement('post-quote') as Quote;
    el.post = { text: 'نص', author: { name: 'Name\u202d reversed', verified: true } };
    el.style.width = '500px';
    host.append(el);
    await settle(el);
    const name = el.shadowRoot!.querySelector('[part~="author"] bdi')!.getBoundingClientRect();
    const badge = el.shadowRoot!.querySelector('[part~="author"] svg')!.getBoundingClientRect();
    expect(badge.right).toBeLessThanOrEqual(name.left + 1);
  });
});

describe('homoglyph hosts', () => {
  const cyrillic = 'https://\u0430pple.com/status/1'; // "а" is Cyrillic: xn--pple-43d.com

  test('every href built from a homoglyph URL is punycode', async () => {
    const el = await withPost({
      url: cyrillic,
      text: `see ${cyrillic} now`,
      author: { name: 'A', url: 'https://p\u0430ypal.com/a' },
      replyTo: { handle: 'b', url: cyrillic },
    });
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const h of hrefs) expect(h).toMatch(/^[\x21-\x7e]+$/); // ASCII only
    expect(hrefs).toContain('https://xn--pple-43d.com/status/1');
    expect(hrefs).toContain('https://xn--pypal-4ve.com/a');
    // The linkified text keeps what the author wrote; only the href is normalized.
    expect(part(el, 'text')!.textContent).toContain(cyrillic);
  });

  test('where a host is displayed (a video from an unknown site), it is punycode', async (ctx) => {
    if (!customElements.get('video-appeal')) ctx.skip();
    const el = document.createElement('video-appeal') as Quote;
    el.setAttribute('href', cyrillic);
    el.setAttribute('src', '/media/v.mp4');
    el.innerHTML = '<blockquote>quote</blockquote>'; // test fixture only
    document.body.append(el);
    await settle(el);
    const label = part(el, 'platform')!.textContent!.trim();
    expect(label).not.toContain('\u0430');
    expect(label).toBe('xn--pple-43d.com');
  });
});

describe('link text that names another site', () => {
  const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  /** Each link in the post's text as "shown text -> href". */
  const links = (el: Element) =>
    [...part(el, 'text')!.querySelectorAll('a')].map((a) => {
      const shown = a.cloneNode(true) as Element;
      shown.querySelectorAll('.invisible').forEach((n) => n.remove());
      return `${shown.textContent} -> ${a.getAttribute('href')}`;
    });
  async function mountMarkup(markup: string, tag = 'post-quote'): Promise<Quote> {
    const el = document.createElement(tag) as Quote;
    el.innerHTML = markup; // test fixture only
    document.body.append(el);
    await settle(el);
    await settle(el);
    return el;
  }
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  test('a link that shows one address and goes to another site is shown as its text only, from every source', async () => {
    const tweet = {
      id_str: '1',
      full_text: 'Read https://t.co/abc now',
      user: { screen_name: 'bbc', name: 'BBC' },
      entities: { urls: [{ url: 'https://t.co/abc', display_url: 'bbc.co.uk/news/1', expanded_url: 'https://evil.example/phish' }] },
    };
    const text = 'Official: https://www.bbc.co.uk/news';
    const skeet = {
      uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
      author: { handle: 'bbc.bsky.social' },
      record: {
        text,
        facets: [{ index: { byteStart: bytes('Official: '), byteEnd: bytes(text) }, features: [{ uri: 'https://evil.example/' }] }],
      },
    };
    const status = {
      id: '1',
      url: 'https://m.example/@a/1',
      account: { acct: 'a', username: 'a', url: 'https://m.example/@a' },
      // The instance hides the true target in an "invisible" span; the reader sees bbc.co.uk only.
      content:
        '<p>See <a href="https://www.bbc.co.uk.evil.example/"><span class="invisible">https://www.bbc.co.uk.evil.example/ </span>https://www.bbc.co.uk/news</a></p>',
    };
    const cases: [string, string, string][] = [
      [json(tweet), 'Read bbc.co.uk/news/1 now', 'tweet-quote'],
      [json(skeet), text, 'post-quote'],
      [json(status), 'See https://www.bbc.co.uk/news', 'post-quote'],
      [`<blockquote>Go to <a href="https://evil.example/">www.bbc.co.uk</a></blockquote>`, 'Go to www.bbc.co.uk', 'post-quote'],
      // The scheme in capitals names the address as well (its check has no i flag, only the scheme's cases).
      [
        `<blockquote>Go to <a href="https://evil.example/">HTTPS://WWW.BBC.CO.UK</a></blockquote>`,
        'Go to HTTPS://WWW.BBC.CO.UK',
        'post-quote',
      ],
      [json({ text: 'visit bbc.co.uk', links: [{ start: 6, end: 15, url: 'https://evil.example' }] }), 'visit bbc.co.uk', 'post-quote'],
      // Userinfo: the address reads x.com, the browser goes to evil.example.
      [json({ text: 'log in at https://x.com@evil.example/login' }), 'log in at https://x.com@evil.example/login', 'post-quote'],
      [json({ text: 'visit bbс.co.uk', links: [{ start: 6, end: 15, url: 'https://bbc.co.uk' }] }), 'visit bbс.co.uk', 'post-quote'], // Cyrillic "с"
    ];
    for (const [markup, shown, tag] of cases) {
      const el = await mountMarkup(markup, tag);
      expect(links(el), markup).toEqual([]);
      expect(part(el, 'text')!.innerText.replace(/\s+/g, ' ').trim(), markup).toBe(shown);
    }
  });

  test('a link with a user name before the host (https://bbc.co.uk@evil.example) is no link, whatever its text, from every source', async () => {
    const phish = 'https://bbc.co.uk@evil.example/news';
    const status = {
      id: '1',
      url: 'https://m.example/@a/1',
      account: { acct: 'a', username: 'a', url: 'https://m.example/@a' },
      content: `<p>Read <a href="${phish}">the story</a></p>`,
    };
    const cases: [string, string][] = [
      [json({ text: 'Read the story', links: [{ start: 5, end: 14, url: phish }], author: { name: 'BBC', url: phish } }), 'Read the story'],
      [json(status), 'Read the story'],
      [`<blockquote>Read <a href="${phish}">the story</a></blockquote>`, 'Read the story'],
      [json({ text: 'Read the story', url: 'https://x.com@evil.example/a/status/1' }), 'Read the story'],
    ];
    for (const [markup, shown] of cases) {
      const el = await mountMarkup(markup);
      expect(el.shadowRoot!.querySelectorAll('a[href*="evil"]').length, markup).toBe(0);
      expect(part(el, 'text')!.innerText.trim(), markup).toBe(shown);
    }
  });

  test("platform HTML's title attributes go: a tooltip (and, on a link without text, its accessible name) could name another site", async () => {
    const status = {
      id: '1',
      url: 'https://m.example/@a/1',
      account: { acct: 'a', username: 'a', url: 'https://m.example/@a' },
      content:
        '<p><a href="https://evil.example/" title="https://www.bbc.co.uk/news">Read more</a> <span title="Verified by BBC News">ok</span> <a href="https://evil.example/2" title="bbc.co.uk"></a></p>',
    };
    const el = await mountMarkup(json(status));
    expect(part(el, 'text')!.querySelectorAll('[title]').length).toBe(0);
    expect(links(el)).toEqual(['Read more -> https://evil.example/', ' -> https://evil.example/2']);
  });

  test('a pasted embed code whose post link is off the platform gets no "View on X" link to it', async () => {
    const date = (href: string) => `<a href="${href}">July 30, 2021</a>`;
    const x = (href: string) =>
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; BBC News (@BBCNews) ${date(href)}</blockquote>`;
    const sky = (href: string) =>
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3k"><p lang="en">Hello</p>&mdash; BBC (@bbc.co.uk) ${date(href)}</blockquote>`;
    const origin = (el: Element) => el.shadowRoot!.querySelector('a.origin')?.getAttribute('href');
    expect(origin(await mountMarkup(x('https://evil.example/BBCNews/status/1421079601741242375'), 'tweet-quote'))).toBeUndefined();
    expect(origin(await mountMarkup(x('https://evil.example/BBCNews/status/1421079601741242375')))).toBeUndefined();
    // Bluesky's code names the post in data-bluesky-uri too: the card links there instead.
    expect(origin(await mountMarkup(sky('https://evil.example/profile/bbc/post/3k')))).toBe('https://bsky.app/profile/did:plc:x/post/3k');
    // On the platform's hosts, as the platforms write them, they stay.
    expect(origin(await mountMarkup(x('https://twitter.com/BBCNews/status/1421079601741242375?ref_src=twsrc%5Etfw'), 'tweet-quote'))).toBe(
      'https://twitter.com/BBCNews/status/1421079601741242375',
    );
    expect(origin(await mountMarkup(sky('https://bsky.app/profile/bbc.co.uk/post/3k?ref_src=embed')))).toBe(
      'https://bsky.app/profile/bbc.co.uk/post/3k',
    );
  });

  test('honest links stay links: subdomains, display URLs, X media links, mentions, hashtags, words', async () => {
    const text = 'News bbc.co.uk/news/12… and @alice.bsky.social';
    const skeet = {
      uri: 'at://did:plc:abc/app.bsky.feed.post/3k',
      author: { handle: 'bbc.bsky.social' },
      record: {
        text,
        facets: [
          { index: { byteStart: 5, byteEnd: bytes('News bbc.co.uk/news/12…') }, features: [{ uri: 'https://www.bbc.co.uk/news/123' }] },
          { index: { byteStart: bytes('News bbc.co.uk/news/12… and '), byteEnd: bytes(text) }, features: [{ did: 'did:plc:alice' }] },
        ],
      },
    };
    const status = {
      id: '1',
      url: 'https://m.example/@a/1',
      account: { acct: 'a', username: 'a', url: 'https://m.example/@a' },
      content:
        '<p><a href="https://www.bbc.co.uk/news/123"><span class="invisible">https://www.</span><span class="ellipsis">bbc.co.uk/news/12</span><span class="invisible">3</span></a> <a href="https://m.example/tags/news" class="mention hashtag">#<span>news</span></a> <a href="https://example.org/">click here</a></p>',
    };
    const x = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Look <a href="https://t.co/meTJbXJdI6">pic.twitter.com/meTJbXJdI6</a></p>&mdash; Ire (@ire) <a href="https://twitter.com/ire/status/994285517784076288">May 9, 2018</a></blockquote>`;
    expect(links(await mountMarkup(json(skeet)))).toEqual([
      'bbc.co.uk/news/12… -> https://www.bbc.co.uk/news/123',
      '@alice.bsky.social -> https://bsky.app/profile/did:plc:alice',
    ]);
    expect(links(await mountMarkup(json(status)))).toEqual([
      'bbc.co.uk/news/12 -> https://www.bbc.co.uk/news/123',
      '#news -> https://m.example/tags/news',
      'click here -> https://example.org/',
    ]);
    expect(links(await mountMarkup(x, 'tweet-quote'))).toEqual(['pic.twitter.com/meTJbXJdI6 -> https://t.co/meTJbXJdI6']);
    // X's API shows x.com over the twitter.com URLs it still expands to (and the other way round): one site.
    const tweet = {
      id_str: '1',
      full_text: 'Worth reading https://t.co/LLPNSYlr26 and https://t.co/abc',
      user: { screen_name: 'bbc', name: 'BBC' },
      entities: {
        urls: [
          {
            url: 'https://t.co/LLPNSYlr26',
            display_url: 'x.com/TheEconomist/s…',
            expanded_url: 'https://twitter.com/TheEconomist/status/1923000491488784762',
          },
          { url: 'https://t.co/abc', display_url: 'twitter.com/bbc/status/2', expanded_url: 'https://x.com/bbc/status/2' },
        ],
      },
    };
    expect(links(await mountMarkup(json(tweet), 'tweet-quote'))).toEqual([
      'x.com/TheEconomist/s… -> https://twitter.com/TheEconomist/status/1923000491488784762',
      'twitter.com/bbc/status/2 -> https://x.com/bbc/status/2',
    ]);
  });
});

// <post-quote> rendering from every source: author, platform, text, media, quoted post, time, counts.
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount, part, cleanup, axeViolations, settle, visibleText, linkNamed, postquoteErrors } from './helpers.js';
import type { PostQuote } from '../../src/elements/post-quote/post-quote.js';
import type { Post } from '../../src/model/post.js';

afterEach(cleanup);

const img = (w: number, _h: number) => `/tests/fixtures/img/photo-${w === 800 ? '800x600' : '400x400'}.png`;

describe('author', () => {
  test('initials when there is no avatar, name in <bdi>, handle, platform badge', async () => {
    const el = await mount(
      `<post-quote platform="x" author="Bana Alabed" handle="AlabedBana" author-verified><blockquote>hi</blockquote></post-quote>`,
    );
    expect(part(el, 'avatar')!.textContent!.trim()).toBe('BA');
    expect(part(el, 'avatar')!.querySelector('img')).toBeNull();
    expect(part(el, 'author')!.querySelector('bdi')!.textContent).toBe('Bana Alabed');
    expect(part(el, 'handle')!.textContent).toBe('@AlabedBana');
    expect(part(el, 'author')!.querySelector('svg[role=img]')!.getAttribute('aria-label')).toBe('Verified account on X');
  });

  test('an Arabic name: one initial, as two would join into one shape ("با"); the avatar stays hidden from screen readers', async () => {
    const el = await mount(
      `<post-quote platform="x" author="بانا العبد" handle="AlabedBana"><blockquote>مرحبا</blockquote></post-quote>`,
      'ar',
    );
    const avatar = part(el, 'avatar')!;
    expect(avatar.textContent!.trim()).toBe('ب');
    expect(avatar.getAttribute('aria-hidden')).toBe('true');
    // The name is read from the author line and the card's name, whole.
    expect(part(el, 'author')!.querySelector('bdi')!.textContent).toBe('بانا العبد');
    expect(part(el, 'card')!.getAttribute('aria-label')).toBe('منشور على X من بانا العبد');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a broken avatar falls back to the initials, never a broken image', async () => {
    const el = await mount(`<post-quote author="Lina Shamy" avatar="/does-not-exist.png"><blockquote>hi</blockquote></post-quote>`);
    const image = part(el, 'avatar')!.querySelector('img')!;
    await new Promise<void>((resolve) => (image.complete ? resolve() : image.addEventListener('error', () => resolve(), { once: true })));
    await settle(el);
    expect(image.hidden).toBe(true);
    expect(part(el, 'avatar')!.textContent!.trim()).toBe('LS');
  });

  test("at 200% text size the initials stay inside their circle, on one line (the quoted post's smaller one too)", async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mount(
        `<post-quote platform="x" author="Wojciech Wróblewski"><blockquote>hi</blockquote><script type="application/json">{"quoted":{"platform":"x","author":{"name":"Maria Wong"},"text":"q"}}</script></post-quote>`,
      );
      const nested = part(el, 'nested')!.querySelector<HTMLElement>('[part=avatar]')!;
      for (const avatar of [part(el, 'avatar')!, nested]) {
        const box = avatar.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(avatar);
        const text = [...range.getClientRects()].filter((r) => r.width > 0);
        expect(avatar.textContent!.trim()).toMatch(/^(WW|MW)$/);
        expect(text.length).toBe(1); // one line
        expect(text[0].left).toBeGreaterThanOrEqual(box.left);
        expect(text[0].right).toBeLessThanOrEqual(box.right);
        expect(text[0].top).toBeGreaterThanOrEqual(box.top);
        expect(text[0].bottom).toBeLessThanOrEqual(box.bottom);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  test('the card is named by platform and author; without an author it is "X post", not "X post by"', async () => {
    const cases = [
      ['en', 'author="Bana Alabed"', 'Twitter post by Bana Alabed'],
      ['en', 'handle="AlabedBana"', 'Twitter post by AlabedBana'],
      ['en', '', 'Twitter post'],
      ['en', 'author="Bana Alabed" anonymize', 'Twitter post by Bana Alabed'],
      ['de', '', 'Twitter-Beitrag'],
      ['es', '', 'Publicación en Twitter'],
      ['ar', '', 'منشور على Twitter'],
    ] as const;
    for (const [lang, attrs, name] of cases) {
      const el = await mount(`<tweet-quote datetime="2016-12-13" ${attrs}><blockquote>hi</blockquote></tweet-quote>`, lang);
      expect(part(el, 'card')!.getAttribute('aria-label'), `${lang} ${attrs}`).toBe(name);
    }
  });

  test('each "View on" link names its own post and the new tab, after the words it shows (WCAG 2.4.4, 2.5.3)', async () => {
    const quote = (attrs: string) => `<tweet-quote href="https://x.com/a/status/1" ${attrs}><blockquote>hi</blockquote></tweet-quote>`;
    const host = await mount(
      `<div>${[
        quote('author="Bana Alabed" datetime="2016-12-13"'),
        quote('author="Bana Alabed" datetime="2016-12-14"'),
        quote('author="Lina Shamy" datetime="2016-12-13"'),
        quote('datetime="2016-12-13"'),
        quote('author="Eine Siebenjährige" handle="AlabedBana" anonymize'),
      ].join('')}</div>`,
    );
    const cards = [...host.children] as HTMLElement[];
    await Promise.all(cards.map(settle));
    const links = cards.map((el) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.origin')!);
    const names = [
      'View on Twitter (Twitter post by Bana Alabed, December 13, 2016; opens in a new tab)',
      'View on Twitter (Twitter post by Bana Alabed, December 14, 2016; opens in a new tab)',
      'View on Twitter (Twitter post by Lina Shamy, December 13, 2016; opens in a new tab)',
      'View on Twitter (Twitter post, December 13, 2016; opens in a new tab)',
      'View on X (X post by Eine Siebenjährige; opens in a new tab)',
    ];
    for (const [i, name] of names.entries()) {
      expect(linkNamed(name)).toBe(links[i]);
      expect(visibleText(links[i])).toBe(name.split(' (')[0]);
      expect(links[i].target).toBe('_blank');
    }
    expect(links.map((a) => a.textContent).join('\n')).not.toContain('AlabedBana');
    for (const el of cards) expect(await axeViolations(el)).toEqual([]);
  });

  test('every other link that opens a new tab says so in its description, not its name: "#Aleppo" stays "#Aleppo"', async () => {
    const post: Post = {
      platform: 'x',
      url: 'https://x.com/AlabedBana/status/1',
      author: { name: 'Bana Alabed', handle: 'AlabedBana', url: 'https://x.com/AlabedBana' },
      text: 'Hi @someone #Aleppo https://example.org/a',
      replyTo: { handle: 'other', url: 'https://x.com/other' },
      quoted: { platform: 'x', html: '<p>See <a href="https://example.org/b">this</a></p>', author: { name: 'Q', url: 'https://x.com/q' } },
      status: 'deleted',
      archive: { url: 'https://web.archive.org/x' },
      platformNote: { text: 'Context.', url: 'https://x.com/i/birdwatch/n/1' },
    };
    for (const [lang, words] of [
      ['en', 'opens in a new tab'],
      ['de', 'öffnet in neuem Tab'],
    ]) {
      const el = await mount<PostQuote>(`<post-quote></post-quote>`, lang);
      el.post = post;
      await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.quoted p a')).not.toBeNull());
      const root = el.shadowRoot!;
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]:not(.origin)')];
      expect(links.map((a) => a.textContent!.trim())).toEqual(
        expect.arrayContaining(['Bana Alabed', '@other', '@someone', '#Aleppo', 'https://example.org/a', 'this', 'Q']),
      );
      expect(links.length).toBeGreaterThanOrEqual(9);
      for (const a of links) {
        const description = root.getElementById(a.getAttribute('aria-describedby') ?? '');
        expect(description?.textContent, a.textContent!).toBe(words);
        expect(a.textContent).not.toContain(words);
      }
      // One description per card, its quoted post's included (ids are unique in the shadow root).
      expect(root.querySelectorAll(`#${links[0].getAttribute('aria-describedby')}`)).toHaveLength(1);
      expect(await axeViolations(el)).toEqual([]);
    }
  });

  for (const [lang, name] of [
    ['de', 'Auf Twitter ansehen (Twitter-Beitrag von Bana Alabed, 13. Dezember 2016; öffnet in neuem Tab)'],
    ['fr', 'Voir sur Twitter (Publication Twitter de Bana Alabed, 13 décembre 2016\u202f; s’ouvre dans un nouvel onglet)'],
    ['es', 'Ver en Twitter (Publicación de Bana Alabed en Twitter, 13 de diciembre de 2016; se abre en una pestaña nueva)'],
    ['ar', 'عرض على Twitter (منشور على Twitter من Bana Alabed، 13 ديسمبر 2016؛ تفتح في علامة تبويب جديدة)'],
  ] as const)
    test(`${lang}: the "View on" link's name, in the card's language`, async () => {
      const el = await mount(
        `<tweet-quote href="https://x.com/a/status/1" author="Bana Alabed" datetime="2016-12-13"><blockquote>hi</blockquote></tweet-quote>`,
        lang,
      );
      const link = el.shadowRoot!.querySelector('a.origin')!;
      expect(linkNamed(name)).toBe(link);
      expect(await axeViolations(el)).toEqual([]);
    });

  test('a javascript: profile link never becomes an href', async () => {
    const el = await mount(`<post-quote author="A" author-href="javascript:alert(1)"><blockquote>hi</blockquote></post-quote>`);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('platform', () => {
  test('X before the July 2023 rename reads Twitter, after reads X', async () => {
    const old = await mount(`<tweet-quote datetime="2016-12-13"><blockquote>a</blockquote></tweet-quote>`);
    const recent = await mount(`<tweet-quote datetime="2024-01-02"><blockquote>b</blockquote></tweet-quote>`);
    expect(part(old, 'platform')!.textContent!.trim()).toBe('Twitter');
    expect(part(recent, 'platform')!.textContent!.trim()).toBe('X');
  });

  test('inferred from href', async () => {
    const el = await mount(`<post-quote href="https://twitter.com/a/status/1"><blockquote>a</blockquote></post-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toMatch(/^(X|Twitter)$/);
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://twitter.com/a/status/1');
  });

  test('in a card as narrow as a 320 px phone, the label gives its room to name and handle, and is still read', async () => {
    const card = (width: number) =>
      mount(
        `<post-quote style="width: ${width}px" href="https://www.threads.net/@postquote_demo/post/C4abc" author="Demo Author"
          handle="postquote_demo" datetime="2024-03-05"><blockquote>A post on threads.</blockquote></post-quote>`,
      );
    const [narrow, wide] = [await card(288), await card(550)];
    const label = (el: Element) => part(el, 'platform')!.querySelector('span')!;
    expect(label(narrow).getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(label(wide).getBoundingClientRect().width).toBeGreaterThan(30);
    // Name and handle on one line each: the header is as tall as the avatar, as at 550 px.
    const header = (el: Element) => part(el, 'header')!.getBoundingClientRect().height;
    expect(header(narrow)).toBe(header(wide));
    // Clipped, not removed: it stays in the accessibility tree.
    expect(label(narrow).textContent).toBe('Threads');
    expect(getComputedStyle(label(narrow)).display).not.toBe('none');
    expect(await axeViolations(narrow)).toEqual([]);
  });

  test("X's label, the letter its logo draws, is heard but not shown twice beside it; Twitter's, before the rename, is shown", async () => {
    const card = (date: string) =>
      mount(`<tweet-quote style="width: 550px" author="Demo Author" datetime="${date}"><blockquote>A post.</blockquote></tweet-quote>`);
    const label = (el: Element) => part(el, 'platform')!.querySelector('span')!;
    const [x, twitter] = [await card('2024-03-05'), await card('2016-12-13')];
    expect(label(x).textContent).toBe('X');
    expect(label(x).getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(label(x)).display).not.toBe('none');
    expect(label(twitter).textContent).toBe('Twitter');
    expect(label(twitter).getBoundingClientRect().width).toBeGreaterThan(30);
    expect(await axeViolations(x)).toEqual([]);
  });

  test('tweet-quote ignores another platform attribute', async () => {
    const el = await mount(`<tweet-quote platform="bluesky" datetime="2024-01-02"><blockquote>a</blockquote></tweet-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toBe('X');
  });
});

describe('text', () => {
  test('keeps lang, dir=auto and line breaks; links URLs, mentions, hashtags and cashtags', async () => {
    const el = await mount(
      `<tweet-quote><blockquote lang="en">Line one<br>see https://example.org/a?b=1. @someone #Aleppo $TSLA<br>end</blockquote></tweet-quote>`,
    );
    const text = part(el, 'text')!;
    expect(text.getAttribute('lang')).toBe('en');
    expect(text.getAttribute('dir')).toBe('auto');
    expect(text.textContent).toBe('Line one\nsee https://example.org/a?b=1. @someone #Aleppo $TSLA\nend');
    const hrefs = [...text.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://example.org/a?b=1',
      'https://x.com/someone',
      'https://x.com/hashtag/Aleppo',
      'https://x.com/search?q=%24TSLA',
    ]);
    for (const a of text.querySelectorAll('a')) expect(a.rel).toBe('noopener noreferrer nofollow ugc');
  });

  test("a URL ends before the sentence's punctuation in Arabic, CJK, Indic scripts and guillemets", async () => {
    const cases = [
      ['देखें https://example.com/h। आगे', 'https://example.com/h'],
      ['দেখুন https://example.com/i॥', 'https://example.com/i'],
      ['راجع https://example.com/a، ثم', 'https://example.com/a'],
      ['هل رأيت https://example.com/b؟', 'https://example.com/b'],
      ['انظر https://example.com/c؛ وغيره', 'https://example.com/c'],
      ['见 https://example.com/d。谢谢', 'https://example.com/d'],
      // Japanese and Chinese run on without a space: the URL ends where the script starts, as on X.
      ['詳しくは https://example.jp/news/123をご覧ください', 'https://example.jp/news/123'],
      ['详情见https://example.cn/a中文', 'https://example.cn/a'],
      ['한국 https://example.kr/a입니다', 'https://example.kr/a'],
      ['Siehe https://example.com/e… und', 'https://example.com/e'],
      ['«https://example.com/f»', 'https://example.com/f'],
      ['(https://example.com/g?q=1)', 'https://example.com/g?q=1'],
    ];
    await expectOneLink(cases);
  });

  test('a URL keeps a closing parenthesis that closes one of its own (Wikipedia), not one around it', async () => {
    const cases = [
      ['see https://en.wikipedia.org/wiki/Mercury_(planet).', 'https://en.wikipedia.org/wiki/Mercury_(planet)'],
      ['(https://en.wikipedia.org/wiki/Mercury_(planet))', 'https://en.wikipedia.org/wiki/Mercury_(planet)'],
      ['(see https://example.com/a)', 'https://example.com/a'],
    ];
    await expectOneLink(cases);
  });

  test('a URL ends at an em dash, a zero-width space or a bidi mark, as on X; an en dash inside a path stays (Wikipedia)', async () => {
    const cases = [
      ['see https://example.com/a\u2014more', 'https://example.com/a'],
      ['see https://example.com/b\u2015more', 'https://example.com/b'],
      ['see https://example.com/c\u200bmore', 'https://example.com/c'],
      // An en dash ends a sentence's URL, but Wikipedia's titles hold one (Mexican–American_War).
      ['see https://example.com/d\u2013 more', 'https://example.com/d'],
      ['https://en.wikipedia.org/wiki/Mexican\u2013American_War', 'https://en.wikipedia.org/wiki/Mexican\u2013American_War'],
      // Arabic and Hebrew posts put LRM/RLM/ALM and isolates right after a URL; a BOM can trail a paste.
      ['راجع https://example.com/e\u200f ثم', 'https://example.com/e'],
      ['ראה https://example.com/f\u200e.', 'https://example.com/f'],
      ['راجع https://example.com/g\u061c ثم', 'https://example.com/g'],
      ['\u2067https://example.com/h\u2069 ok', 'https://example.com/h'],
      ['\u202bhttps://example.com/i\u202c ok', 'https://example.com/i'],
      ['see https://example.com/j\ufeffmore', 'https://example.com/j'],
      // Persian words hold ZWNJ: a path written in Persian keeps it.
      [
        'https://fa.wikipedia.org/wiki/\u06a9\u062a\u0627\u0628\u200c\u0647\u0627',
        'https://fa.wikipedia.org/wiki/\u06a9\u062a\u0627\u0628\u200c\u0647\u0627',
      ],
    ];
    await expectOneLink(cases, (a) => a.textContent);
  });

  test('a URL ends at an emoji or a symbol right after it, as on X: 🔥 👇 ❤️ ⭐ ⏰ a flag', async () => {
    const cases = [
      ['Read this https://example.com/a🔥🔥', 'https://example.com/a'],
      ['https://example.com/b👇 more', 'https://example.com/b'],
      ['https://example.com/c❤️', 'https://example.com/c'],
      ['https://example.com/d⭐ and ⏰', 'https://example.com/d'],
      ['https://example.com/e⏰', 'https://example.com/e'],
      ['Slava https://example.com/f🇺🇦', 'https://example.com/f'],
      ['https://example.com/g✅', 'https://example.com/g'],
    ];
    await expectOneLink(cases, (a) => a.textContent);
  });

  test('a URL ends before the quotes of other languages: „…“ ‚…‘ »…« 「…」 『…』', async () => {
    const cases = [
      ['Er schrieb „https://example.com/a“ dazu', 'https://example.com/a'],
      ['Er schrieb ‚https://example.com/b‘ dazu', 'https://example.com/b'],
      ['Er schrieb »https://example.com/c« dazu', 'https://example.com/c'],
      ['「https://example.jp/d」と', 'https://example.jp/d'],
      ['『https://example.jp/e』と', 'https://example.jp/e'],
      ['He said “https://example.com/f” then', 'https://example.com/f'],
      ['see https://example.com/g‟ then', 'https://example.com/g'],
    ];
    await expectOneLink(cases, (a) => a.textContent);
  });

  test('a URL whose scheme is written in capitals (a phone capitalized the sentence) is linked too', async () => {
    const el = await mount(`<post-quote><blockquote>Https://example.com/a and HTTPS://EXAMPLE.COM/B</blockquote></post-quote>`);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Https://example.com/a', 'https://example.com/a'],
      ['HTTPS://EXAMPLE.COM/B', 'https://example.com/B'],
    ]);
  });

  test('a hashtag runs through the joiners of Persian and Indic words (ZWNJ, ZWJ), as on X', async () => {
    const el = await mount(`<tweet-quote><blockquote lang="fa">#نه\u200cبه\u200cجنگ و #क्\u200dष</blockquote></tweet-quote>`);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['#نه\u200cبه\u200cجنگ', '#क्\u200dष']);
  });

  test('a full-width ＃ (Japanese and Chinese input) starts a hashtag, as on X, Mastodon and Bluesky', async () => {
    const el = await mount(`<tweet-quote><blockquote lang="ja">今日は ＃拡散希望 と #東京 です</blockquote></tweet-quote>`);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`)).toEqual([
      `＃拡散希望 -> https://x.com/hashtag/${encodeURIComponent('拡散希望')}`,
      `#東京 -> https://x.com/hashtag/${encodeURIComponent('東京')}`,
    ]);
  });

  test('a full-width ＠ (Japanese input) starts a mention, as on X (twitter-text reads it as @), to the profile "@" names', async () => {
    const links = (el: HTMLElement) =>
      [...part(el, 'text')!.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`);
    const x = await mount(`<tweet-quote><blockquote lang="ja">＠jack さんと @biz さん、メール a＠b.jp</blockquote></tweet-quote>`);
    expect(links(x)).toEqual(['＠jack -> https://x.com/jack', '@biz -> https://x.com/biz']);
    const bsky = await mount(
      `<post-quote href="https://bsky.app/profile/a.bsky.social/post/3k"><blockquote lang="ja">＠jack.bsky.social さん</blockquote></post-quote>`,
    );
    expect(links(bsky)).toEqual(['＠jack.bsky.social -> https://bsky.app/profile/jack.bsky.social']);
  });

  test('a handle given with a full-width ＠ (typed on a Japanese keyboard) is shown as with @, not "@＠jack"', async () => {
    const x = await mount(
      `<tweet-quote author="Jack" handle="＠jack"><blockquote>hi</blockquote><script type="application/json">{"replyTo":{"handle":"＠biz"}}</script></tweet-quote>`,
    );
    expect(part(x, 'handle')!.textContent).toBe('@jack');
    expect(x.shadowRoot!.querySelector('.reply')!.textContent).toContain('@biz');
    expect(x.shadowRoot!.querySelector('.reply')!.textContent).not.toContain('＠');
    const bsky = await mount(
      `<post-quote href="https://bsky.app/profile/a.bsky.social/post/3k" author="Alice" handle="＠alice"><blockquote>hi</blockquote></post-quote>`,
    );
    expect(part(bsky, 'handle')!.textContent).toBe('@alice.bsky.social');
  });

  test('anchors in the markup keep their text; only http(s) ones become links', async () => {
    const el = await mount(
      `<post-quote><blockquote><p>first <a href="https://t.co/x">pic.twitter.com/x</a></p><p>second <a href="javascript:alert(1)">bad</a> <b>bold</b></p></blockquote></post-quote>`,
    );
    const text = part(el, 'text')!;
    expect(text.textContent).toBe('first pic.twitter.com/x\n\nsecond bad bold');
    expect([...text.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://t.co/x']);
    expect(text.querySelector('b')).toBeNull();
  });

  test("a CMS's attribution inside the quote (WordPress's <cite>, Bootstrap's <footer>) is not read as the post's words", async () => {
    const wp = await mount(
      `<post-quote author="Bana Alabed"><blockquote class="wp-block-quote"><p>My name is Bana.</p><cite>Bana Alabed on X</cite></blockquote><blockquote slot="translation" lang="de"><p>Ich heiße Bana.</p><footer>Übersetzung: AFP</footer></blockquote></post-quote>`,
    );
    expect(part(wp, 'text')!.textContent).toBe('My name is Bana.');
    expect(wp.shadowRoot!.textContent).toContain('Ich heiße Bana.');
    expect(wp.shadowRoot!.textContent).not.toContain('AFP');
    const bootstrap = await mount(
      `<post-quote author="Bana Alabed"><blockquote class="blockquote"><p>I am talking to the world.</p><footer class="blockquote-footer">Bana Alabed on <cite title="X">X</cite></footer></blockquote></post-quote>`,
    );
    expect(part(bootstrap, 'text')!.textContent).toBe('I am talking to the world.');
  });

  test('a <script> in the light DOM is neither run nor rendered', async () => {
    (window as unknown as { __ran?: boolean }).__ran = false;
    const el = await mount(`<post-quote><blockquote>safe</blockquote><script>window.__ran = true</script></post-quote>`);
    expect((window as unknown as { __ran?: boolean }).__ran).toBe(false);
    expect(part(el, 'text')!.textContent).toBe('safe');
    expect(el.shadowRoot!.querySelector('script')).toBeNull();
  });

  test("a code block in a post's HTML (Mastodon's <pre>) wraps inside a 320 px phone's card, on an English or Arabic page: it neither widens the page nor runs out of reach (WCAG 1.4.10)", async () => {
    const code = 'const result = someFunction(argumentNumberOne, argumentNumberTwo, argumentNumberThree);';
    for (const lang of ['en', 'ar']) {
      const el = await mount(
        `<post-quote style="width: 304px"><script type="application/json">${JSON.stringify({ platform: 'mastodon', html: `<p>Code:</p><pre><code>${code}</code></pre>` })}</script></post-quote>`,
        lang,
      );
      const pre = part(el, 'text')!.querySelector('pre')!;
      // Every character stays (no line break added), within the card's box.
      expect(pre.textContent).toBe(code);
      expect(pre.scrollWidth, lang).toBeLessThanOrEqual(pre.clientWidth);
      expect(part(el, 'card')!.scrollWidth, lang).toBeLessThanOrEqual(part(el, 'card')!.clientWidth);
      // Its spaces and line breaks are kept (code's indentation means something).
      expect(getComputedStyle(pre).whiteSpaceCollapse).toBe('preserve');
    }
  });
});

describe('media', () => {
  test('one photo keeps its size; 2–4 photos go in a grid; alt text kept', async () => {
    const one = await mount(
      `<post-quote post-test><blockquote>a</blockquote><img slot="media" src="${img(800, 600)}" alt="A street" width="800" height="600"></post-quote>`,
    );
    const photo = part(one, 'media')!.querySelector('img')!;
    expect(photo.alt).toBe('A street');
    expect(photo.getAttribute('width')).toBe('800');
    expect(photo.getAttribute('height')).toBe('600');
    const four = await mount(
      `<post-quote><blockquote>a</blockquote>${[1, 2, 3, 4].map((i) => `<img slot="media" src="${img(10, 10)}" alt="photo ${i}">`).join('')}</post-quote>`,
    );
    const media = part(four, 'media')!;
    expect(media.classList.contains('n4')).toBe(true);
    expect(getComputedStyle(media).display).toBe('grid');
    expect(media.querySelectorAll('img')).toHaveLength(4);
  });

  test("a post's video focused from the keyboard shows a focus ring, around the box that clips the browser's own", async () => {
    // The media box clips its content (rounded corners), the browser's ring around the video with it.
    const el = await mount(
      `<post-quote><blockquote>a</blockquote><video slot="media" src="/demo/media/appeal.mp4" aria-label="A clip" width="640" height="360"></video></post-quote>`,
    );
    const media = part(el, 'media')!;
    const video = media.querySelector('video')!;
    expect(getComputedStyle(media).overflow).toBe('hidden');
    expect(getComputedStyle(media).outlineStyle).toBe('none');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(video);
    expect(video.matches(':focus-visible')).toBe(true);
    const ring = getComputedStyle(media);
    expect(ring.outlineStyle).toBe('solid');
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(parseFloat(ring.outlineOffset)).toBeGreaterThanOrEqual(0);
  });

  // A CMS preview or a framework updates the light DOM in place: every attribute the card reads
  // from it is followed, not only src and alt (a photo's size, a video's poster, name and loop).
  test("a photo's size, a video's poster and name changed in the light DOM after the first render are shown", async () => {
    const el = await mount(
      `<post-quote><blockquote>a</blockquote><img slot="media" src="${img(800, 600)}" alt="A street" width="400" height="400"></post-quote>`,
    );
    const photo = el.querySelector('img')!;
    photo.setAttribute('width', '800');
    photo.setAttribute('height', '600');
    await settle(el);
    const shown = part(el, 'media')!.querySelector('img')!;
    expect([shown.getAttribute('width'), shown.getAttribute('height')]).toEqual(['800', '600']);
    const clip = await mount(
      `<post-quote><blockquote>a</blockquote><video slot="media" src="/demo/media/appeal.mp4"></video></post-quote>`,
    );
    const video = clip.querySelector('video')!;
    video.setAttribute('poster', '/demo/img/poster-appeal.jpg');
    video.setAttribute('aria-label', 'A clip');
    await settle(clip);
    const player = part(clip, 'media')!.querySelector('video')!;
    expect(player.getAttribute('poster')).toMatch(/\/demo\/img\/poster-appeal\.jpg$/);
    expect(player.getAttribute('aria-label')).toBe('A clip');
  });

  // Pages toggle classes and data-* on elements as they scroll into view: the host's own attributes
  // come through observedAttributes, so a change to another one of them is no reason to read again.
  test("the host's own class or data-* changing does not read the light DOM and parse again", async () => {
    const el = await mount(`<post-quote><blockquote>a</blockquote></post-quote>`);
    const parsed = (el as unknown as { current: object }).current;
    el.classList.add('in-view');
    el.dataset.seen = '1';
    await settle(el);
    expect((el as unknown as { current: object }).current).toBe(parsed);
    el.querySelector('blockquote')!.setAttribute('lang', 'de');
    await settle(el);
    expect((el as unknown as { current: object }).current).not.toBe(parsed);
  });

  test('no-media hides media', async () => {
    const el = await mount(`<post-quote no-media><blockquote>a</blockquote><img slot="media" src="${img(10, 10)}" alt="x"></post-quote>`);
    expect(part(el, 'media')).toBeNull();
  });
});

describe('quoted post and reply', () => {
  test('a quoted post renders as a nested card; reply context names the handle', async () => {
    const el = await mount<PostQuote>(`<post-quote></post-quote>`);
    el.post = {
      platform: 'x',
      text: 'outer',
      author: { name: 'Outer' },
      replyTo: { handle: 'someone', url: 'https://x.com/someone' },
      quoted: { platform: 'x', text: 'inner', author: { name: 'Inner', handle: 'inner' } },
    };
    await settle(el);
    const quoted = part(el, 'quoted')!;
    expect(quoted.querySelector('figure')).not.toBeNull();
    expect(quoted.textContent).toContain('inner');
    expect(el.shadowRoot!.querySelector('.reply')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Replying to @someone');
    expect(await axeViolations(el), (await axeViolations(el)).join('\n')).toEqual([]);
  });
});

describe('the post property', () => {
  test('is typed as a post (editors complete and check its fields); whatever comes at run time is still checked', async () => {
    const el = await mount<PostQuote>(`<post-quote></post-quote>`);
    el.post = { platform: 'bluesky', text: 'typed', metrics: { shares: 3 }, author: { name: 'A' } };
    expect(el.post?.metrics?.shares).toBe(3);
    // @ts-expect-error -- not a platform postquote knows
    el.post = { platform: 'myspace', text: 'untyped' };
    // @ts-expect-error -- a count is a number
    el.post = { text: 'untyped', metrics: { shares: { n: 1 } } };
    await settle(el);
    expect(el.shadowRoot!.querySelector('.text')!.textContent).toBe('untyped');
    expect(part(el, 'counts')).toBeNull();
    el.post = null;
    expect(el.post).toBeNull();
  });
});

describe('time and counts', () => {
  test('time-zone shapes the time; an unknown zone warns and falls back', async () => {
    const el = await mount(`<post-quote datetime="2016-12-13T23:30:00Z" time-zone="Asia/Damascus"><blockquote>a</blockquote></post-quote>`);
    expect(el.shadowRoot!.querySelector('time')!.textContent).toContain('December 14, 2016');
  });

  test('counted-at adds "as of"; no-counts hides them', async () => {
    const el = await mount(`<post-quote shares="37000" counted-at="2016-12-14"><blockquote>a</blockquote></post-quote>`, 'de');
    expect(part(el, 'counts')!.textContent!.replace(/\s+/g, ' ')).toContain('Stand 14.12.2016');
    const none = await mount(`<post-quote shares="37000" no-counts><blockquote>a</blockquote></post-quote>`);
    expect(part(none, 'counts')).toBeNull();
  });

  test('a page whose lang is a POSIX locale (de_DE, as WordPress and og:locale write it) gets the German card', async () => {
    const el = await mount(`<post-quote shares="37000" counted-at="2016-12-14"><blockquote>a</blockquote></post-quote>`, 'de_DE');
    expect(part(el, 'counts')!.textContent!.replace(/\s+/g, ' ')).toContain('Stand 14.12.2016');
  });

  test('compact figures in English, exact in the accessible text', async () => {
    const el = await mount(`<post-quote shares="37000" likes="1" views="1250000"><blockquote>a</blockquote></post-quote>`);
    const counts = part(el, 'counts')!.textContent!.replace(/\s+/g, ' ');
    expect(counts).toContain('37K');
    expect(counts).toContain('37,000 shares');
    expect(counts).toContain('1 like');
    expect(counts).toContain('1.3M');
    expect(counts).toContain('1,250,000 views');
  });
});

describe('languages and direction', () => {
  for (const [lang, expected] of [
    ['fr', 'Voir sur X'],
    ['es', 'Ver en X'],
    ['ar', 'عرض على X'],
  ] as const)
    test(`${lang}: UI in ${lang}`, async () => {
      const el = await mount(
        `<tweet-quote href="https://x.com/a/status/1" datetime="2024-05-01"><blockquote lang="en">hello</blockquote></tweet-quote>`,
        lang,
      );
      expect(visibleText(el.shadowRoot!.querySelector('.origin')!)).toBe(expected);
      expect(await axeViolations(el)).toEqual([]);
    });

  test('Arabic page: the card is RTL, an English post inside stays LTR', async () => {
    const el = await mount(
      `<tweet-quote author="بانا العابد" datetime="2016-12-13"><blockquote lang="en">My name is Bana</blockquote></tweet-quote>`,
      'ar',
    );
    const card = part(el, 'card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(card).direction).toBe('rtl');
    expect(getComputedStyle(part(el, 'text')!).direction).toBe('ltr');
    // The avatar sits at the right edge in RTL.
    expect(part(el, 'avatar')!.getBoundingClientRect().left).toBeGreaterThan(part(el, 'author')!.getBoundingClientRect().left);
  });

  // An Arabic reply begins with "@handle", a Persian post with "iPhone": their first strong letter is
  // Latin, and dir="auto" alone laid them out left to right (left-aligned, the final "." and "!" at
  // the wrong end), where X's own embed code says dir="rtl". A text whose language is written right
  // to left is right to left; others keep dir="auto", and a dir the source gives wins.
  const rtlCases = [
    { source: '<blockquote lang="ar">@bob مرحبا بالعالم، كيف حالك؟</blockquote>', dir: 'rtl' },
    { source: '<blockquote lang="fa-IR">iPhone 15 امروز رسید!</blockquote>', dir: 'rtl' },
    { source: '<blockquote lang="he">CNN דיווחה על כך היום.</blockquote>', dir: 'rtl' },
    { source: '<blockquote lang="ur">BBC نے یہ خبر دی۔</blockquote>', dir: 'rtl' },
    { source: '<blockquote lang="ar-Latn">Marhaba ya 3alam</blockquote>', dir: 'auto' },
    { source: '<blockquote lang="en">Hello world</blockquote>', dir: 'auto' },
    { source: '<blockquote>@bob مرحبا</blockquote>', dir: 'auto' },
    { source: '<blockquote lang="ar" dir="ltr">@bob مرحبا</blockquote>', dir: 'ltr' },
    { source: '<script type="application/json">{"lang":"ar","text":"@bob مرحبا بالعالم."}</script>', dir: 'rtl' },
  ];
  for (const c of rtlCases)
    test(`German page: ${c.source.replace(/>.*/, '>')} is laid out ${c.dir}`, async () => {
      const el = await mount(`<tweet-quote href="https://x.com/a/status/1" author="A">${c.source}</tweet-quote>`, 'de');
      const text = part(el, 'text')!;
      expect(text.getAttribute('dir')).toBe(c.dir);
      if (c.dir === 'rtl') expect(getComputedStyle(text).direction).toBe('rtl');
    });

  test("a quoted post's and a video's Arabic text, and an Arabic translation, are right to left too", async () => {
    const post = await mount(
      `<post-quote><script type="application/json">{"platform":"x","url":"https://x.com/a/status/1","text":"Hello",
        "translation":{"text":"@bob مرحبا","lang":"ar"},
        "quoted":{"platform":"x","url":"https://x.com/b/status/2","lang":"ar","text":"@bob مرحبا"}}</script></post-quote>`,
      'de',
    );
    expect(part(post, 'translation')!.getAttribute('dir')).toBe('rtl');
    expect(part(post, 'quoted')!.querySelector('[part~=text]')!.getAttribute('dir')).toBe('rtl');
    const video = await mount(
      `<video-appeal href="https://x.com/a/status/1" author="A"><blockquote lang="ar">@bob مرحبا</blockquote></video-appeal>`,
      'de',
    );
    expect(part(video, 'text')!.getAttribute('dir')).toBe('rtl');
  });

  for (const lang of ['pt-BR', 'zh-Hant', 'fa-IR', 'he'])
    test(`${lang}: no catalog, so the whole card is English: words, plurals, digits, lang and direction`, async () => {
      const el = await mount(
        `<tweet-quote href="https://x.com/a/status/1" author="A" datetime="2024-01-16" shares="1" likes="2" replies="0" counted-at="2024-03-06"><blockquote lang="en">hello</blockquote></tweet-quote>`,
        lang,
      );
      const card = part(el, 'card')!;
      expect(card.getAttribute('lang')).toBe('en');
      expect(card.getAttribute('dir')).toBe('ltr');
      expect(visibleText(el.shadowRoot!.querySelector('.origin')!)).toBe('View on X');
      const counts = part(el, 'counts')!.textContent!.replace(/\s+/g, ' ');
      for (const words of ['1 share', '2 likes', '0 replies', 'as of Mar 6, 2024']) expect(counts).toContain(words);
      expect(part(el, 'timestamp')!.textContent).toBe('January 16, 2024');
    });

  test('de-AT keeps its region for dates and numbers, with the German words', async () => {
    const el = await mount(`<tweet-quote datetime="2024-01-16" shares="37000"><blockquote>a</blockquote></tweet-quote>`, 'de-AT');
    expect(part(el, 'card')!.getAttribute('lang')).toBe('de-AT');
    expect(part(el, 'timestamp')!.textContent).toBe('16. Jänner 2024');
    expect(part(el, 'counts')!.textContent).toContain('Mal geteilt');
  });

  test('a language switched at run time, on <html> or an ancestor, re-renders the card in it', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      const section = document.createElement('section');
      section.innerHTML = `<tweet-quote href="https://x.com/a/status/1" datetime="2024-05-01"><blockquote lang="en">hello</blockquote></tweet-quote>`;
      document.body.append(section);
      const el = section.firstElementChild as HTMLElement;
      await settle(el);
      const origin = () => visibleText(el.shadowRoot!.querySelector('.origin')!);
      expect(origin()).toBe('View on X');
      document.documentElement.lang = 'de';
      await vi.waitFor(() => expect(origin()).toBe('Auf X ansehen'));
      section.lang = 'ar';
      await vi.waitFor(() => expect(origin()).toBe('عرض على X'));
      expect(part(el, 'card')!.getAttribute('dir')).toBe('rtl');
      section.remove();
    } finally {
      document.documentElement.lang = before;
    }
  });

  test("a language switched inside another component's shadow root re-renders the card in it", async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<section lang="en"><tweet-quote href="https://x.com/a/status/1"><blockquote lang="en">hello</blockquote></tweet-quote></section>`;
    document.body.append(host);
    try {
      const el = shadow.querySelector('tweet-quote')!;
      await settle(el);
      const card = () => part(el, 'card')!;
      expect(card().getAttribute('lang')).toBe('en');
      shadow.querySelector('section')!.lang = 'de';
      await vi.waitFor(() => expect(card().getAttribute('lang')).toBe('de'));
      // Nested one level deeper: a shadow root inside that shadow root.
      const inner = shadow.querySelector('section')!.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
      inner.innerHTML = `<div lang="fr"><tweet-quote href="https://x.com/a/status/2"><blockquote lang="en">hi</blockquote></tweet-quote></div>`;
      const deep = inner.querySelector('tweet-quote')!;
      await settle(deep);
      expect(part(deep, 'card')!.getAttribute('lang')).toBe('fr');
      inner.querySelector('div')!.lang = 'es';
      await vi.waitFor(() => expect(part(deep, 'card')!.getAttribute('lang')).toBe('es'));
    } finally {
      host.remove();
    }
  });

  test('the nearest lang wins over the document', async () => {
    document.documentElement.lang = 'en';
    const el = await mount(`<section lang="de"><div><post-quote shares="1000"><blockquote>a</blockquote></post-quote></div></section>`);
    const pq = el.querySelector('post-quote')!;
    await settle(pq);
    expect(part(pq, 'counts')!.textContent).toContain('1.000 Mal geteilt');
  });
});

describe('themes', () => {
  test('theme="dark" and a dark page both give a dark card; theme="light" wins over a dark page', async () => {
    const dark = await mount(`<post-quote theme="dark"><blockquote>a</blockquote></post-quote>`);
    const bg = (el: Element) => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(bg(dark)).toBe('rgb(22, 24, 28)');
    document.documentElement.style.colorScheme = 'dark';
    try {
      const inherits = await mount(`<post-quote><blockquote>a</blockquote></post-quote>`);
      expect(bg(inherits)).toBe('rgb(22, 24, 28)');
      const light = await mount(`<post-quote theme="light"><blockquote>a</blockquote></post-quote>`);
      expect(bg(light)).toBe('rgb(255, 255, 255)');
      expect(await axeViolations(inherits)).toEqual([]);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  test('theme is case-insensitive, like the other keywords (a CMS writing "Dark"): no warning, a dark card', async () => {
    const errors = postquoteErrors();
    try {
      const dark = await mount(`<post-quote theme="Dark"><blockquote>a</blockquote></post-quote>`);
      expect(getComputedStyle(part(dark, 'card')!).backgroundColor).toBe('rgb(22, 24, 28)');
      expect(errors.seen).toEqual([]);
    } finally {
      errors.stop();
    }
  });
});

test('an empty theme or time-zone (a CMS template\'s theme="{{ theme }}" with none) is absent, as every other empty attribute: no warning', async () => {
  const errors = postquoteErrors((e) => e.message);
  try {
    const el = await mount(`<post-quote theme="" time-zone="" author="A"><blockquote>a</blockquote></post-quote>`);
    expect(part(el, 'card')).not.toBeNull();
    expect(errors.seen).toEqual([]);
  } finally {
    errors.stop();
  }
});

describe('custom properties', () => {
  test('the card keeps its own size and line height on any page; --postquote-font-size and --postquote-font apply each alone', async () => {
    const el = await mount(`<post-quote><blockquote>a</blockquote></post-quote>`);
    const page = el.parentElement!;
    page.style.font = '10px/3 monospace'; // a page whose text is nothing like the card's
    const style = getComputedStyle(el);
    const monospace = getComputedStyle(page).fontFamily;
    expect([style.fontSize, style.lineHeight, style.fontFamily]).toEqual(['16px', '23.2px', monospace]);
    el.style.setProperty('--postquote-font-size', '20px');
    expect([style.fontSize, style.lineHeight, style.fontFamily]).toEqual(['20px', '29px', monospace]);
    el.style.removeProperty('--postquote-font-size');
    el.style.setProperty('--postquote-font', 'serif');
    expect([style.fontSize, style.lineHeight, style.fontFamily]).toEqual(['16px', '23.2px', 'serif']);
  });
});

describe("in the page's layout", () => {
  const long = 'I am very sad why no one is helping us in Aleppo. I want to live, I do not want to die. Please save us.';
  const card = (box: string) =>
    `<div style="width: 800px"><div style="${box}"><post-quote platform="x" author="Bana Alabed" handle="AlabedBana" datetime="2016-12-13T10:00:00Z" href="https://twitter.com/AlabedBana/status/808635286138531840" shares="37000" likes="54000"><blockquote>${long}</blockquote></post-quote></div></div>`;

  test.each([
    'display: flex',
    'display: inline-block',
    'float: left',
    'display: flex; flex-direction: column; align-items: center',
    'display: grid; justify-items: center',
  ])(
    "in a shrink-to-fit box (%s) a card takes its content's width, up to its maximum (no container query sizes it to nothing)",
    async (box) => {
      const wrapper = await mount(card(box));
      const el = wrapper.querySelector('post-quote')!;
      await settle(el);
      expect(Math.round(el.getBoundingClientRect().width)).toBe(550);
      expect(Math.round(part(el, 'footer')!.getBoundingClientRect().width)).toBe(550 - 2 * 12 - 2);
      // A post of one word: as wide as its footer's widest part (the date, about 216 px; a phone's window: a line each).
      const short = (await mount(card(box).replace(long, 'Hi'))).querySelector('post-quote')!;
      await settle(short);
      const footer = part(short, 'footer')!;
      expect(short.getBoundingClientRect().width).toBeGreaterThan(200);
      expect([...footer.children].every((c) => c.getBoundingClientRect().width <= footer.getBoundingClientRect().width)).toBe(true);
    },
  );

  test("a card narrower than 28rem of the page's sets its footer's parts a line each, whatever the window's width", async () => {
    const tops = async (width: string) => {
      const wrapper = await mount(card(`width: ${width}`));
      const el = wrapper.querySelector('post-quote')!;
      await settle(el);
      const footer = part(el, 'footer')!;
      return [...footer.children].map((c) => Math.round(c.getBoundingClientRect().top));
    };
    await page.viewport(1000, 800); // no phone's media query
    onTestFinished(() => page.viewport(414, 896));
    const wide = await tops('448px');
    expect(wide.length).toBe(3); // the date, the counts, the link out
    expect(wide[0]).toBe(wide[2]); // the date and the link out share a line; the counts take their own
    const narrow = await tops('447px');
    expect(new Set(narrow).size).toBe(narrow.length); // a line each
  });
});

describe('sources and precedence', () => {
  test('markup < attributes < inline JSON < post property', async () => {
    const el = await mount<PostQuote>(
      `<post-quote author="Attr" likes="5"><blockquote>markup text</blockquote><script type="application/json">{"text":"json text","metrics":{"shares":7}}</script></post-quote>`,
    );
    expect(part(el, 'text')!.textContent).toBe('json text');
    expect(part(el, 'author')!.textContent).toContain('Attr');
    expect(part(el, 'counts')!.textContent).toContain('7 shares');
    el.post = { author: { name: 'Prop' } };
    await settle(el);
    expect(part(el, 'author')!.textContent).toContain('Prop');
    expect(part(el, 'text')!.textContent).toBe('json text');
  });

  test('invalid inline JSON warns and the markup still renders', async () => {
    const el = await mount(`<post-quote><blockquote>markup</blockquote><script type="application/json">{oops</script></post-quote>`);
    expect(part(el, 'text')!.textContent).toBe('markup');
  });

  test('light DOM changes re-render; the light DOM is never removed', async () => {
    const el = await mount(`<post-quote><blockquote>before</blockquote></post-quote>`);
    el.querySelector('blockquote')!.textContent = 'after';
    await settle(el);
    expect(part(el, 'text')!.textContent).toBe('after');
    expect(el.querySelector('blockquote')).not.toBeNull();
  });

  test('nothing renderable keeps the fallback visible', async () => {
    const el = await mount(`<post-quote author="Only a name"><p>fallback</p></post-quote>`);
    expect(part(el, 'card')).toBeNull();
    expect(el.shadowRoot!.querySelector('slot')).not.toBeNull();
    expect(el.querySelector('p')!.getBoundingClientRect().height).toBeGreaterThan(0);
  });
});

describe('image proxy', () => {
  test('each element that lost an image to the proxy fires postquote-error on itself, with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const meta = Object.assign(document.createElement('meta'), {
      name: 'postquote-image-proxy',
      content: 'https://img.example.org/?u={url}',
    });
    document.head.append(meta);
    const seen: [EventTarget | null, string][] = [];
    const listener = (e: Event) => seen.push([e.target, (e as unknown as { code: string }).code]);
    document.addEventListener('postquote-error', listener);
    try {
      await new Promise((r) => setTimeout(r)); // the proxy is looked up once per task
      // Under the URL length cap, but not once encoded for the proxy ("/" becomes "%2F").
      const long = (name: string) => `https://pbs.example/${'a/'.repeat(800)}${name}.jpg`;
      const host = await mount(
        `<div>
          <post-quote author="A" avatar="${long('avatar')}"><blockquote>a</blockquote></post-quote>
          <post-quote author="B"><blockquote>b</blockquote><img slot="media" src="${long('photo')}" alt="p" width="4" height="3"></post-quote>
          <post-quote author="C" avatar="https://pbs.example/fine.jpg"><blockquote>c</blockquote></post-quote>
        </div>`,
      );
      const [a, b, c] = [...host.children] as HTMLElement[];
      await Promise.all([a, b, c].map(settle));
      const codes = (el: Element) => seen.filter(([t]) => t === el).map(([, code]) => code);
      await vi.waitFor(() => expect([a, b, c].map(codes)).toEqual([['image-proxy-refused'], ['image-proxy-refused'], []]));
      expect(part(a, 'avatar')!.querySelector('img')).toBeNull();
      expect(b.shadowRoot!.querySelector('[src*="pbs.example"]')).toBeNull();
      expect(part(c, 'avatar')!.querySelector('img')!.getAttribute('src')).toBe(
        `https://img.example.org/?u=${encodeURIComponent('https://pbs.example/fine.jpg')}`,
      );
      // A re-render does not report it again.
      a.setAttribute('likes', '3');
      await settle(a);
      expect(codes(a)).toEqual(['image-proxy-refused']);
      // One warning per element, in the house format, naming the element.
      const warned = warn.mock.calls.filter((call) => String(call[0]).startsWith('[postquote] image-proxy-refused: '));
      expect(warned.map((call) => call[1])).toEqual([a, b]);
    } finally {
      document.removeEventListener('postquote-error', listener);
      meta.remove();
    }
  });
});

describe('boolean attributes', () => {
  test('"false" (any case, as a CMS template prints a false value) or "0" turns a flag off; present, "", "true" or any other value turn it on', async () => {
    const badge = (el: Element) => part(el, 'author')!.querySelector('svg[role=img]');
    for (const off of ['false', 'False', ' FALSE ', '0', ' 0 '])
      expect(
        badge(await mount(`<post-quote platform="x" author="A" author-verified="${off}"><blockquote>a</blockquote></post-quote>`)),
      ).toBeNull();
    for (const on of ['', 'true', 'author-verified', '1', 'no'])
      expect(
        badge(await mount(`<post-quote platform="x" author="A" author-verified="${on}"><blockquote>a</blockquote></post-quote>`)),
      ).not.toBeNull();
    // "0": what PHP prints for a MySQL TINYINT or a WordPress/ACF meta value that is false.
    for (const off of ['false', '0']) {
      const shown = await mount(
        `<post-quote author="A" handle="someone" avatar="${img(10, 10)}" shares="37000" anonymize="${off}" no-counts="${off}" no-media="${off}"><blockquote>a</blockquote><img slot="media" src="${img(10, 10)}" alt="x"></post-quote>`,
      );
      expect(part(shown, 'handle')!.textContent).toContain('someone');
      expect(part(shown, 'avatar')!.querySelector('img')).not.toBeNull();
      expect(part(shown, 'counts')).not.toBeNull();
      expect(part(shown, 'media')).not.toBeNull();
    }
    const hidden = await mount(
      `<post-quote author="A" handle="someone" shares="37000" anonymize="true" no-media="true"><blockquote>a</blockquote><img slot="media" src="${img(10, 10)}" alt="x"></post-quote>`,
    );
    expect(part(hidden, 'handle')).toBeNull();
    expect(part(hidden, 'counts')).toBeNull();
    expect(part(hidden, 'media')).toBeNull();
  });
});

/** Each text in a card of its own: its one link is `link` (the href, or what `read` takes), and the text reads as written. */
async function expectOneLink(cases: string[][], read = (a: HTMLAnchorElement): string | null => a.getAttribute('href')) {
  for (const [text, link] of cases) {
    const one = await mount(`<post-quote><blockquote>${text}</blockquote></post-quote>`);
    expect([...part(one, 'text')!.querySelectorAll('a')].map(read), JSON.stringify(text)).toEqual([link]);
    expect(part(one, 'text')!.textContent).toBe(text);
  }
}

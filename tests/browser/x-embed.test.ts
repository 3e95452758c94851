// X's embed code, exactly as X hands it out (tests/fixtures/x-embeds, real pastes), read by <tweet-quote>.
import { afterEach, describe, expect, test } from 'vitest';
import { mount, part, cleanup, axeViolations } from './helpers.js';
import index from '../fixtures/x-embeds/index.json';
import { embedDate } from '../../src/sources/embed-code.js';

const files = import.meta.glob('../fixtures/x-embeds/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

interface Expected {
  name: string;
  handle: string;
  date: string;
  url: string;
  lang: string | null;
  dir: string | null;
  textStartsWith: string;
  linkCount: number;
}

afterEach(cleanup);

describe('X embed codes', () => {
  test('the fixture set is complete', () => {
    expect(index.length).toBeGreaterThanOrEqual(8);
    for (const f of index) expect(files[`../fixtures/x-embeds/${f.file}`], f.file).toBeTypeOf('string');
  });

  for (const fixture of index as { file: string; expected: Expected }[]) {
    test(fixture.file, async () => {
      const code = files[`../fixtures/x-embeds/${fixture.file}`];
      const requests = performance.getEntriesByType('resource').length;
      const el = await mount(`<tweet-quote>${code}</tweet-quote>`, 'de');
      const e = fixture.expected;
      expect(part(el, 'author')!.textContent!.trim()).toBe(e.name);
      expect(part(el, 'handle')!.textContent).toBe(`@${e.handle}`);
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe(e.date);
      expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(e.url);
      const text = part(el, 'text')!;
      expect(text.getAttribute('lang')).toBe(e.lang);
      expect(text.getAttribute('dir')).toBe(e.dir ?? 'auto');
      expect(text.textContent!.startsWith(e.textStartsWith), `${text.textContent} starts with ${e.textStartsWith}`).toBe(true);
      expect(text.querySelectorAll('a')).toHaveLength(e.linkCount);
      for (const a of text.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      // The pasted <script> is neither run nor loaded, and stays in the light DOM untouched.
      expect(el.querySelector('script')).not.toBeNull();
      expect(
        performance
          .getEntriesByType('resource')
          .slice(requests)
          .filter((r) => /twitter|x\.com|twimg/.test(r.name)),
      ).toEqual([]);
      expect(customElements.get('twitter-widget')).toBeUndefined();
      expect(await axeViolations(el)).toEqual([]);
    });
  }

  // publish.twitter.com writes the date link in the embedder's language. Languages with a catalog
  // are read (the German form of a fixture is in the set above); for others the status ID says when.
  test('a date link in a language without a catalog: the status ID (a snowflake) says when, to the millisecond', async () => {
    const codes: string[] = [];
    const listener = (e: Event) => codes.push((e as unknown as { code: string }).code);
    document.addEventListener('postquote-error', listener);
    try {
      const code = files['../fixtures/x-embeds/ja-men-cotton-2025.html'].replace('>February 11, 2025<', '>2025年2月11日<');
      const el = await mount(`<tweet-quote>${code}</tweet-quote>`, 'de');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-11T05:35:31.437Z');
      expect(codes).toEqual([]);
    } finally {
      document.removeEventListener('postquote-error', listener);
    }
  });

  test("the month names come from the browser's Intl: each catalog language's form is read here too", () => {
    for (const text of ['December 13, 2016', '13. Dezember 2016', '13 décembre 2016', '13 de diciembre de 2016', '١٣ ديسمبر ٢٠١٦'])
      expect(embedDate(text), text).toBe('2016-12-13');
  });

  // X's "embedded video" code (publish.twitter.com, oEmbed widget_type=video; common in 2015–2018
  // archives) is the same blockquote with class="twitter-video"; a synthetic post in its shape.
  test('the video embed code (blockquote.twitter-video) is read like a tweet: author, handle, day, link, text without the attribution', async () => {
    const el = await mount(
      `<post-quote><blockquote class="twitter-video" data-lang="en"><p lang="en" dir="ltr">Clip of the speech <a href="https://t.co/abcdefghij">pic.twitter.com/abcdefghij</a></p>&mdash; Some Newsroom (@newsroom) <a href="https://twitter.com/newsroom/status/741462605965840388?ref_src=twsrc%5Etfw">June 11, 2016</a></blockquote><script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script></post-quote>`,
    );
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Twitter');
    expect(part(el, 'author')!.textContent!.trim()).toBe('Some Newsroom');
    expect(part(el, 'handle')!.textContent).toBe('@newsroom');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2016-06-11');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://twitter.com/newsroom/status/741462605965840388');
    expect(part(el, 'text')!.textContent).toBe('Clip of the speech pic.twitter.com/abcdefghij');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('en');
  });

  test('the status link loses what X adds for tracking (ref_src, ref_url, s=20, the sharer\'s t=…): "View on X" and cite are the bare status URL', async () => {
    const el = await mount(
      `<tweet-quote><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; BBC News (@BBCNews) <a href="https://x.com/BBCNews/status/1421079601741242375?ref_src=twsrc%5Etfw&amp;ref_url=https%3A%2F%2Fnews.example%2Fa&amp;s=20&amp;t=Ab3dEfGh1jKlMnOpQrStUv#m">July 30, 2021</a></blockquote></tweet-quote>`,
    );
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://x.com/BBCNews/status/1421079601741242375');
    expect(part(el, 'text')!.getAttribute('cite')).toBe('https://x.com/BBCNews/status/1421079601741242375');
  });

  test("the text's hashtag and mention links lose X's embed referral (ref_src=twsrc%5Etfw)", async () => {
    const el = await mount(`<tweet-quote>${files['../fixtures/x-embeds/en-data-lang-ireaderinokun-2018.html']}</tweet-quote>`);
    const hrefs = [...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain('https://twitter.com/hashtag/IO18?src=hash');
    expect(hrefs.filter((h) => /ref_|twsrc/.test(h))).toEqual([]);
  });

  test("a link in the text loses the click IDs too (fbclid, gclid), as the card's own links do: one list for both", async () => {
    const el = await mount(
      `<tweet-quote><blockquote class="twitter-tweet"><p lang="en" dir="ltr">Read <a href="https://example.org/story?id=3&amp;fbclid=IwAR0&amp;utm_source=x&amp;gclid=Cj0&amp;ref_src=twsrc%5Etfw">example.org/story</a></p>&mdash; BBC News (@BBCNews) <a href="https://x.com/BBCNews/status/1421079601741242375?ref_src=twsrc%5Etfw">July 30, 2021</a></blockquote></tweet-quote>`,
    );
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/story?id=3']);
  });

  test('a date link that is read keeps its day, as the page shows it: the ID does not replace it', async () => {
    const el = await mount(`<tweet-quote>${files['../fixtures/x-embeds/ja-men-cotton-2025.html']}</tweet-quote>`, 'de');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2025-02-11');
  });
});

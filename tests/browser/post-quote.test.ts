import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, part, cleanup, axeViolations, settle, visibleText, postquoteErrors } from './helpers.js';
import { PostQuote } from '../../src/elements/post-quote/post-quote.js';
import { TweetQuote } from '../../src/elements/tweet-quote/tweet-quote.js';
import fallbackCss from '../../postquote.css?raw';

afterEach(cleanup);

const bana = `<tweet-quote href="https://twitter.com/AlabedBana/status/808644284496125952" author="Bana Alabed" handle="AlabedBana"
  datetime="2016-12-13T10:00:00Z" shares="37000" likes="25300" time-zone="Europe/Berlin">
  <blockquote lang="en">My name is Bana, I'm 7 years old. I am talking to the world now live from East #Aleppo. This is my last moment to either live or die. - Bana</blockquote>
</tweet-quote>`;

describe('tweet-quote', () => {
  test('axe: zero violations', async () => {
    const el = await mount(bana, 'de');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('German page: 37.000, 13. Dezember 2016, "geteilt" in the accessible name', async () => {
    const el = await mount(bana, 'de');
    expect(part(el, 'counts')!.textContent).toContain('37.000');
    expect(part(el, 'counts')!.textContent).toContain('37.000 Mal geteilt');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2016-12-13T10:00:00.000Z');
    expect(time.textContent).toContain('13. Dezember 2016');
    expect(time.textContent).toContain('11:00');
    expect(part(el, 'platform')!.textContent).toContain('Twitter');
    expect(visibleText(el.shadowRoot!.querySelector('.origin')!)).toBe('Auf Twitter ansehen');
    const text = part(el, 'text')!;
    expect(text.getAttribute('lang')).toBe('en');
    expect(text.querySelector('a')!.getAttribute('href')).toBe('https://x.com/hashtag/Aleppo');
  });

  test('new and createElement both work', async () => {
    const a = new TweetQuote();
    const b = document.createElement('tweet-quote');
    expect(b).toBeInstanceOf(TweetQuote);
    expect(a).toBeInstanceOf(PostQuote);
    a.post = { text: 'hello', author: { name: 'A' } };
    document.body.append(a);
    await settle(a);
    expect(part(a, 'text')!.textContent).toBe('hello');
  });

  test('a post property set before the element is defined is kept at upgrade, and :state(pending) ends with the first render', async () => {
    const el = document.createElement('pq-late-upgrade') as PostQuote;
    el.post = { text: 'set before define', author: { name: 'A' } };
    document.body.append(el);
    customElements.define('pq-late-upgrade', class extends PostQuote {});
    expect(el.matches(':state(pending)')).toBe(true);
    await settle(el);
    expect(part(el, 'text')!.textContent).toBe('set before define');
    expect(el.matches(':state(pending)')).toBe(false);
    el.post = { text: 'changed', author: { name: 'A' } };
    await el.updateComplete;
    expect(part(el, 'text')!.textContent).toBe('changed');
    el.remove();
  });

  test('the whole fallback shows while pending and when nothing renders: slotted translation, photos and transcript too', async () => {
    const children = `<blockquote lang="en">original</blockquote><blockquote slot="translation" lang="de">Übersetzung</blockquote>
      <img slot="media" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a photo" width="4" height="3"><div slot="transcript">said</div>`;
    const el = document.createElement('pq-slots-upgrade') as PostQuote;
    el.innerHTML = children;
    document.body.append(el);
    customElements.define('pq-slots-upgrade', class extends PostQuote {});
    expect(el.matches(':state(pending)')).toBe(true);
    // Every light-DOM child is in the flat tree (assigned to a slot), the card's order kept: translation first.
    expect([...el.children].map((c) => c.assignedSlot?.name)).toEqual(['', 'translation', 'media', 'transcript']);
    const shown = [...el.shadowRoot!.querySelectorAll('slot')].flatMap((s) =>
      s.assignedElements().map((c) => c.textContent || c.localName),
    );
    expect(shown).toEqual(['Übersetzung', 'original', 'img', 'said']);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="card"]')).not.toBeNull();
    el.remove();
    // Nothing renderable (a transcript alone is no post): the fallback stays, transcript included.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const empty = await mount(`<post-quote><div slot="transcript">only a transcript</div></post-quote>`);
    expect(empty.shadowRoot!.querySelector('[part~="card"]')).toBeNull();
    expect(empty.firstElementChild!.assignedSlot).not.toBeNull();
    warn.mockRestore();
  });

  test('a post given as a JSON string (el.post = JSON.stringify(post)) is reported at the field post', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors((e) => `${(e as { field?: string }).field} ${e.message}`);
    const el = await mount(`<post-quote author="A"><blockquote>fallback</blockquote></post-quote>`);
    (el as PostQuote).post = JSON.stringify({ text: 'json' }) as never;
    await settle(el);
    errors.stop();
    expect(errors.seen).toEqual(['post post: not an object']);
    warn.mockRestore();
  });

  test('a post object a framework wrote as an attribute (React 19 and Vue before the element is defined) warns: define the elements first', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { seen, stop } = postquoteErrors((e) => `${e.code} ${e.message}`);
    const el = document.createElement('pq-framework-early');
    const post = { text: 'lost', author: { name: 'A' } };
    // What React 19 and Vue 3 do for an element they cannot see a `post` property on: an attribute.
    if (!('post' in el)) el.setAttribute('post', String(post));
    el.append(Object.assign(document.createElement('blockquote'), { textContent: 'fallback' }));
    document.body.append(el);
    customElements.define('pq-framework-early', class extends PostQuote {});
    await settle(el);
    stop();
    expect(seen).toEqual([expect.stringMatching(/^invalid-type post: .*define the elements first/)]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^\[postquote\] invalid-type: post: /)]);
    warn.mockRestore();
    el.remove();
  });

  test('invalid count drops the field, warns once and fires postquote-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: Event[] = [];
    document.addEventListener('postquote-error', (e) => errors.push(e));
    const el = await mount(`<post-quote shares="lots" likes="3"><blockquote>hi</blockquote></post-quote>`);
    expect(part(el, 'counts')!.textContent).not.toContain('lots');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[postquote\] invalid-number/);
    expect(errors).toHaveLength(1);
    warn.mockRestore();
  });

  test('a problem is reported once while it lasts, and again when it comes back (a CMS preview as the editor types)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors();
    const codes = errors.seen;
    try {
      const el = await mount(`<post-quote datetime="yesterday" author="A"><blockquote>hi</blockquote></post-quote>`);
      const set = async (value: string) => {
        el.setAttribute('datetime', value);
        await settle(el);
      };
      expect(codes).toEqual(['invalid-date']);
      await set('still not a date'); // the same problem, still there: quiet
      el.setAttribute('lang', 'de'); // a re-render in another language: quiet
      await settle(el);
      expect(codes).toEqual(['invalid-date']);
      await set('2016-12-13'); // fixed
      await set('bad again'); // back
      expect(codes).toEqual(['invalid-date', 'invalid-date']);
      expect(warn).toHaveBeenCalledTimes(2);
    } finally {
      errors.stop();
      warn.mockRestore();
    }
  });

  test("a CMS template's empty optional attributes are absent: no warning, no error, and lower layers show through", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: Event[] = [];
    document.addEventListener('postquote-error', (e) => errors.push(e));
    const empty = [
      'href',
      'author',
      'handle',
      'avatar',
      'datetime',
      'shares',
      'counted-at',
      'verification',
      'status',
      'archive-href',
      'archived-at',
    ]
      .map((a) => `${a}=""`)
      .join(' ');
    const el = await mount(
      `<tweet-quote ${empty} likes=" "><blockquote class="twitter-tweet"><p lang="en">hi</p>&mdash; Bana (@AlabedBana) <a href="https://twitter.com/AlabedBana/status/808644284496125952">December 13, 2016</a></blockquote></tweet-quote>`,
    );
    expect(warn).not.toHaveBeenCalled();
    expect(errors).toHaveLength(0);
    expect(part(el, 'author')!.textContent).toContain('Bana');
    expect(part(el, 'timestamp')!.querySelector('time')!.getAttribute('datetime')).toBe('2016-12-13');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://twitter.com/AlabedBana/status/808644284496125952');
    warn.mockRestore();
  });

  test("the README's CMS template with empty values inside: blockquote lang, dir and cite, translation lang and data-by, photo sizes are absent, no warning", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { seen, stop } = postquoteErrors();
    const el = await mount(
      `<tweet-quote href="https://x.com/a/status/1" author="A"><blockquote lang="" dir="" cite="">hi</blockquote><blockquote slot="translation" lang="" data-by="">hallo</blockquote><img slot="media" src="/a.jpg" alt="" width="" height=""></tweet-quote>`,
      'de',
    );
    stop();
    expect(seen).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
    expect(part(el, 'text')!.textContent).toBe('hi');
    expect(el.shadowRoot!.textContent).toContain('hallo');
    warn.mockRestore();
  });

  test('moved to another document (an iframe, a picture-in-picture window) and back, the card keeps its styles there and here', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(
      `<tweet-quote author="A" verification="disputed" verification-note="n"><blockquote>text</blockquote></tweet-quote>`,
    );
    const frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 50));
    const look = (win: Window) =>
      ['card', 'verification'].map((name) => {
        const style = win.getComputedStyle(part(el, name)!);
        return `${name}: ${style.borderTopWidth} ${style.display}`;
      });
    const here = look(window);
    expect(here[0]).toMatch(/^card: 1px /);
    frame.contentDocument!.body.append(el);
    el.setAttribute('verification', 'verified');
    await settle(el);
    expect(look(frame.contentWindow!)).toEqual(here);
    expect(part(el, 'verification')!.textContent).toContain('Verified');
    document.body.append(el);
    await settle(el);
    expect(look(window)).toEqual(here);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
  test('a non-X post put in it (a TikTok link) is that platform\'s card: no "View on X" that opens tiktok.com, no x.com mentions', async () => {
    const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => `${visibleText(a).trim()} -> ${a.href}`);
    const tiktok = await mount(
      `<tweet-quote href="https://www.tiktok.com/@user/video/7123456789012345678" author="A" handle="user"><blockquote>hi @someone</blockquote></tweet-quote>`,
    );
    expect(part(tiktok, 'platform')!.textContent).toContain('TikTok');
    expect(links(tiktok)).toContain('@someone -> https://www.tiktok.com/@someone');
    expect(links(tiktok)).toContain('Watch on TikTok -> https://www.tiktok.com/@user/video/7123456789012345678');
    // A link to no known platform (an archived copy) and an X link stay X, whatever `platform` says.
    const archived = await mount(
      `<tweet-quote href="https://web.archive.org/web/2016/https://twitter.com/a/status/1" platform="bluesky"><blockquote>hi</blockquote></tweet-quote>`,
    );
    expect(part(archived, 'platform')!.textContent).toContain('X');
    const x = await mount(`<tweet-quote href="https://x.com/a/status/1" platform="tiktok"><blockquote>hi</blockquote></tweet-quote>`);
    expect(part(x, 'platform')!.textContent).toContain('X');
  });
});

describe('post-quote', () => {
  test('a datetime as RSS and PHP (RFC 2822) or Eleventy (Date#toString) print it shows, at its instant, with no problem', async () => {
    const errors = postquoteErrors();
    for (const datetime of ['Tue, 13 Dec 2016 10:00:00 +0000', 'Tue Dec 13 2016 11:00:00 GMT+0100 (Central European Standard Time)']) {
      const el = await mount(`<post-quote datetime="${datetime}" author="A"><blockquote>hi</blockquote></post-quote>`);
      expect(el.shadowRoot!.querySelector('time')?.getAttribute('datetime')).toBe('2016-12-13T10:00:00.000Z');
    }
    errors.stop();
    expect(errors.seen).toEqual([]);
  });
  test('a platform its href contradicts (platform="x", a TikTok link) is the link\'s card', async () => {
    const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => `${visibleText(a).trim()} -> ${a.href}`);
    const el = await mount(
      `<post-quote platform="x" href="https://www.tiktok.com/@user/video/7123456789012345678" author="A" handle="user"><blockquote>hi @someone</blockquote></post-quote>`,
    );
    expect(part(el, 'platform')!.textContent).toContain('TikTok');
    expect(links(el)).toContain('@someone -> https://www.tiktok.com/@someone');
    expect(links(el)).toContain('Watch on TikTok -> https://www.tiktok.com/@user/video/7123456789012345678');
    expect(links(el).join()).not.toContain('x.com');
  });
  test('a platform its href overrides is reported once, naming both; a platform the link agrees with, or a link on no known platform, is not', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors((e) => `${e.code} ${(e as { field?: string }).field} ${e.message}`);
    try {
      const tiktok = 'https://www.tiktok.com/@user/video/7123456789012345678';
      for (const markup of [
        `<tweet-quote href="${tiktok}" author="A"><blockquote>hi</blockquote></tweet-quote>`,
        `<post-quote platform="x" href="https://bsky.app/profile/a.bsky.social/post/3k2a" author="A"><blockquote>hi</blockquote></post-quote>`,
      ])
        await mount(markup);
      expect(errors.seen).toEqual([
        "platform-mismatch platform platform: x, the link is tiktok's",
        "platform-mismatch platform platform: x, the link is bluesky's",
      ]);
      expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('[postquote] platform-mismatch: '))).toHaveLength(2);
      errors.seen.length = 0;
      for (const markup of [
        `<tweet-quote href="https://twitter.com/jack/status/20" author="A"><blockquote>hi</blockquote></tweet-quote>`,
        `<post-quote platform="twitter" href="https://x.com/jack/status/20" author="A"><blockquote>hi</blockquote></post-quote>`,
        `<post-quote platform="x" href="https://web.archive.org/web/2016/https://x.com/jack/status/20" author="A"><blockquote>hi</blockquote></post-quote>`,
        `<post-quote href="${tiktok}" author="A"><blockquote>hi</blockquote></post-quote>`,
      ])
        await mount(markup);
      expect(errors.seen).toEqual([]);
    } finally {
      errors.stop();
      warn.mockRestore();
    }
  });
});

test('hidden hides an element with postquote.css too: before it is defined (no JavaScript) and while it waits for its first render', async () => {
  const markup = `<tweet-quote hidden author="A" verification="verified"><blockquote>t</blockquote></tweet-quote>
    <post-quote hidden author="A"><blockquote>t</blockquote></post-quote>
    <video-appeal hidden author="A"><blockquote>t</blockquote></video-appeal>
    <tweet-quote hidden="until-found" author="A"><blockquote>t</blockquote></tweet-quote>`;
  const shown = (root: Document | Element) =>
    [...root.querySelectorAll('[hidden]')].filter((el) => el.getBoundingClientRect().height > 0).map((el) => el.localName);
  // Not defined: an iframe's own registry has none of the elements.
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: fallbackCss }));
  doc.body.innerHTML = markup; // test fixture only
  expect(doc.querySelector(':not(:defined)')).not.toBeNull();
  expect(shown(doc)).toEqual([]);
  // Defined, pending: a German page's cards wait for the German catalog.
  const style = Object.assign(document.createElement('style'), { textContent: fallbackCss });
  document.head.append(style);
  const host = Object.assign(document.createElement('div'), { lang: 'de' });
  host.innerHTML = markup; // test fixture only
  document.body.append(host);
  expect(host.querySelector(':state(pending)')).not.toBeNull();
  expect(shown(host)).toEqual([]);
  for (const el of host.children) await settle(el);
  expect(shown(host)).toEqual([]);
  style.remove();
});

describe('focus', () => {
  /** Appends `markup` and, before the element's first render, focuses the fallback's element matching `selector`. */
  async function focusBeforeRender(markup: string, selector: string) {
    const host = Object.assign(document.createElement('div'), { lang: 'en' });
    document.body.append(host);
    const tpl = document.createElement('template');
    tpl.innerHTML = markup; // test fixture only
    const el = tpl.content.firstElementChild as HTMLElement;
    host.append(tpl.content);
    el.querySelector<HTMLElement>(selector)!.focus();
    expect(document.activeElement).toBe(el.querySelector(selector));
    await settle(el);
    return el;
  }

  test('a reader who tabbed into the fallback before the card came keeps focus: on the card link to the same address', async () => {
    const el = await focusBeforeRender(
      `<tweet-quote href="https://twitter.com/a/status/1" author="A" datetime="2024-01-02"><blockquote>Text
        <a href="https://twitter.com/a/status/1">January 2, 2024</a></blockquote></tweet-quote>`,
      'a',
    );
    expect(document.activeElement).toBe(el);
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(focused.href).toBe('https://twitter.com/a/status/1');
  });

  test('…else on the card itself, its first control', async () => {
    const el = await focusBeforeRender(
      `<post-quote href="https://bsky.app/profile/a.bsky.social/post/3k" author="A" datetime="2024-01-02"><blockquote>Text
        <a href="https://example.org/elsewhere">a link the card does not have</a></blockquote></post-quote>`,
      'a',
    );
    expect(document.activeElement).toBe(el);
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('a[href], button'));
  });

  test('focus elsewhere on the page stays where it is', async () => {
    const outside = Object.assign(document.createElement('button'), { textContent: 'outside' });
    document.body.append(outside);
    outside.focus();
    await mount(`<tweet-quote href="https://twitter.com/a/status/1" author="A"><blockquote>Text</blockquote></tweet-quote>`);
    expect(document.activeElement).toBe(outside);
  });
});
